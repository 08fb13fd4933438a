import { useCallback, useEffect, useState, type RefObject } from 'react';
import type { BlockIndex } from './block-index';
import { rangeToOffsets, type Offsets } from './dom-offsets';

const sameOffsets = (a: Offsets | null, b: Offsets | null): boolean =>
  a === b || (a !== null && b !== null && a.start === b.start && a.end === b.end);

/**
 * The document selection as canonical offsets, when it covers text of the reader; null
 * otherwise. While the mouse is down inside the reader the selection is still being
 * dragged, so it is reported only on release (the toolbar must not chase the pointer);
 * keyboard selections are reported as they change.
 */
export const useReaderSelection = (
  rootRef: RefObject<HTMLElement | null>,
  getIndex: () => BlockIndex | null,
): [Offsets | null, () => void] => {
  const [selection, setSelection] = useState<Offsets | null>(null);

  useEffect(() => {
    const root = rootRef.current;
    if (!root) return;
    const doc = root.ownerDocument;
    let dragging = false;
    const read = () => {
      if (dragging) return;
      const sel = doc.getSelection();
      const index = getIndex();
      let next: Offsets | null = null;
      if (sel && index && sel.rangeCount > 0 && !sel.isCollapsed) {
        const range = sel.getRangeAt(0);
        if (range.intersectsNode(index.root)) next = rangeToOffsets(index, range);
      }
      setSelection((prev) => (sameOffsets(prev, next) ? prev : next));
    };
    const down = (event: PointerEvent) => {
      if (event.button !== 0 || !root.contains(event.target as Node)) return;
      dragging = true;
      setSelection(null);
    };
    const up = () => {
      if (!dragging) return;
      dragging = false;
      read();
    };
    doc.addEventListener('selectionchange', read);
    root.addEventListener('pointerdown', down);
    doc.addEventListener('pointerup', up);
    doc.addEventListener('pointercancel', up);
    return () => {
      doc.removeEventListener('selectionchange', read);
      root.removeEventListener('pointerdown', down);
      doc.removeEventListener('pointerup', up);
      doc.removeEventListener('pointercancel', up);
    };
  }, [rootRef, getIndex]);

  const clear = useCallback(() => {
    rootRef.current?.ownerDocument.getSelection()?.removeAllRanges();
    setSelection(null);
  }, [rootRef]);

  return [selection, clear];
};
