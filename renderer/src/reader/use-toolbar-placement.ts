import { useLayoutEffect, useState, type RefObject } from 'react';
import type { BlockIndex } from './block-index';
import { offsetsToRange, type Offsets } from './dom-offsets';
import { placeToolbar } from './toolbar-position';

/**
 * Where the floating toolbar sits for a selected span: measured after layout (the
 * toolbar's own size changes when the tag field opens) and again when the reader
 * scrolls or the window resizes. Null hides it: no span, or the span scrolled out of
 * the reader's visible area.
 */
export const useToolbarPlacement = (
  target: Offsets | null,
  tagFieldOpen: boolean,
  getIndex: () => BlockIndex | null,
  scrollRef: RefObject<HTMLElement | null>,
  toolbarRef: RefObject<HTMLElement | null>,
): { left: number; top: number } | null => {
  const [place, setPlace] = useState<{ left: number; top: number } | null>(null);
  const [tick, setTick] = useState(0);

  useLayoutEffect(() => {
    const scroller = scrollRef.current;
    if (!target || !scroller) return;
    let frame = 0;
    const bump = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        setTick((n) => n + 1);
      });
    };
    scroller.addEventListener('scroll', bump, { passive: true });
    window.addEventListener('resize', bump);
    // Chips added in the tag field make the toolbar taller: re-place it.
    const resize = typeof ResizeObserver === 'function' ? new ResizeObserver(bump) : null;
    if (toolbarRef.current) resize?.observe(toolbarRef.current);
    return () => {
      cancelAnimationFrame(frame);
      resize?.disconnect();
      scroller.removeEventListener('scroll', bump);
      window.removeEventListener('resize', bump);
    };
  }, [target, scrollRef, toolbarRef]);

  useLayoutEffect(() => {
    const index = getIndex();
    const scroller = scrollRef.current;
    const toolbar = toolbarRef.current;
    const range = target && index ? offsetsToRange(index, target.start, target.end) : null;
    if (!range || !scroller || !toolbar) {
      setPlace(null);
      return;
    }
    const rect = range.getBoundingClientRect();
    const view = scroller.getBoundingClientRect();
    if (rect.bottom < view.top || rect.top > view.bottom) {
      setPlace(null);
      return;
    }
    const size = { width: toolbar.offsetWidth, height: toolbar.offsetHeight };
    const viewport = { width: document.documentElement.clientWidth || window.innerWidth, height: window.innerHeight };
    const next = placeToolbar({ left: rect.left, top: rect.top, width: rect.width, height: rect.height }, size, viewport);
    setPlace((prev) => (prev && prev.left === next.left && prev.top === next.top ? prev : { left: next.left, top: next.top }));
  }, [target, tagFieldOpen, tick, getIndex, scrollRef, toolbarRef]);

  return place;
};
