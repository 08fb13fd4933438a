import type { InlineRun } from '../model/schemas';
import { lineJoiner } from './cjk';

export interface Marks {
  bold?: true;
  italic?: true;
  code?: true;
  href?: string;
}

type Piece =
  | { kind: 'text'; text: string; marks: Marks }
  | { kind: 'space'; marks: Marks }
  | { kind: 'soft' }
  | { kind: 'hard' };

type Pending = { kind: 'space'; marks: Marks } | { kind: 'soft' } | undefined;

const sameMarks = (a: Marks, b: Marks): boolean =>
  a.bold === b.bold && a.italic === b.italic && a.code === b.code && a.href === b.href;

const toRun = (text: string, marks: Marks): InlineRun => {
  const run: InlineRun = { text };
  if (marks.bold) run.bold = true;
  if (marks.italic) run.italic = true;
  if (marks.code) run.code = true;
  if (marks.href !== undefined) run.href = marks.href;
  return run;
};

const runMarks = (run: InlineRun): Marks => ({ bold: run.bold, italic: run.italic, code: run.code, href: run.href });

/** Appends text, merging into the last run when the marks match; keeps runs minimal. */
export const appendRun = (runs: InlineRun[], text: string, marks: Marks): void => {
  if (text === '') return;
  const last = runs[runs.length - 1];
  if (last !== undefined && sameMarks(runMarks(last), marks)) last.text += text;
  else runs.push(toRun(text, marks));
};

/** Trims whitespace matching `edge` at the start or end of a run list, dropping emptied runs. */
export const trimRuns = (runs: InlineRun[], side: 'start' | 'end', edge: RegExp): void => {
  while (runs.length > 0) {
    const index = side === 'start' ? 0 : runs.length - 1;
    const run = runs[index];
    run.text = run.text.replace(edge, '');
    if (run.text !== '') return;
    runs.splice(index, 1);
  }
};

const tail = (runs: InlineRun[]): string => runs[runs.length - 1]?.text ?? '';

/**
 * Collects the inline content of one block. Collapsible spaces and soft line breaks are
 * kept as separators until the next text arrives, so runs of whitespace across element
 * boundaries collapse to one, vanish at block edges and next to hard breaks, and a soft
 * break between CJK characters becomes nothing (as CSS text rules and Markdown readers
 * do) instead of a stray space.
 */
export class RunBuilder {
  private pieces: Piece[] = [];

  text(text: string, marks: Marks = {}): void {
    if (text !== '') this.pieces.push({ kind: 'text', text, marks });
  }

  /**
   * Text as a browser lays it out outside <pre>: runs of ASCII whitespace collapse to one
   * space, or to a soft break when they contain a line break. NBSP and U+3000 stay.
   */
  collapsible(text: string, marks: Marks = {}): void {
    for (const part of text.split(/([ \t\n\r\f]+)/)) {
      if (part === '') continue;
      if (!/^[ \t\n\r\f]+$/.test(part)) this.text(part, marks);
      else if (/[\n\r\f]/.test(part)) this.softBreak();
      else this.space(marks);
    }
  }

  space(marks: Marks = {}): void {
    this.pieces.push({ kind: 'space', marks });
  }

  softBreak(): void {
    this.pieces.push({ kind: 'soft' });
  }

  hardBreak(): void {
    this.pieces.push({ kind: 'hard' });
  }

  hasText(): boolean {
    return this.pieces.some((p) => p.kind === 'text' && p.text.trim() !== '');
  }

  /** The runs collected since the last take, trimmed; resets the builder. */
  take(): InlineRun[] {
    const runs: InlineRun[] = [];
    let pending: Pending;
    for (const piece of this.pieces) {
      if (piece.kind === 'text') {
        const before = tail(runs);
        if (pending !== undefined && before !== '' && !/\s$/.test(before) && !/^\s/.test(piece.text)) {
          if (pending.kind === 'space') appendRun(runs, ' ', pending.marks);
          else appendRun(runs, lineJoiner(before, piece.text), {});
        }
        pending = undefined;
        appendRun(runs, piece.text, piece.marks);
      } else if (piece.kind === 'space') {
        // An explicit space outranks a soft break: "a <b>b</b>\n" keeps its space.
        if (pending === undefined || pending.kind === 'soft') pending = piece;
      } else if (piece.kind === 'soft') {
        pending ??= piece;
      } else {
        pending = undefined;
        trimRuns(runs, 'end', /[ \t]+$/);
        if (runs.length > 0 && !tail(runs).endsWith('\n')) appendRun(runs, '\n', {});
      }
    }
    this.pieces = [];
    trimRuns(runs, 'start', /^\s+/);
    trimRuns(runs, 'end', /\s+$/);
    return runs;
  }
}
