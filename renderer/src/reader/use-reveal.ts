import { useEffect, useRef, type RefObject } from 'react';
import type { BlockIndex } from './block-index';
import { offsetsToRange } from './dom-offsets';
import type { Span } from './paintable';
import { scrollRangeIntoView } from './scroll-into-view';

/**
 * Scrolls to an annotation and flashes it once per {id, nonce}. If the annotation is not
 * there yet (the document and its annotations are still arriving) the request waits for
 * it rather than being dropped.
 */
export const useReveal = (
  reveal: { id: string; nonce: number } | undefined,
  spans: readonly Span[],
  getIndex: () => BlockIndex | null,
  scrollRef: RefObject<HTMLElement | null>,
  flash: (range: Range) => void,
): void => {
  const done = useRef('');
  const id = reveal?.id;
  const nonce = reveal?.nonce;
  useEffect(() => {
    if (id === undefined) return;
    const request = `${id}#${nonce}`;
    if (done.current === request) return;
    const span = spans.find((s) => s.id === id);
    const index = getIndex();
    const container = scrollRef.current;
    if (!span || !index || !container) return;
    done.current = request;
    const range = offsetsToRange(index, span.start, span.end);
    if (!range) return;
    scrollRangeIntoView(container, range);
    flash(range);
  }, [id, nonce, spans, getIndex, scrollRef, flash]);
};

/**
 * Scrolls to a passage given by canonical offsets and flashes it, once per nonce: a search
 * hit in text no annotation covers. Runs again when the blocks change, so a request made
 * while the article was still loading is served once its text is on screen.
 */
export const useRevealRange = (
  reveal: { start: number; end: number; nonce: number } | undefined,
  blocks: unknown,
  getIndex: () => BlockIndex | null,
  scrollRef: RefObject<HTMLElement | null>,
  flash: (range: Range) => void,
): void => {
  const done = useRef(-1);
  const start = reveal?.start;
  const end = reveal?.end;
  const nonce = reveal?.nonce;
  useEffect(() => {
    if (start === undefined || end === undefined || nonce === undefined || done.current === nonce) return;
    const index = getIndex();
    const container = scrollRef.current;
    if (!index || !container) return;
    const range = offsetsToRange(index, start, end);
    if (!range) return;
    done.current = nonce;
    scrollRangeIntoView(container, range);
    flash(range);
  }, [start, end, nonce, blocks, getIndex, scrollRef, flash]);
};
