/**
 * Which n-grams of folded text are indexed, and which a query looks up. Correctness rests on
 * one rule: every gram a query looks up is indexed for every unit whose folded text contains
 * the query. So the index gives candidates and never misses one; verification (indexOf on
 * the folded text) then decides, and recall equals a substring scan.
 *
 * - unigrams of every non-space character: one-character queries (的, a);
 * - bigrams of two adjacent non-space characters: CJK has no word boundaries and a
 *   character pair is already selective;
 * - trigrams of three adjacent characters below U+0400 (Latin, Greek, digits, ASCII
 *   punctuation): letter pairs (th, er) occur everywhere, trigrams narrow English and model
 *   names (qwe, 72b) down.
 * Spaces are never part of a gram, so a phrase is found through the grams of its words.
 */

/** Whitespace after folding (NFKC turns U+3000 and U+00A0 into U+0020); NUL separates tags. */
export const isGramChar = (c: number): boolean =>
  !(c <= 0x20 || (c >= 0x7f && c <= 0xa0) || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);

/** Characters below U+0400 take part in trigrams (10 bits each: the key stays a small integer). */
export const isTrigramChar = (c: number): boolean => c < 0x400 && isGramChar(c);

// Keys are 32-bit integers (V8 small integers): Map lookups on them need no hashing of heap
// numbers, which matters with millions of grams per build.
export const bigramKey = (a: number, b: number): number => (a << 16) | b;
export const trigramKey = (a: number, b: number, c: number): number => (a << 20) | (b << 10) | c;

export interface QueryGrams {
  unigrams: number[];
  bigrams: number[];
  trigrams: number[];
}

/**
 * The grams to look up for one folded term. Where three non-CJK characters follow each
 * other a trigram replaces the bigrams it covers. No grams at all (a term of spaces or
 * punctuation-free nothing) means: scan every unit.
 */
export const queryGrams = (term: string): QueryGrams => {
  const grams: QueryGrams = { unigrams: [], bigrams: [], trigrams: [] };
  const n = term.length;
  if (n === 1) {
    const c = term.charCodeAt(0);
    if (isGramChar(c)) grams.unigrams.push(c);
    return grams;
  }
  let coveredTo = 0; // positions before this are covered by a trigram
  for (let i = 0; i + 1 < n; i++) {
    const a = term.charCodeAt(i);
    const b = term.charCodeAt(i + 1);
    const c = i + 2 < n ? term.charCodeAt(i + 2) : -1;
    if (c >= 0 && isTrigramChar(a) && isTrigramChar(b) && isTrigramChar(c)) {
      grams.trigrams.push(trigramKey(a, b, c));
      coveredTo = i + 2;
    } else if (i + 1 > coveredTo && isGramChar(a) && isGramChar(b)) {
      grams.bigrams.push(bigramKey(a, b));
    }
  }
  if (!grams.bigrams.length && !grams.trigrams.length) {
    // e.g. "a b": no two adjacent characters; single characters still narrow it down.
    for (let i = 0; i < n; i++) {
      const c = term.charCodeAt(i);
      if (isGramChar(c)) grams.unigrams.push(c);
    }
  }
  grams.unigrams = [...new Set(grams.unigrams)];
  grams.bigrams = [...new Set(grams.bigrams)];
  grams.trigrams = [...new Set(grams.trigrams)];
  return grams;
};

/** Calls back with every gram of a folded unit text (duplicates included). */
export const forEachGram = (
  text: string,
  unigram: (c: number) => void,
  bigram: (key: number) => void,
  trigram: (key: number) => void,
): void => {
  const n = text.length;
  let prev2 = -1;
  let prev1 = -1;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isGramChar(c)) {
      prev2 = prev1 = -1;
      continue;
    }
    unigram(c);
    if (prev1 >= 0) {
      bigram(bigramKey(prev1, c));
      if (prev2 >= 0 && prev2 < 0x400 && prev1 < 0x400 && c < 0x400) trigram(trigramKey(prev2, prev1, c));
    }
    prev2 = prev1;
    prev1 = c;
  }
};
