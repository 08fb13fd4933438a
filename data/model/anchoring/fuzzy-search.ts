import search from 'approx-string-match';
import { occurrences } from './occurrences';

/**
 * Approximate search for a quote, returning more than approx-string-match alone would:
 * it reports only the lowest error count over the whole input, so one stray near-copy
 * would hide every other candidate. Searching in chunks keeps one best per neighbourhood,
 * and the caller chooses among them by context.
 */

export interface FuzzyHit {
  start: number;
  end: number;
  errors: number;
}

const chunkLength = (quote: string): number => Math.max(512, 4 * quote.length);

/** Best hits of each chunk of text[from, to), in text offsets, without duplicates. */
export function searchRange(
  text: string,
  quote: string,
  maxErrors: number,
  from: number,
  to: number,
): FuzzyHit[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  const chunk = chunkLength(quote);
  // Chunks overlap by a whole match so that none falls between two of them.
  const overlap = quote.length + maxErrors;
  const seen = new Set<string>();
  const hits: FuzzyHit[] = [];
  for (let at = lo; at < hi; at += chunk) {
    const stop = Math.min(hi, at + chunk + overlap);
    for (const m of search(text.slice(at, stop), quote, maxErrors)) {
      const hit = { start: at + m.start, end: at + m.end, errors: m.errors };
      const key = `${hit.start}:${hit.end}`;
      if (hit.end > hit.start && !seen.has(key)) {
        seen.add(key);
        hits.push(hit);
      }
    }
    if (stop === hi) break;
  }
  return hits;
}

/**
 * Stretches of text[from, to) that can hold a match: split into maxErrors + 1 pieces, a
 * match with at most maxErrors errors contains at least one piece verbatim (pigeonhole),
 * and indexOf is far cheaper than the bit-parallel scan, which also slows down badly when
 * a quote that is not there ties with itself at hundreds of poor matches. Returns
 * undefined when the pieces are too common for filtering to pay.
 */
function candidateRegions(
  text: string,
  quote: string,
  maxErrors: number,
  from: number,
  to: number,
): Array<[number, number]> | undefined {
  const pieces = maxErrors + 1;
  const span = quote.length + 2 * maxErrors;
  const budget = (to - from) / 2;
  const regions: Array<[number, number]> = [];
  for (let p = 0; p < pieces; p++) {
    const offset = Math.floor((p * quote.length) / pieces);
    const piece = quote.slice(offset, Math.floor(((p + 1) * quote.length) / pieces));
    if (piece === '') return undefined;
    const limit = Math.floor(budget / span) - regions.length;
    const hits = occurrences(text, piece, from + offset - maxErrors, to - piece.length + offset + maxErrors, limit);
    if (hits.length > limit) return undefined;
    for (const at of hits) {
      const start = at - offset - maxErrors;
      regions.push([Math.max(from, start), Math.min(to, start + span)]);
    }
  }
  regions.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const region of regions) {
    const previous = merged[merged.length - 1];
    // Each search call has a fixed setup cost: scanning a short gap is cheaper than a call.
    if (previous && region[0] <= previous[1] + span) previous[1] = Math.max(previous[1], region[1]);
    else merged.push(region);
  }
  return merged;
}

/** Hits in text[from, to), scanning only where a match is possible. */
export function searchFiltered(
  text: string,
  quote: string,
  maxErrors: number,
  from: number,
  to: number,
): FuzzyHit[] {
  const lo = Math.max(0, from);
  const hi = Math.min(text.length, to);
  const regions = candidateRegions(text, quote, maxErrors, lo, hi);
  if (!regions) return searchRange(text, quote, maxErrors, lo, hi);
  return regions.flatMap(([start, end]) => searchRange(text, quote, maxErrors, start, end));
}

/** Hits within `radius` units of `center` (a start offset). */
export const searchNear = (
  text: string,
  quote: string,
  maxErrors: number,
  center: number,
  radius: number,
): FuzzyHit[] => searchFiltered(text, quote, maxErrors, center - radius, center + quote.length + radius);

/** Hits anywhere in the text. */
export const searchEverywhere = (text: string, quote: string, maxErrors: number): FuzzyHit[] =>
  searchFiltered(text, quote, maxErrors, 0, text.length);
