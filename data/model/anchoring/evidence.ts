import type { ContextMatch, StoredContext } from './context-similarity';

/**
 * When is a candidate believable? A quote alone proves little: 阿里云 occurs dozens of
 * times in one article, and a deleted paragraph's words usually survive somewhere else.
 * So away from its stored position a quote must also bring back some of its surroundings,
 * and the shorter the quote, the more of them. An unfound passage becomes an orphan (a
 * visible, recoverable state); a wrong hit silently moves someone's note.
 */

/** Below this length a fuzzy search finds something almost anywhere... */
export const MIN_FUZZY_LENGTH = 8;
/**
 * ...so from this length up to MIN_FUZZY_LENGTH a quote is searched approximately only
 * right where it is expected, and only accepted when both sides are intact: then the
 * context, not the quote, says where it is (a typo fixed inside a short highlight).
 */
export const MIN_PINNED_LENGTH = 4;
/** From this length the stored position alone is trusted when the text there still equals the quote. */
export const LONG_QUOTE = 32;
/** A unique verbatim occurrence this long is its own context (a whole paragraph moved elsewhere). */
export const SELF_EVIDENT_QUOTE = 64;
/** A unique verbatim occurrence vouches for itself within this many units per unit of quote... */
const UNIQUE_REACH_PER_UNIT = 4;
/** Fuzzy search allows this share of the quote's length as errors (capped at MAX_FUZZY_ERRORS). */
export const FUZZY_ERROR_RATE = 0.25;
export const MAX_FUZZY_ERRORS = 32;

export type Evidence = 'exact' | 'fuzzy';

/**
 * Similarity thresholds (see context-similarity): unrelated text scores about 0-0.15,
 * one substitution right beside the quote about 0.85, three inserted units there 0.77.
 */
export function contextSuffices(
  quoteLength: number,
  match: ContextMatch,
  ctx: StoredContext,
  evidence: Evidence,
): boolean {
  if (ctx.empty) return true;
  const best = Math.max(match.prefix, match.suffix);
  const mean = (match.prefix + match.suffix) / 2;
  if (evidence === 'fuzzy' && quoteLength < MIN_FUZZY_LENGTH) return Math.min(match.prefix, match.suffix) >= 0.75;
  // One or two characters carry no identity of their own: both sides must broadly agree.
  if (quoteLength <= 2) return best >= 0.75 && mean >= 0.6;
  if (quoteLength < MIN_FUZZY_LENGTH) return best >= 0.65;
  // Common words right beside a quote (" and the ") reach about 0.45 on their own.
  const needed = quoteLength < LONG_QUOTE ? 0.5 : 0.35;
  // A fuzzy hit has already spent part of its credibility on errors inside the quote.
  return best >= (evidence === 'fuzzy' ? Math.max(needed, 0.5) : needed);
}

/**
 * ...when its surroundings were rewritten but the quote survives once, right where it was:
 * the passage itself, edited around (a sentence reworded on both sides). Only from
 * LONG_QUOTE up: a short phrase (阿里云同時成立了) is often said twice in neighbouring
 * paragraphs, and when the paragraph of one copy is deleted the other lands within reach;
 * only its context can tell them apart. The reach grows with the quote, as a long verbatim
 * copy is no coincidence.
 */
export const uniqueQuoteSuffices = (quoteLength: number, distance: number): boolean =>
  quoteLength >= SELF_EVIDENT_QUOTE ||
  (quoteLength >= LONG_QUOTE && distance <= quoteLength * UNIQUE_REACH_PER_UNIT);

export const maxFuzzyErrors = (quoteLength: number): number =>
  Math.min(MAX_FUZZY_ERRORS, Math.floor(quoteLength * FUZZY_ERROR_RATE));
