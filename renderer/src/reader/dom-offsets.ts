import { blockIndexAt } from '../../../data/model/text';
import type { BlockIndex } from './block-index';
import { comparePoints, endOffsetOf } from './boundary-points';

/**
 * The one place where DOM positions and canonical offsets meet (DESIGN.md, "the one
 * text space"). Block elements hold exactly their block's text; the "\n\n" separators
 * between blocks exist only in the canonical text. A DOM point outside any block (between
 * blocks, in the title header, outside the reader) snaps to the nearest text: a range's
 * start moves forward to the next block, its end back to the previous one, so a range
 * across blocks covers the separators between them.
 */

export interface Offsets {
  start: number;
  end: number;
}

/** forward: snap to the next text (range starts); backward: to the previous (range ends). */
export type Snap = 'forward' | 'backward';

export interface DomPoint {
  node: Node;
  offset: number;
}

/** Last block whose opening point is at or before the point; -1 if none. */
const blockAtOrBefore = (index: BlockIndex, node: Node, offset: number): number => {
  let lo = 0;
  let hi = index.elements.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (comparePoints(index.elements[mid], 0, node, offset) <= 0) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
};

/** Offset inside block i of a point known to lie within its element. */
const offsetInBlock = (index: BlockIndex, i: number, node: Node, offset: number): number => {
  const { nodes, ends } = index.textOf(i);
  if (node.nodeType === Node.TEXT_NODE) {
    const j = nodes.indexOf(node as Text);
    if (j >= 0) return (j === 0 ? 0 : ends[j - 1]) + Math.min(offset, (node as Text).data.length);
  }
  // An element boundary: count the text nodes that lie wholly before it.
  let at = 0;
  for (let j = 0; j < nodes.length; j += 1) {
    if (comparePoints(nodes[j], 0, node, offset) >= 0) break;
    at = ends[j];
  }
  return at;
};

/** Canonical offset of a DOM boundary point, or null when there is no text in that direction. */
export const pointToOffset = (index: BlockIndex, node: Node, offset: number, snap: Snap): number | null => {
  const count = index.elements.length;
  if (count === 0) return null;
  const i = blockAtOrBefore(index, node, offset);
  if (i < 0) return snap === 'forward' ? index.starts[0] : null;
  const element = index.elements[i];
  if (comparePoints(node, offset, element, endOffsetOf(element)) <= 0) {
    return index.starts[i] + offsetInBlock(index, i, node, offset);
  }
  if (snap === 'backward') return index.starts[i] + index.lengthOf(i);
  return i + 1 < count ? index.starts[i + 1] : null;
};

/**
 * Drops a separator hanging off either end of a span. A triple-click selects a paragraph
 * up to offset 0 of the next block; taken literally, the excerpt would end in "\n\n".
 */
const trimSeparators = (index: BlockIndex, start: number, end: number): Offsets => {
  const i = blockIndexAt(index.starts, start);
  if (i + 1 < index.starts.length && start === index.starts[i] + index.lengthOf(i) && index.starts[i + 1] < end) {
    start = index.starts[i + 1];
  }
  const j = blockIndexAt(index.starts, end);
  if (j > 0 && end === index.starts[j]) {
    const previousEnd = index.starts[j - 1] + index.lengthOf(j - 1);
    if (previousEnd > start) end = previousEnd;
  }
  return { start, end };
};

/** The canonical span a DOM range covers; null if it covers no text of the reader. */
export const rangeToOffsets = (index: BlockIndex, range: AbstractRange): Offsets | null => {
  const start = pointToOffset(index, range.startContainer, range.startOffset, 'forward');
  const end = pointToOffset(index, range.endContainer, range.endOffset, 'backward');
  if (start === null || end === null || end <= start) return null;
  return trimSeparators(index, start, end);
};

/** First j with ends[j] > local (forward) or >= local (backward); ends is ascending. */
const findNode = (ends: number[], local: number, snap: Snap): number => {
  let lo = 0;
  let hi = ends.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const past = snap === 'forward' ? ends[mid] > local : ends[mid] >= local;
    if (past) hi = mid;
    else lo = mid + 1;
  }
  return lo;
};

/**
 * The DOM point of a canonical offset. An offset inside a separator belongs to no block:
 * forward gives the next block's start, backward the previous block's end. At a boundary
 * between two text nodes, forward picks the later node, backward the earlier, so ranges
 * never start at the end of one run or end at the start of the next.
 */
export const offsetToPoint = (index: BlockIndex, offset: number, snap: Snap): DomPoint | null => {
  const count = index.elements.length;
  if (count === 0) return null;
  const clamped = Math.min(Math.max(offset, 0), index.textLength);
  let i = blockIndexAt(index.starts, clamped);
  let local = clamped - index.starts[i];
  if (local > index.lengthOf(i)) {
    if (snap === 'forward' && i + 1 < count) {
      i += 1;
      local = 0;
    } else local = index.lengthOf(i);
  }
  const { nodes, ends } = index.textOf(i);
  if (nodes.length === 0) return { node: index.elements[i], offset: 0 };
  let j = findNode(ends, local, snap);
  if (j >= nodes.length) j = nodes.length - 1;
  const nodeStart = j === 0 ? 0 : ends[j - 1];
  return { node: nodes[j], offset: Math.min(Math.max(local - nodeStart, 0), nodes[j].data.length) };
};

/** A live DOM Range for a canonical span; null if the span is empty or there is no text. */
export const offsetsToRange = (index: BlockIndex, start: number, end: number): Range | null => {
  if (end <= start) return null;
  const from = offsetToPoint(index, start, 'forward');
  const to = offsetToPoint(index, end, 'backward');
  if (!from || !to || comparePoints(from.node, from.offset, to.node, to.offset) >= 0) return null;
  const range = index.root.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
};
