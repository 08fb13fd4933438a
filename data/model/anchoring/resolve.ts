import type { Target } from '../schemas';
import type { Span } from './boundaries';
import { measureContext, storedContext } from './context-similarity';
import { contextSuffices, LONG_QUOTE, MIN_PINNED_LENGTH } from './evidence';
import { bestExactMatch, bestExactNear, exactAtExpected } from './exact-match';
import { bestFuzzyAnywhere, bestFuzzyNear, CLOSE_RADIUS } from './fuzzy-match';
import { STRONG_SCORE } from './score';

export type ResolutionState = 'anchored' | 'fuzzy' | 'orphaned';
export type ResolutionMethod = 'position' | 'exact' | 'fuzzy' | 'none';

export interface Resolution {
  state: ResolutionState;
  /** Present unless orphaned. */
  start?: number;
  end?: number;
  method: ResolutionMethod;
}

export interface ResolveOptions {
  /**
   * Where the quote probably starts now, e.g. its stored start shifted by the change seen
   * for the annotation before it. It decides where to look first; ties are broken by
   * distance from the stored start, so a wrong guess costs time, not a wrong verbatim hit.
   * (An approximate match near the guess is accepted without searching further.)
   */
  expectedStart?: number;
}

const clamp = (value: number, max: number): number =>
  Number.isFinite(value) ? Math.min(Math.max(0, Math.trunc(value)), max) : 0;

/**
 * Find a stored passage in (possibly changed) text: the stored position if the text there
 * is still the quote (and, for a short repeated quote, its context agrees); else the best-scoring
 * believable candidate, verbatim or approximate (score.ts, evidence.ts); else orphaned.
 */
export function resolve(text: string, target: Target, options: ResolveOptions = {}): Resolution {
  const quote = target.quote.exact;
  const { start, end } = target.position;
  const ctx = storedContext(target);
  if (quote.length === 0) return { state: 'orphaned', method: 'none' };

  if (start >= 0 && end - start === quote.length && text.startsWith(quote, start)) {
    // A long quote cannot reappear at its old offset by coincidence, nor can one that occurs
    // nowhere else. A repeated short one can (阿里云 in a rewritten paragraph), and a one- or
    // two-character quote carries no identity at all: those need their context.
    const trusted = quote.length >= LONG_QUOTE || (quote.length > 2 && occursOnlyAt(text, quote, start));
    if (trusted || contextSuffices(quote.length, measureContext(text, start, end, ctx), ctx, 'exact')) {
      return { state: 'anchored', start, end, method: 'position' };
    }
  }

  const stored = clamp(start, text.length);
  const near = { stored, expected: clamp(options.expectedStart ?? stored, text.length) };

  // Cheapest first: the guessed position, then the neighbourhood, then the whole text.
  const guessed = exactAtExpected(text, quote, ctx, near);
  if (guessed) return found(text, quote, guessed);
  // The same window and acceptance as bestFuzzyNear's first step, verbatim hits only: what
  // that search would return whenever the quote itself is intact, for the price of indexOf.
  if (quote.length >= MIN_PINNED_LENGTH) {
    const intact = bestExactNear(text, quote, ctx, near, CLOSE_RADIUS);
    if (intact && intact.score >= STRONG_SCORE) return found(text, quote, intact);
  }
  const close = bestFuzzyNear(text, quote, ctx, near);
  if (close && close.score >= STRONG_SCORE) return found(text, quote, close);
  // Verbatim and approximate candidates share one score, so a verbatim copy far away does
  // not beat the lightly edited passage in place unless its context is clearly better.
  const exact = bestExactMatch(text, quote, ctx, near);
  if (exact && (!close || exact.score >= close.score)) return found(text, quote, exact);
  const best = close ?? bestFuzzyAnywhere(text, quote, ctx, near);
  return best ? found(text, quote, best) : { state: 'orphaned', method: 'none' };
}

const occursOnlyAt = (text: string, quote: string, start: number): boolean =>
  text.indexOf(quote) === start && text.indexOf(quote, start + 1) === -1;

/** Anchored when the span holds the quote verbatim, fuzzy otherwise. */
function found(text: string, quote: string, span: Span): Resolution {
  const { start, end } = span;
  const verbatim = end - start === quote.length && text.startsWith(quote, start);
  return verbatim
    ? { state: 'anchored', start, end, method: 'exact' }
    : { state: 'fuzzy', start, end, method: 'fuzzy' };
}
