import type { Target } from '../schemas';
import { CONTEXT_LENGTH } from './describe';

/**
 * How well the text around a candidate agrees with a stored prefix and suffix.
 *
 * Both sides are compared outward from the quote boundary with an anchored alignment:
 * match +w, mismatch or gap -w, the far end free, w falling with distance from the quote.
 * Unlike a plain edit distance this scores unrelated text near 0 rather than near 0.5, so
 * a threshold separates "same surroundings, a few edits" from "some other occurrence";
 * unlike a common-affix length it survives an edit right next to the quote.
 */

export interface StoredContext {
  prefix: string;
  suffix: string;
  /** The stored prefix was cut short by the start of the text: that edge is evidence too. */
  prefixAtEdge: boolean;
  /** The stored suffix was cut short by the end of the text. */
  suffixAtEdge: boolean;
  /** Quote was the whole text: there is no context to consult. */
  empty: boolean;
}

/** Similarities in [0, 1]; 1 means the stored side matches exactly. */
export interface ContextMatch {
  prefix: number;
  suffix: number;
}

export function storedContext(target: Target): StoredContext {
  // Quotes given by callers (not by describe) may carry longer context; only the units
  // nearest the quote are compared, like everywhere else.
  const prefix = target.quote.prefix.slice(-CONTEXT_LENGTH);
  const suffix = target.quote.suffix.slice(0, CONTEXT_LENGTH);
  // describe() shortens a side to CONTEXT_LENGTH - 1 only to keep a surrogate pair whole,
  // so anything shorter than that must have hit the text edge. For the prefix the stored
  // start tells the two cases apart; for a 31-unit suffix we cannot, and assume no edge.
  const prefixAtEdge =
    target.quote.prefix.length < CONTEXT_LENGTH &&
    (prefix.length < CONTEXT_LENGTH - 1 || target.position.start === prefix.length);
  const suffixAtEdge = target.quote.suffix.length < CONTEXT_LENGTH - 1;
  return { prefix, suffix, prefixAtEdge, suffixAtEdge, empty: prefix === '' && suffix === '' };
}

/** How far the alignment may drift: an insertion or deletion of up to this many units. */
const BAND = 8;
/** Stands for "the text ends here"; never equal to a UTF-16 code unit. */
const EDGE = -1;
const CAPACITY = CONTEXT_LENGTH + BAND + 2;

/**
 * Units next to the quote weigh most: if the words right beside a short quote are gone,
 * agreement further out only shows that the *neighbouring* passage survived, which is
 * exactly the deleted-sentence case that must orphan. Halved 8 units out, a third at 16.
 */
const WEIGHT = Float64Array.from({ length: CAPACITY }, (_, i) => 1 / (1 + i / 8));
/** WEIGHT_SUM[n] = WEIGHT[0] + ... + WEIGHT[n - 1]. */
const WEIGHT_SUM = Float64Array.from({ length: CAPACITY + 1 }, (_, n) => WEIGHT.slice(0, n).reduce((a, w) => a + w, 0));

/**
 * Below this a side only says "unrelated", and every rule in evidence.ts sits above it,
 * so the exact value does not matter: the alignment stops as soon as it cannot reach it.
 * Most candidates of a common quote are unrelated, and this makes them cheap.
 */
export const UNRELATED = 0.2;

// Scratch space reused across calls: scoring runs for every candidate of every
// annotation, and allocation would dominate its cost. Safe because JS runs one call at a time.
const stored = new Int32Array(CAPACITY);
const actual = new Int32Array(CAPACITY);
let previousRow = new Float64Array(CAPACITY);
let currentRow = new Float64Array(CAPACITY);

/**
 * Best weighted score of aligning stored[0..i) with actual[0..j) for any i, j (the far
 * ends are free), divided by the best possible score. Each step costs or earns the weight
 * of the stored unit it concerns; the band keeps it at about 17 cells per stored unit.
 * Returns something below UNRELATED, not the exact value, for unrelated text.
 */
function alignOutward(aLen: number, bLen: number): number {
  const total = WEIGHT_SUM[aLen];
  const floor = UNRELATED * total;
  previousRow[0] = 0;
  for (let j = 1; j <= Math.min(bLen, BAND); j++) previousRow[j] = previousRow[j - 1] - WEIGHT[0];
  let best = 0;
  for (let i = 1; i <= aLen; i++) {
    const lo = Math.max(0, i - BAND);
    const hi = Math.min(bLen, i + BAND);
    const code = stored[i - 1];
    const here = WEIGHT[i - 1];
    // An extra unit in the text after i stored units sits before stored unit i.
    const inserted = WEIGHT[Math.min(i, aLen - 1)];
    let rowBest = -Infinity;
    for (let j = lo; j <= hi; j++) {
      let value: number;
      if (j === 0) {
        value = previousRow[0] - here;
      } else {
        value = previousRow[j - 1] + (code === actual[j - 1] ? here : -here);
        if (j <= i - 1 + BAND && previousRow[j] - here > value) value = previousRow[j] - here;
        if (j - 1 >= lo && currentRow[j - 1] - inserted > value) value = currentRow[j - 1] - inserted;
      }
      currentRow[j] = value;
      if (value > rowBest) rowBest = value;
    }
    if (rowBest > best) best = rowBest;
    // Every longer alignment passes through this row and can gain at most the weights left.
    if (best < floor && rowBest + total - WEIGHT_SUM[i] < floor) break;
    const swap = previousRow;
    previousRow = currentRow;
    currentRow = swap;
  }
  return total > 0 ? best / total : 0;
}

/** Similarity of the stored prefix to the text ending at `start` (read backwards). */
export function prefixSimilarity(text: string, start: number, ctx: StoredContext): number {
  const { prefix, prefixAtEdge } = ctx;
  if (
    start >= prefix.length &&
    (!prefixAtEdge || start === prefix.length) &&
    text.startsWith(prefix, start - prefix.length)
  ) {
    return 1;
  }
  let aLen = prefix.length;
  for (let i = 0; i < aLen; i++) stored[i] = prefix.charCodeAt(aLen - 1 - i);
  if (prefixAtEdge) stored[aLen++] = EDGE;
  const want = aLen + BAND;
  let bLen = Math.min(want, start);
  for (let j = 0; j < bLen; j++) actual[j] = text.charCodeAt(start - 1 - j);
  if (bLen < want) actual[bLen++] = EDGE;
  return alignOutward(aLen, bLen);
}

/** Similarity of the stored suffix to the text starting at `end`. */
export function suffixSimilarity(text: string, end: number, ctx: StoredContext): number {
  const { suffix, suffixAtEdge } = ctx;
  if (
    text.startsWith(suffix, end) &&
    (!suffixAtEdge || end + suffix.length === text.length)
  ) {
    return 1;
  }
  let aLen = suffix.length;
  for (let i = 0; i < aLen; i++) stored[i] = suffix.charCodeAt(i);
  if (suffixAtEdge) stored[aLen++] = EDGE;
  const want = aLen + BAND;
  let bLen = Math.min(want, text.length - end);
  for (let j = 0; j < bLen; j++) actual[j] = text.charCodeAt(end + j);
  if (bLen < want) actual[bLen++] = EDGE;
  return alignOutward(aLen, bLen);
}

export function measureContext(
  text: string,
  start: number,
  end: number,
  ctx: StoredContext,
): ContextMatch {
  return { prefix: prefixSimilarity(text, start, ctx), suffix: suffixSimilarity(text, end, ctx) };
}
