import {
  defaultRangeExtractor,
  measureElement as measureRendered,
  observeElementRect,
  type Range,
  type Virtualizer,
} from '@tanstack/react-virtual';
import { useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type RefObject } from 'react';

/**
 * Shared pieces of the virtualised lists (annotations pane, library): only the rows near the
 * viewport are in the DOM, positioned absolutely inside a container as tall as the whole list
 * (@tanstack/react-virtual does the arithmetic and measures each rendered row).
 */

/** Rows rendered beyond each edge of the viewport, so a keyboard or wheel step finds them ready. */
export const OVERSCAN = 6;

/**
 * The scroll element's size; where it has none (a DOM without layout, as in the unit tests)
 * the window's height stands in, so the first rows still render instead of none.
 */
export const observeRectOrWindow = <T extends Element>(instance: Virtualizer<T, Element>, cb: (rect: { width: number; height: number }) => void) =>
  observeElementRect(instance, (rect) => cb(rect.height > 0 ? rect : { width: rect.width, height: window.innerHeight || 800 }));

/** A rendered row's height, or its estimate where nothing was laid out (height 0). */
export const measureOrEstimate =
  (estimate: (index: number) => number) =>
  <T extends Element>(element: Element, entry: ResizeObserverEntry | undefined, instance: Virtualizer<T, Element>): number => {
    const size = measureRendered(element, entry, instance);
    if (size > 0) return size;
    const index = Number(element.getAttribute('data-index'));
    return Number.isInteger(index) ? estimate(index) : 0;
  };

/**
 * The visible range plus rows that must stay in the DOM wherever the list is scrolled: section
 * headings (their sections are labelled by them), the selected row (so it can be focused and
 * scrolled to) and the row holding keyboard focus (unmounting it would drop the focus).
 */
export const rangeWithPinned = (pinned: readonly number[]) => (range: Range): number[] => {
  const rows = new Set(defaultRangeExtractor(range));
  for (const i of pinned) if (i >= 0 && i < range.count) rows.add(i);
  return [...rows].sort((a, b) => a - b);
};

/**
 * Where the list starts inside its scroll element (the content above it: headings, the
 * article note, the filters), kept current as that content changes size.
 */
export const useScrollMargin = (scrollRef: RefObject<HTMLElement | null>, listRef: RefObject<HTMLElement | null>, deps: readonly unknown[]): number => {
  const [margin, setMargin] = useState(0);
  useLayoutEffect(() => {
    const scroll = scrollRef.current;
    const list = listRef.current;
    if (!scroll || !list) return;
    const update = () => {
      const offset = list.getBoundingClientRect().top - scroll.getBoundingClientRect().top + scroll.scrollTop;
      setMargin((old) => (Math.abs(old - offset) < 0.5 ? old : Math.max(0, offset)));
    };
    update();
    if (typeof ResizeObserver === 'undefined') return;
    // Everything laid out before the list inside the scroll element can move it.
    const observer = new ResizeObserver(update);
    for (let el: Element | null = list; el && el !== scroll; el = el.parentElement) {
      for (let before = el.previousElementSibling; before; before = before.previousElementSibling) observer.observe(before);
    }
    return () => observer.disconnect();
  }, [scrollRef, listRef, ...deps]);
  return margin;
};

/**
 * The key of the row that holds keyboard focus (from focus events bubbling out of rows marked
 * with data-row-key), so that row is kept rendered while it scrolls out of view.
 */
export const useFocusedRowKey = (): {
  focusedKey: string | null;
  onFocus: (e: FocusEvent<HTMLElement>) => void;
  onBlur: (e: FocusEvent<HTMLElement>) => void;
} => {
  const [focusedKey, setFocusedKey] = useState<string | null>(null);
  const last = useRef<string | null>(null);
  const set = (key: string | null) => {
    if (last.current === key) return;
    last.current = key;
    setFocusedKey(key);
  };
  const onFocus = useCallback((e: FocusEvent<HTMLElement>) => {
    set((e.target as Element).closest('[data-row-key]')?.getAttribute('data-row-key') ?? null);
  }, []);
  const onBlur = useCallback((e: FocusEvent<HTMLElement>) => {
    const next = e.relatedTarget as Element | null;
    if (!next || !e.currentTarget.contains(next)) set(null);
  }, []);
  return { focusedKey, onFocus, onBlur };
};
