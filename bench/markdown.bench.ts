import { JSDOM } from 'jsdom';
import { marked } from 'marked';
import { resolve } from 'node:path';
// The one exception to "tools never import renderer/": the brief is to time the renderer's exact
// Markdown pipeline, and these two modules are pure apart from the DOM DOMPurify is given.
// eslint-disable-next-line glossa/import-boundaries
import { tooComplex } from '../renderer/src/markdown/markdown-limits';
// eslint-disable-next-line glossa/import-boundaries
import { renderMarkdown } from '../renderer/src/markdown/render-markdown';
import type { BenchRow } from './bench-table';
import { ordinaryNote, pathologicalNotes } from './gen/markdown';
import { trainChain } from './gen/markov';
import { printAlone } from './gen/print';
import { seeded } from './gen/random';
import { medianTime, timeOnce } from './gen/timing';

/**
 * Notes through the renderer's exact pipeline (renderMarkdown: the limits of
 * markdown-limits.ts, marked, then DOMPurify with our hooks), in Node with a jsdom window as
 * DOMPurify's DOM (the renderer tests use jsdom too; happy-dom breaks DOMPurify). A real
 * window's DOM is faster than jsdom, so these figures are upper bounds for the app.
 *
 * Baselines: for the ordinary note, marked alone without sanitising (the cost of safety);
 * for the pathological notes, escaping the text as plain text (the cheapest honest display),
 * since marked alone takes minutes on some of them.
 */
const NOTE_BYTES = 100 * 1024;

const escapeOnly = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export const run = async (): Promise<BenchRow[]> => {
  const g = globalThis as { window?: unknown };
  const previous = g.window;
  g.window = new JSDOM('').window;
  try {
    const note = ordinaryNote(trainChain(), seeded(30_004), NOTE_BYTES);
    let unformatted: string | undefined;
    const ours = medianTime(5, () => (unformatted = renderMarkdown(note).unformatted));
    if (unformatted) throw new Error(`the ordinary note was not formatted (${unformatted})`);
    const markedOnly = medianTime(5, () => marked.parse(note, { async: false, gfm: true, breaks: true }));
    // The part of the pipeline that does not depend on the DOM, so runs the same in the app.
    const withoutDom = medianTime(5, () => tooComplex(note) ?? marked.parse(note, { async: false, gfm: true, breaks: true }));
    const rows: BenchRow[] = [
      {
        benchmark: `markdown: ${Math.round(Buffer.byteLength(note) / 1024)} KB note (${note.length} chars) rendered and sanitised`,
        figure: ours,
        unit: 'ms',
        target: 50,
        baseline: markedOnly,
        baselineNote: 'marked alone on the same note, no sanitising (median of 5); the rest is DOMPurify on jsdom',
      },
      {
        benchmark: 'markdown: the same note, limits check + marked (no DOM)',
        figure: withoutDom,
        unit: 'ms',
        baseline: markedOnly,
        baselineNote: 'marked alone',
      },
    ];
    for (const { name, source } of pathologicalNotes()) {
      let outcome = '';
      const ms = timeOnce(() => {
        const out = renderMarkdown(source);
        outcome = [out.unformatted && `plain text: ${out.unformatted}`, out.truncated && 'truncated'].filter(Boolean).join(', ') || 'formatted';
      });
      rows.push({
        benchmark: `markdown, pathological: ${name} (${outcome})`,
        figure: ms,
        unit: 'ms',
        target: 1000,
        baseline: timeOnce(() => escapeOnly(source)),
        baselineNote: 'escaping the same text as plain text',
      });
    }
    return rows;
  } finally {
    g.window = previous;
  }
};

if (process.argv[1] && resolve(process.argv[1]) === __filename) printAlone(run);
