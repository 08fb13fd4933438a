import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { Block } from '../../../data/model/schemas';
import type { BlockIndex } from './block-index';
import { offsetsToRange, type Offsets } from './dom-offsets';
import { createHighlightSink, type RegisteredSink } from './highlight-registry';
import { FLASH_HIGHLIGHT, PENDING_HIGHLIGHT, SELECTED_HIGHLIGHT } from './highlight-names';
import type { Span } from './paintable';
import { planPaint } from './paint-plan';
import { createRangePainter, type RangePainter } from './range-painter';
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
}

/**
 * Paints annotations with the CSS Custom Highlight API: colour registries through the
 * chunked range painter, and the selected, pending and flash registries directly (one
 * range each). Returns flash(range) for reveal.
 */
export const useHighlightPainting = ({ getIndex, blocks, spans, paintEnd = Infinity, selectedId, pending }: PaintingInput): ((range: Range) => void) => {
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
    const painter = createRangePainter({ toRange: rangeOf, sink, schedule: idleSchedule });
    painterRef.current = painter;
    return () => {
      painter.dispose();
      painterRef.current = null;
    };
  }, [blocks, rangeOf]);

  // Planned once per change of the annotations (a sort of every span); each rendering step
  // of a long article then paints the planned items that lie in the text rendered so far.
  const plan = useMemo(() => planPaint(spans), [spans]);
  useEffect(() => {
    painterRef.current?.update(paintEnd === Infinity ? plan : plan.filter((item) => item.end <= paintEnd));
  }, [blocks, plan, paintEnd]);

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
