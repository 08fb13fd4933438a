import { refineBoundaries } from './boundaries';
import { contextMaySurvive } from './context-probe';
import { measureContext, type StoredContext } from './context-similarity';
import { contextSuffices, maxFuzzyErrors, MIN_FUZZY_LENGTH, MIN_PINNED_LENGTH } from './evidence';
import { searchEverywhere, searchNear, type FuzzyHit } from './fuzzy-search';
import { distanceFrom, type Nearness } from './nearness';
import { candidateScore, type Scored } from './score';

/**
 * Search radii around the expected position, tried in turn. Neighbours' offsets make the
 * guess good to a few units after ordinary edits, so the first is usually enough and
 * costs a few hundred units of scanning instead of the whole text.
 */
export const CLOSE_RADIUS = 128;
const NEAR_RADIUS = 1024;

function mostBelievable(
  text: string,
  quote: string,
  hits: FuzzyHit[],
  ctx: StoredContext,
  near: Nearness,
): (Scored & { errors: number }) | undefined {
  let found: (Scored & { errors: number }) | undefined;
  for (const hit of hits) {
    const match = measureContext(text, hit.start, hit.end, ctx);
    if (!contextSuffices(quote.length, match, ctx, 'fuzzy')) continue;
    const score = candidateScore(hit.errors, quote.length, match, distanceFrom(near, hit.start));
    if (!found || score > found.score) found = { ...hit, score };
  }
  return found;
}

function refined(
  text: string,
  hit: (Scored & { errors: number }) | undefined,
  ctx: StoredContext,
  maxErrors: number,
): Scored | undefined {
  // A verbatim hit is the quote itself; without context there is nothing to refine against.
  if (!hit || hit.errors === 0 || ctx.empty) return hit;
  return { ...refineBoundaries(text, hit, ctx, maxErrors), score: hit.score };
}

/**
 * The most believable approximate occurrence near the expected or stored position
 * (short quotes: only right there, see MIN_PINNED_LENGTH).
 */
export function bestFuzzyNear(text: string, quote: string, ctx: StoredContext, near: Nearness): Scored | undefined {
  if (quote.length < MIN_PINNED_LENGTH) return undefined;
  const maxErrors = maxFuzzyErrors(quote.length);
  const centres = near.stored === near.expected ? [near.expected] : [near.expected, near.stored];
  const radii = quote.length < MIN_FUZZY_LENGTH ? [CLOSE_RADIUS] : [CLOSE_RADIUS, NEAR_RADIUS];
  for (const radius of radii) {
    for (const centre of centres) {
      const hits = searchNear(text, quote, maxErrors, centre, radius);
      const found = mostBelievable(text, quote, hits, ctx, near);
      if (found) return refined(text, found, ctx, maxErrors);
    }
  }
  return undefined;
}

/** The most believable approximate occurrence anywhere in the text (the slow path). */
export function bestFuzzyAnywhere(text: string, quote: string, ctx: StoredContext, near: Nearness): Scored | undefined {
  if (quote.length < MIN_FUZZY_LENGTH || !contextMaySurvive(text, ctx)) return undefined;
  const maxErrors = maxFuzzyErrors(quote.length);
  const hits = searchEverywhere(text, quote, maxErrors);
  return refined(text, mostBelievable(text, quote, hits, ctx, near), ctx, maxErrors);
}
