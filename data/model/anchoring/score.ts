import type { ContextMatch } from './context-similarity';

/** A candidate span with its score; higher is better, 4 is a verbatim quote with both sides intact in place. */
export interface Scored {
  start: number;
  end: number;
  score: number;
}

/** Quote errors weigh double: a context is shared with the neighbours, the quote is the passage itself. */
const QUOTE_WEIGHT = 2;

/**
 * Penalty in [0, 0.25) for straying from the stored position: enough to choose between
 * equally good contexts (repeated boilerplate) and to prefer a slightly edited passage in
 * place over a verbatim copy far away; too small to overrule a clearly better context.
 */
export const distancePenalty = (distance: number): number => (0.25 * distance) / (distance + 2048);

/** One scale for verbatim and approximate candidates, so they can be compared. */
export const candidateScore = (errors: number, quoteLength: number, match: ContextMatch, distance: number): number =>
  QUOTE_WEIGHT * (1 - errors / quoteLength) + match.prefix + match.suffix - distancePenalty(distance);

/** Score of a verbatim occurrence with both sides intact at `distance`. */
export const perfectScore = (distance: number): number => QUOTE_WEIGHT + 2 - distancePenalty(distance);

/**
 * A candidate near the expected position scoring at least this (say one error in ten
 * units with both sides mostly intact) is accepted without looking at the whole text: a
 * verbatim copy elsewhere could only beat it with a near-identical context, which is
 * duplicated boilerplate, where the passage in place is the right answer anyway.
 */
export const STRONG_SCORE = 3.5;
