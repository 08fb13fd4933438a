import { resolve } from 'node:path';
import { reanchor } from '../data/model/anchoring';
import type { Annotation } from '../data/model/schemas';
import { BLOCK_SEPARATOR } from '../data/model/text';
import { anchorLikeHypothesis } from './baseline/hypothesis-anchoring';
import { type BenchRow } from './bench-table';
import { annotationOf, joinParagraphs, paragraphs, randomSpans, type Span } from './gen/article';
import { trainChain } from './gen/markov';
import { printAlone } from './gen/print';
import { seeded } from './gen/random';
import { medianTime } from './gen/timing';

/**
 * Re-anchoring after a paragraph was inserted near the start of a 300,000-character article:
 * every stored position is stale by the same amount and every quote is intact, the common
 * case of re-importing a newer version of an article. All must come back exact.
 */
const LENGTH = 300_000;
const ANNOTATIONS = 1000;
const RUNS = 5;

export const run = async (): Promise<BenchRow[]> => {
  const random = seeded(30_001);
  const chain = trainChain();
  const list = paragraphs(chain, random, LENGTH);
  const oldText = joinParagraphs(list);
  // Annotations start after the first paragraph, so the insertion moves every one of them.
  const firstBreak = list[0].length + BLOCK_SEPARATOR.length;
  const spans = randomSpans(oldText, random, ANNOTATIONS, 4, 48, firstBreak);
  const annotations = spans.map((span, i) => annotationOf('doc', `a${i}`, oldText, span));
  const inserted = chain.text(random, 300);
  const newText = joinParagraphs([list[0], inserted, ...list.slice(1)]);
  const shift = inserted.length + BLOCK_SEPARATOR.length;
  const truth = spans.map((s): Span => ({ start: s.start + shift, end: s.end + shift }));
  const unique = spans.filter((s) => {
    const q = oldText.slice(s.start, s.end);
    return oldText.indexOf(q) === oldText.lastIndexOf(q);
  }).length;

  let ours: ReturnType<typeof reanchor> | undefined;
  const oursMs = medianTime(RUNS, () => (ours = reanchor(newText, annotations)));
  const oursWrong = ours!.report.filter((e, i) => !(e.outcome === 'moved' && e.to?.start === truth[i].start && e.to.end === truth[i].end)).length;

  let theirs: Array<{ start: number; end: number } | null> = [];
  const baselineMs = medianTime(RUNS, () => (theirs = annotations.map((a: Annotation) => anchorLikeHypothesis(newText, a.target!))));
  const theirsWrong = theirs.filter((p, i) => !p || p.start !== truth[i].start || p.end !== truth[i].end).length;

  const name = `anchoring, shifted: ${ANNOTATIONS} annotations, ${LENGTH / 1000}k chars`;
  return [
    {
      benchmark: `${name} (${ANNOTATIONS - oursWrong}/${ANNOTATIONS} exact; ${unique} quotes unique)`,
      figure: oursMs,
      unit: 'ms',
      target: 50,
      baseline: baselineMs,
      baselineNote: "Hypothesis' anchoring (bench/baseline/hypothesis-anchoring.ts) of the same annotations, median of 5",
    },
    {
      benchmark: `${name}: not exactly re-anchored`,
      figure: oursWrong,
      unit: 'count',
      target: 0,
      baseline: theirsWrong,
      baselineNote: 'annotations the Hypothesis method did not put at exactly the true span',
    },
  ];
};

if (process.argv[1] && resolve(process.argv[1]) === __filename) printAlone(run);
