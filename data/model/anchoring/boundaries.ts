import { prefixSimilarity, suffixSimilarity, type StoredContext } from './context-similarity';

export interface Span {
  start: number;
  end: number;
}

/**
 * Move the ends of an approximate match to where the stored context says the quote
 * begins and ends. approx-string-match picks the start with the fewest errors, which
 * after an insertion near the start of a quote can swallow or drop a few words; the
 * prefix, when it survived, pins the start exactly (and the suffix the end).
 * Only a strictly better context moves a boundary, so an intact quote stays put.
 */
export function refineBoundaries(text: string, span: Span, ctx: StoredContext, slack: number): Span {
  let { start, end } = span;
  let best = prefixSimilarity(text, start, ctx);
  if (best < 1) {
    const from = Math.max(0, start - slack);
    const to = Math.min(end - 1, start + slack);
    for (let at = from; at <= to && best < 1; at++) {
      const similarity = prefixSimilarity(text, at, ctx);
      if (similarity > best) {
        best = similarity;
        start = at;
      }
    }
  }
  best = suffixSimilarity(text, end, ctx);
  if (best < 1) {
    const from = Math.max(start + 1, end - slack);
    const to = Math.min(text.length, end + slack);
    for (let at = from; at <= to && best < 1; at++) {
      const similarity = suffixSimilarity(text, at, ctx);
      if (similarity > best) {
        best = similarity;
        end = at;
      }
    }
  }
  return { start, end };
}
