import { measureContext, type StoredContext } from './context-similarity';
import { contextSuffices, uniqueQuoteSuffices } from './evidence';
import { distanceFrom, type Nearness } from './nearness';
import { occurrences } from './occurrences';
import { candidateScore, perfectScore, type Scored } from './score';

/** Above this many occurrences only a shortlist gets the full context comparison. */
const MANY_OCCURRENCES = 128;
const SHORTLIST_LENGTH = 48;

/** Units of agreement counted outward from the quote, stopping at the first difference. */
function adjacentAgreement(text: string, start: number, end: number, ctx: StoredContext): number {
  const { prefix, suffix } = ctx;
  let n = 0;
  while (n < prefix.length && start - 1 - n >= 0 &&
    text.charCodeAt(start - 1 - n) === prefix.charCodeAt(prefix.length - 1 - n)) n++;
  let m = 0;
  while (m < suffix.length && end + m < text.length &&
    text.charCodeAt(end + m) === suffix.charCodeAt(m)) m++;
  return n + m;
}

/**
 * A one-character quote can occur thousands of times; comparing context with the full
 * alignment for each would dominate re-anchoring. Untouched neighbours are the common
 * case, so keep those that agree longest next to the quote, nearest first.
 */
function shortlist(text: string, quote: string, starts: number[], ctx: StoredContext, near: Nearness): number[] {
  return starts
    .map((start) => ({
      start,
      agreement: adjacentAgreement(text, start, start + quote.length, ctx),
      distance: distanceFrom(near, start),
    }))
    .sort((a, b) => b.agreement - a.agreement || a.distance - b.distance)
    .slice(0, SHORTLIST_LENGTH)
    .map((c) => c.start);
}

function best(text: string, quote: string, starts: number[], ctx: StoredContext, near: Nearness): Scored | undefined {
  const candidates = starts.length > MANY_OCCURRENCES ? shortlist(text, quote, starts, ctx, near) : starts;
  let found: Scored | undefined;
  for (const start of candidates) {
    const end = start + quote.length;
    const match = measureContext(text, start, end, ctx);
    if (!contextSuffices(quote.length, match, ctx, 'exact')) continue;
    const score = candidateScore(0, quote.length, match, distanceFrom(near, start));
    if (!found || score > found.score) found = { start, end, score };
  }
  return found;
}

/**
 * Shifted documents: the guessed position usually holds the quote with both sides
 * intact. Nothing can beat that except an occurrence closer to the stored start, so only
 * that stretch needs scanning, not the whole text.
 */
export function exactAtExpected(text: string, quote: string, ctx: StoredContext, near: Nearness): Scored | undefined {
  const { expected, stored } = near;
  if (!text.startsWith(quote, expected)) return undefined;
  const match = measureContext(text, expected, expected + quote.length, ctx);
  if (match.prefix !== 1 || match.suffix !== 1) return undefined;
  const d = Math.abs(expected - stored);
  const guessed = { start: expected, end: expected + quote.length, score: perfectScore(d) };
  const closer = occurrences(text, quote, Math.max(0, stored - d), stored + d).filter((s) => s !== expected);
  const rival = best(text, quote, closer, ctx, near);
  return rival && rival.score > guessed.score ? rival : guessed;
}

/**
 * The best verbatim occurrence within `radius` of the expected position. After scattered
 * small edits most quotes are intact but an edit in their 64 units of context makes
 * exactAtExpected decline; the approximate search would then find this same occurrence
 * (a verbatim hit is the best a window can hold) at many times the cost of indexOf.
 */
export function bestExactNear(text: string, quote: string, ctx: StoredContext, near: Nearness, radius: number): Scored | undefined {
  const starts = occurrences(text, quote, Math.max(0, near.expected - radius), near.expected + radius);
  return starts.length === 0 ? undefined : best(text, quote, starts, ctx, near);
}

/** The most believable verbatim occurrence of the quote anywhere, if any is believable. */
export function bestExactMatch(text: string, quote: string, ctx: StoredContext, near: Nearness): Scored | undefined {
  const starts = occurrences(text, quote);
  if (starts.length === 0) return undefined;
  // Uniqueness is judged in today's text, so the guessed position may count as near too:
  // with one occurrence there is no wrong copy for a bad guess to pull the quote into.
  const start = starts[0];
  const distance = Math.min(distanceFrom(near, start), Math.abs(start - near.expected));
  if (starts.length === 1 && uniqueQuoteSuffices(quote.length, distance)) {
    const end = start + quote.length;
    const match = measureContext(text, start, end, ctx);
    return { start, end, score: candidateScore(0, quote.length, match, distanceFrom(near, start)) };
  }
  return best(text, quote, starts, ctx, near);
}
