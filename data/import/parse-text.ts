import type { Block } from '../model/schemas';
import { lineJoiner } from './cjk';
import type { ParsedDocument } from './parsed-document';
import {
  MAX_TITLE_CHARS, charCount, endsWithTerminal, hasAtMostChars, isBlankLine, isHeadingLike, isRuleLine,
} from './text-lines';

interface Unit {
  text: string;
  rule?: boolean;
  /** Known to be a heading from its layout, whatever its neighbours. */
  heading?: boolean;
}

/** Groups of consecutive non-blank lines (leading indentation and trailing spaces trimmed). */
const toRuns = (lines: readonly string[]): string[][] => {
  const runs: string[][] = [];
  let current: string[] = [];
  for (const line of lines) {
    if (isBlankLine(line)) {
      if (current.length > 0) runs.push(current);
      current = [];
    } else {
      current.push(line.trim());
    }
  }
  if (current.length > 0) runs.push(current);
  return runs;
};

/**
 * Whether blank lines delimit paragraphs whose lines are hard-wrapped. That is the case
 * when blank lines exist and the lines inside multi-line groups mostly stop mid-sentence;
 * when they end in sentence punctuation, each line is its own paragraph (as in the
 * one-paragraph-per-line files Chinese sites export) and blank lines only space sections.
 */
const usesWrappedParagraphs = (runs: readonly string[][]): boolean => {
  if (runs.length < 2) return false;
  let inner = 0;
  let open = 0;
  for (const run of runs) {
    for (const line of run.slice(0, -1)) {
      inner++;
      if (!endsWithTerminal(line)) open++;
    }
  }
  return inner > 0 && open / inner >= 0.5;
};

const joinLines = (lines: readonly string[]): string =>
  lines.reduce((text, line) => (text === '' ? line : text + lineJoiner(text, line) + line), '');

/**
 * A heading written directly above its wrapped paragraph: heading-like and clearly
 * shorter than the wrapped lines, which run to the wrap width.
 */
const sitsOnTop = (lines: readonly string[]): boolean => {
  if (!isHeadingLike(lines[0])) return false;
  const width = lines.slice(1).reduce((widest, line) => Math.max(widest, line.length), 0);
  return charCount(lines[0]) < width * 0.6;
};

const toUnits = (runs: readonly string[][], wrapped: boolean): Unit[] => {
  const units: Unit[] = [];
  for (const run of runs) {
    const lines = [...run];
    if (!wrapped) {
      for (const line of lines) units.push(isRuleLine(line) ? { text: '', rule: true } : { text: line });
      continue;
    }
    if (lines.length > 1 && sitsOnTop(lines)) units.push({ text: lines.shift() as string, heading: true });
    if (lines.length === 1 && isRuleLine(lines[0])) units.push({ text: '', rule: true });
    else units.push({ text: joinLines(lines) });
  }
  return units;
};

const isProse = (unit: Unit | undefined): boolean =>
  unit !== undefined && !unit.rule && !unit.heading && !isHeadingLike(unit.text);

/** A heading-like line counts only when it stands between two paragraphs of prose. */
const toBlocks = (units: readonly Unit[]): Block[] =>
  units.map((unit, i): Block => {
    if (unit.rule) return { kind: 'rule', runs: [] };
    const heading = unit.heading || (isHeadingLike(unit.text) && isProse(units[i - 1]) && isProse(units[i + 1]));
    return heading
      ? { kind: 'heading', level: 2, runs: [{ text: unit.text }] }
      : { kind: 'paragraph', runs: [{ text: unit.text }] };
  });

/**
 * Plain text to blocks. The first non-empty line is the title when it is short enough to
 * be one (and, in wrapped text, not the start of a paragraph); it leaves the body unless
 * it is the whole file, which then keeps it as its one paragraph so there is text to
 * annotate. Paragraphs are lines, or blank-line separated groups of wrapped lines,
 * whichever the file uses; short unpunctuated lines between paragraphs are level-2 headings.
 */
export const parseText = (text: string): ParsedDocument => {
  const lines = text.replace(/\f/g, '\n').split('\n');
  let runs = toRuns(lines);
  const wrapped = usesWrappedParagraphs(runs);

  let title = '';
  const first = runs[0];
  if (first !== undefined && hasAtMostChars(first[0], MAX_TITLE_CHARS) && !isRuleLine(first[0])) {
    // In wrapped text a long first line may be half a sentence; only a lone or heading-like line is a title.
    const standsAlone = !wrapped || first.length === 1 || isHeadingLike(first[0]);
    const moreFollows = first.length > 1 || runs.length > 1;
    if (standsAlone) title = first[0];
    if (standsAlone && moreFollows) runs = first.length > 1 ? [first.slice(1), ...runs.slice(1)] : runs.slice(1);
  }
  return { title, blocks: toBlocks(toUnits(runs, wrapped)) };
};
