import approxSearch from 'approx-string-match';
import type { Target } from '../../data/model/schemas';

/**
 * The baseline for the anchoring benchmarks: Hypothesis' way of anchoring a quote, written
 * after its client (src/annotator/anchoring/match-quote.ts and the position-then-quote order
 * of its anchoring types), on the same package (approx-string-match) we use:
 *
 * 1. the stored position, if the text there still equals the quote;
 * 2. else every verbatim occurrence (indexOf), or if there is none an approximate search of
 *    the whole text allowing min(256, length / 2) errors;
 * 3. each candidate scored 50 × quote + 20 × prefix + 20 × suffix + 2 × position (each in
 *    [0, 1]; context similarity is 1 − edit distance / length, found by the same approximate
 *    search of the stored context in the text beside the candidate), the best one wins.
 *
 * Hypothesis has no minimum score: any candidate the search returns is accepted.
 */
export interface Placement {
  start: number;
  end: number;
}

interface Candidate {
  start: number;
  end: number;
  errors: number;
}

const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

/** Verbatim occurrences first (approx-string-match does not shortcut them), else approximate ones. */
function candidates(text: string, quote: string, maxErrors: number): Candidate[] {
  const verbatim: Candidate[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    verbatim.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return verbatim.length > 0 ? verbatim : approxSearch(text, quote, maxErrors);
}

/** 1 − (fewest errors of `wanted` anywhere in `actual`) / its length; 0 when either is empty. */
function similarity(actual: string, wanted: string): number {
  if (wanted.length === 0 || actual.length === 0) return 0;
  const found = candidates(actual, wanted, wanted.length);
  return 1 - found[0].errors / wanted.length;
}

export function matchQuote(text: string, quote: string, prefix: string, suffix: string, hint: number): Placement | null {
  if (quote.length === 0) return null;
  const found = candidates(text, quote, Math.min(256, quote.length / 2));
  let best: (Placement & { score: number }) | null = null;
  for (const m of found) {
    const quoteScore = 1 - m.errors / quote.length;
    const prefixScore = prefix ? similarity(text.slice(Math.max(0, m.start - prefix.length), m.start), prefix) : 1;
    const suffixScore = suffix ? similarity(text.slice(m.end, m.end + suffix.length), suffix) : 1;
    const positionScore = 1 - Math.abs(m.start - hint) / text.length;
    const score =
      QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * positionScore;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best && { start: best.start, end: best.end };
}

/** One target: the stored position when it still holds the quote, else matchQuote. */
export function anchorLikeHypothesis(text: string, target: Target): Placement | null {
  const { exact, prefix, suffix } = target.quote;
  const { start, end } = target.position;
  if (text.slice(start, end) === exact) return { start, end };
  return matchQuote(text, exact, prefix, suffix, start);
}
