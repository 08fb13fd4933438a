import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import type { Block } from '../../../data/model/schemas';
import type { BlockIndex } from './block-index';
import { offsetsToRange, type Offsets } from './dom-offsets';
import { createHighlightSink, type RegisteredSink } from './highlight-registry';
import { FLASH_HIGHLIGHT, PENDING_HIGHLIGHT, SELECTED_HIGHLIGHT } from './highlight-names';
import type { Span } from './paintable';
import { planPaint } from './paint-plan';
import { createRangePainter, type PaintWindow, type RangePainter } from './range-painter';
import { idleSchedule } from './slice-scheduler';

/** How long a revealed annotation flashes. */
export const FLASH_MS = 1200;

export interface PaintingInput {
  getIndex: () => BlockIndex | null;
  blocks: readonly Block[];
  spans: readonly Span[];
  /**
   * Canonical offset where the rendered text ends while a long article is still being put
   * on screen in steps: only spans ending by then are painted. Absent: all of them.
   */
  paintEnd?: number;
  selectedId: string | null;
  /** The passage an excerpt is being tagged for (the real selection is gone by then). */
  pending: Offsets | null;
  /**
   * The reader's scroll container: with many highlights only those near its viewport are
   * registered, following its scrolling; it carries data-highlights="painting|painted".
   */
  scrollRef?: RefObject<HTMLElement | null>;
}

/** How far beyond the viewport, in viewport heights, highlights are kept registered. */
export const WINDOW_MARGIN = 1.5;

/** The canonical span of the blocks on or near the scroll container's viewport (binary searches over block boxes). */
export const viewportWindow = (index: BlockIndex, scroller: HTMLElement): PaintWindow | null => {
  const els = index.elements;
  if (els.length === 0) return null;
  const view = scroller.getBoundingClientRect();
  const margin = view.height * WINDOW_MARGIN;
  const top = view.top - margin;
  const bottom = view.bottom + margin;
  let lo = 0;
  let hi = els.length - 1;
  let first = els.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (els[mid].getBoundingClientRect().bottom >= top) {
      first = mid;
      hi = mid - 1;
    } else lo = mid + 1;
  }
  lo = 0;
  hi = els.length - 1;
  let last = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (els[mid].getBoundingClientRect().top <= bottom) {
      last = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (first > last) return { start: 0, end: 0 };
  return { start: index.starts[first], end: index.starts[last] + index.lengthOf(last) };
};

/**
 * Paints annotations with the CSS Custom Highlight API: colour registries through the
 * chunked range painter, and the selected, pending and flash registries directly (one
 * range each). Returns flash(range) for reveal.
 */
export const useHighlightPainting = ({ getIndex, blocks, spans, paintEnd = Infinity, selectedId, pending, scrollRef }: PaintingInput): ((range: Range) => void) => {
  const sinkRef = useRef<RegisteredSink | null>(null);
  const painterRef = useRef<RangePainter | null>(null);
  const flashTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    const sink = createHighlightSink();
    sinkRef.current = sink;
    return () => {
      clearTimeout(flashTimer.current);
      sink?.dispose();
      sinkRef.current = null;
    };
  }, []);

  const rangeOf = useCallback(
    (start: number, end: number): Range | null => {
      const index = getIndex();
      return index ? offsetsToRange(index, start, end) : null;
    },
    [getIndex],
  );

  // A new document means new text nodes: a new painter with an empty range cache.
  useEffect(() => {
    const sink = sinkRef.current;
    if (!sink) return;
    const status = (busy: boolean) => scrollRef?.current?.setAttribute('data-highlights', busy ? 'painting' : 'painted');
    const painter = createRangePainter({ toRange: rangeOf, sink, schedule: idleSchedule, onBusy: status });
    painterRef.current = painter;
    return () => {
      painter.dispose();
      painterRef.current = null;
    };
  }, [blocks, rangeOf, scrollRef]);

  // The window of registered highlights follows the reader's scrolling (once per frame).
  const updateWindow = useCallback(() => {
    const index = getIndex();
    const scroller = scrollRef?.current;
    if (index && scroller) painterRef.current?.setWindow(viewportWindow(index, scroller));
  }, [getIndex, scrollRef]);
  useEffect(() => {
    const scroller = scrollRef?.current;
    if (!scroller) return;
    let frame = 0;
    const onScroll = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        updateWindow();
      });
    };
    scroller.addEventListener('scroll', onScroll, { passive: true });
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(onScroll);
    resize?.observe(scroller);
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      resize?.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [scrollRef, updateWindow, blocks]);

  // Planned once per change of the annotations (a sort of every span); each rendering step
  // of a long article then paints the planned items that lie in the text rendered so far.
  const plan = useMemo(() => planPaint(spans), [spans]);
  useEffect(() => {
    const painter = painterRef.current;
    if (!painter) return;
    // The window first, so an update never registers thousands of ranges only to drop them.
    const index = getIndex();
    const scroller = scrollRef?.current;
    painter.setWindow(index && scroller ? viewportWindow(index, scroller) : null);
    painter.update(paintEnd === Infinity ? plan : plan.filter((item) => item.end <= paintEnd));
  }, [blocks, plan, paintEnd, getIndex, scrollRef]);

  useEffect(() => {
    const found = selectedId === null ? undefined : spans.find((s) => s.id === selectedId);
    const span = found && found.end <= paintEnd ? found : undefined;
    const range = span ? rangeOf(span.start, span.end) : null;
    sinkRef.current?.replace(SELECTED_HIGHLIGHT, range ? [range] : []);
  }, [blocks, spans, paintEnd, selectedId, rangeOf]);

  useEffect(() => {
    const range = pending ? rangeOf(pending.start, pending.end) : null;
    sinkRef.current?.replace(PENDING_HIGHLIGHT, range ? [range] : []);
  }, [blocks, pending, rangeOf]);

  return useCallback((range: Range) => {
    const sink = sinkRef.current;
    if (!sink) return;
    clearTimeout(flashTimer.current);
    sink.replace(FLASH_HIGHLIGHT, [range]);
    flashTimer.current = setTimeout(() => sink.clear(FLASH_HIGHLIGHT), FLASH_MS);
  }, []);
};
