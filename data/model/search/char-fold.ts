// The t2cn build of opencc-js (about 100 KB) holds the Traditional -> Simplified dictionaries
// only; the full build (1.2 MB) would be loaded by every CLI command for nothing.
import * as OpenCC from 'opencc-js/t2cn';

/**
 * Folding of single characters, memoised in tables. Search folds per character (never per
 * phrase) on purpose: a phrase conversion depends on its neighbours (乾隆 stays, 乾燥 -> 干燥),
 * so a query could fold differently from the same characters inside a document, and a
 * substring would stop being a substring. Per character, fold(query) is a substring of
 * fold(text) whenever query is a substring of text.
 */

type Convert = (text: string) => string;
let fromTaiwan: Convert | undefined;
let fromHongKong: Convert | undefined;

/** Traditional -> Simplified for one code point: Taiwan forms, else Hong Kong forms. */
const convertOnce = (ch: string): string => {
  fromTaiwan ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  fromHongKong ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  const tw = fromTaiwan(ch);
  if (tw !== ch) return tw;
  return fromHongKong(ch);
};

const singleCodePoint = (s: string): boolean => s.length > 0 && String.fromCodePoint(s.codePointAt(0)!) === s;

const simplifiedMemo = new Map<string, string>([['ς', 'σ']]);

/**
 * One code point to its folded form. Applied until stable (麼 -> 么 -> 幺), so folding is
 * idempotent; a result that is not a single code point is refused (keeps the character).
 */
export const simplifyCodePoint = (ch: string): string => {
  const known = simplifiedMemo.get(ch);
  if (known !== undefined) return known;
  let current = ch;
  for (let step = 0; step < 3; step++) {
    const next = convertOnce(current);
    if (next === current || !singleCodePoint(next)) break;
    current = next;
  }
  simplifiedMemo.set(ch, current);
  return current;
};

/** NFKC, lower case, then Traditional -> Simplified per code point. */
export const foldSegment = (segment: string): string => {
  const normal = segment.normalize('NFKC').toLowerCase();
  let out = '';
  for (const ch of normal) out += simplifyCodePoint(ch);
  return out;
};

/**
 * A code point that joins the one before it under NFKC: a combining mark, a medial or final
 * Hangul jamo, or anything whose NFKC form begins with one (halfwidth ﾞ, compatibility
 * jamo ㅏ). Such characters are folded together with their base, never alone.
 */
const JOINS = /^[\p{M}\u1160-\u11FF\uD7B0-\uD7FF]/u;

const UNKNOWN = 0;
const NOT_JOINER = 1;
const JOINER = 2;
const joinerTable = new Uint8Array(0x10000);
const astralJoiners = new Map<number, boolean>();

const computeJoiner = (codePoint: number): boolean => JOINS.test(String.fromCodePoint(codePoint).normalize('NFKC'));

export const isJoiner = (codePoint: number): boolean => {
  if (codePoint > 0xffff) {
    let known = astralJoiners.get(codePoint);
    if (known === undefined) astralJoiners.set(codePoint, (known = computeJoiner(codePoint)));
    return known;
  }
  let v = joinerTable[codePoint];
  if (v === UNKNOWN) joinerTable[codePoint] = v = computeJoiner(codePoint) ? JOINER : NOT_JOINER;
  return v === JOINER;
};

/** Folded BMP characters: >= 0 one code unit; MULTI: see multiUnits; -1 not computed yet. */
const MULTI = -2;
const unitTable = new Int32Array(0x10000).fill(-1);
const multiUnits = new Map<number, string>();

/**
 * Folds one BMP code unit standing alone (not a surrogate, no joiner after it): the
 * folded code unit, or a string when it folds to zero or several units (ﬁ -> fi).
 */
export const foldUnit = (code: number): number | string => {
  let v = unitTable[code];
  if (v === -1) {
    const folded = foldSegment(String.fromCharCode(code));
    if (folded.length === 1) v = folded.charCodeAt(0);
    else {
      v = MULTI;
      multiUnits.set(code, folded);
    }
    unitTable[code] = v;
  }
  return v === MULTI ? multiUnits.get(code)! : v;
};
