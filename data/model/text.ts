import type { Block } from './schemas';

/**
 * The one text space. Every offset stored anywhere (selectors, search hits, DOM mapping)
 * is a UTF-16 index into canonicalText(blocks). Changing BLOCK_SEPARATOR or blockText
 * moves every stored anchor: it needs a migration.
 */
export const BLOCK_SEPARATOR = '\n\n';

export const blockText = (block: Block): string => block.runs.map((r) => r.text).join('');

export const canonicalText = (blocks: readonly Block[]): string =>
  blocks.map(blockText).join(BLOCK_SEPARATOR);

/** Start offset of each block in the canonical text (same order as blocks). */
export const blockStarts = (blocks: readonly Block[]): number[] => {
  const starts: number[] = [];
  let at = 0;
  for (const block of blocks) {
    starts.push(at);
    at += blockText(block).length + BLOCK_SEPARATOR.length;
  }
  return starts;
};

/** Index of the block containing `offset` (binary search over starts). */
export const blockIndexAt = (starts: readonly number[], offset: number): number => {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
};
