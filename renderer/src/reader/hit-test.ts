import type { Span } from './paintable';

const shorter = (a: Span, b: Span): boolean =>
  a.end - a.start < b.end - b.start || (a.end - a.start === b.end - b.start && a.start > b.start);

/**
 * The annotation a click at `offset` means: the shortest span covering it, because a
 * short highlight inside a long one can only be reached there. A caret offset sits
 * between characters; clicking the right half of a span's last character puts the caret
 * at its end, so an end match counts when no span covers the offset outright.
 */
export const annotationAt = (spans: readonly Span[], offset: number): string | null => {
  let best: Span | null = null;
  let atEnd: Span | null = null;
  for (const span of spans) {
    if (span.start <= offset && offset < span.end) {
      if (!best || shorter(span, best)) best = span;
    } else if (offset === span.end && (!atEnd || shorter(span, atEnd))) atEnd = span;
  }
  return (best ?? atEnd)?.id ?? null;
};
