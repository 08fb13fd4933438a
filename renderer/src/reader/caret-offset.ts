import type { BlockIndex } from './block-index';
import { BLOCK_SELECTOR } from './block-index';
import { pointToOffset } from './dom-offsets';

/** The DOM caret point under a viewport position (standard API first, WebKit's older one second). */
export const caretPointAt = (doc: Document, x: number, y: number): { node: Node; offset: number } | null => {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
};

/**
 * Canonical offset of a click, or null when it landed outside the text: the caret APIs
 * snap to the nearest text even from the margin, so the click target must be a block.
 */
export const clickOffset = (index: BlockIndex, target: EventTarget | null, x: number, y: number): number | null => {
  const el = target as Element | null;
  if (!el || typeof el.closest !== 'function' || !el.closest(BLOCK_SELECTOR) || !index.root.contains(el)) return null;
  const point = caretPointAt(index.root.ownerDocument, x, y);
  if (!point || !index.root.contains(point.node)) return null;
  return pointToOffset(index, point.node, point.offset, 'forward');
};
