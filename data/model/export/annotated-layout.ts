import type { Annotation, Block, Document } from '../schemas';
import { blockStarts, blockText, canonicalText } from '../text';
import type { StyledChar } from './annotated-inline';
import { mergeHighlights, type HighlightRange } from './highlight-ranges';
import { normaliseNewlines } from './plain-text';

/**
 * Where the annotated article's highlights and footnotes go: merged ranges, footnote
 * numbers in document order, the block each annotation starts in, and each block's
 * characters with their highlight flags and references.
 */

export interface Layout {
  ranges: HighlightRange[];
  footnote: Map<string, number>;
  /** Annotation ids that start in each block, in document order. */
  startsIn: Annotation[][];
}

export const layout = (doc: Document, excerpts: readonly Annotation[]): Layout => {
  const text = canonicalText(doc.blocks);
  const starts = blockStarts(doc.blocks);
  const ranges = mergeHighlights(excerpts, text.length);
  const footnote = new Map<string, number>();
  const startsIn: Annotation[][] = doc.blocks.map(() => []);
  let block = 0;
  for (const a of ranges.flatMap((r) => r.members)) {
    footnote.set(a.id, footnote.size + 1);
    const start = a.target!.position.start;
    while (block + 1 < starts.length && starts[block + 1] <= start) block++;
    // A start in the separator after a block belongs to the next block.
    const at = start >= starts[block] + blockText(doc.blocks[block]).length && block + 1 < starts.length ? block + 1 : block;
    startsIn[at].push(a);
  }
  return { ranges, footnote, startsIn };
};

/** The characters of one block with highlight flags and references placed. */
export const styledChars = (
  block: Block,
  blockStart: number,
  ranges: readonly HighlightRange[],
  refs: (r: HighlightRange) => string,
): StyledChar[] => {
  const chars: (StyledChar & { offset: number })[] = [];
  let offset = blockStart;
  for (const { text, ...style } of block.runs) {
    for (const ch of normaliseNewlines(text)) {
      chars.push({ ch, style, marked: false, after: '', offset });
      offset += ch.length;
    }
  }
  const end = offset;
  for (const range of ranges) {
    if (range.end <= blockStart || range.start >= end) continue;
    let lastInside: StyledChar | undefined;
    let lastVisible: StyledChar | undefined;
    for (const c of chars) {
      if (c.offset < range.start || c.offset >= range.end) continue;
      c.marked = true;
      lastInside = c;
      if (!/\s/.test(c.ch)) lastVisible = c;
    }
    // References follow the range's last part: here when it ends in this block or in the
    // separator after it (BLOCK_SEPARATOR is two characters).
    const holder = lastVisible ?? lastInside;
    if (range.end <= end + 2 && holder !== undefined) holder.after += refs(range);
  }
  return chars.map(({ offset: _offset, ...c }) => c);
};

