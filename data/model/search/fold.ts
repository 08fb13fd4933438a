import * as chars from './char-fold';

// Local bindings: module namespaces compiled to CommonJS (tsx) reach exports through getters,
// which costs a call per character in the loop below.
const { foldSegment, foldUnit, isJoiner } = chars;

/**
 * Text folded for search, and the way back to the original. Stored text never changes;
 * search compares folded text with a folded query, then reports hits in the ORIGINAL
 * characters so the interface highlights what the person actually wrote.
 *
 * Usually every code unit folds to exactly one (阿里雲 -> 阿里云, Ａ -> a) and the map is
 * absent: offsets are the same in both. Some characters change length under NFKC (ﬁ -> fi,
 * ㍿ -> 株式会社, e + ◌́ -> é); then `starts[j]`/`ends[j]` give the original character range
 * that produced folded code unit j.
 */
export interface FoldedText {
  text: string;
  starts?: Int32Array;
  ends?: Int32Array;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** Length in code units of the code point starting at i. */
const codePointLength = (s: string, i: number): number =>
  isHigh(s.charCodeAt(i)) && i + 1 < s.length && isLow(s.charCodeAt(i + 1)) ? 2 : 1;

const codePointAt = (s: string, i: number): number => s.codePointAt(i)!;

/**
 * The end of the segment starting at i: one code point plus every joiner after it. NFKC
 * only composes within such a segment, so folding segment by segment equals folding the
 * whole string, and each folded unit has one segment it came from.
 */
const segmentEnd = (s: string, i: number): number => {
  let j = i + codePointLength(s, i);
  while (j < s.length && isJoiner(codePointAt(s, j))) j += codePointLength(s, j);
  return j;
};

/**
 * The folded code units being written. One buffer for every call (folding is synchronous
 * and never re-entered): the index folds hundreds of thousands of short notes and quotes,
 * and a fresh array for each would be most of the work.
 */
class UnitBuffer {
  units = new Uint16Array(1024);
  length = 0;
  reset(capacity: number) {
    this.length = 0;
    if (this.units.length < capacity) this.units = new Uint16Array(capacity);
  }
  reserve(extra: number) {
    if (this.length + extra <= this.units.length) return;
    const bigger = new Uint16Array(Math.max(this.units.length * 2, this.length + extra));
    bigger.set(this.units.subarray(0, this.length));
    this.units = bigger;
  }
  toString(): string {
    let out = '';
    for (let at = 0; at < this.length; at += 8192) {
      const chunk = this.units.subarray(at, Math.min(this.length, at + 8192));
      out += String.fromCharCode.apply(null, chunk as unknown as number[]);
    }
    return out;
  }
}

/** Folds `original` for search (NFKC, lower case, Traditional -> Simplified). */
const out = new UnitBuffer();

export const foldForSearch = (original: string): FoldedText => {
  const n = original.length;
  out.reset(n + 16);
  let changed = false;
  let starts: Int32Array | undefined;
  let ends: Int32Array | undefined;

  const mapRange = (from: number, to: number, start: number, end: number) => {
    if (!starts || !ends) {
      // First length change: everything before it was one to one.
      starts = new Int32Array(Math.max(n + 16, to + 16));
      ends = new Int32Array(starts.length);
      for (let j = 0; j < from; j++) {
        starts[j] = j;
        ends[j] = j + 1;
      }
    }
    if (to > starts.length) {
      const size = Math.max(starts.length * 2, to);
      const s2 = new Int32Array(size);
      const e2 = new Int32Array(size);
      s2.set(starts);
      e2.set(ends);
      starts = s2;
      ends = e2;
    }
    for (let j = from; j < to; j++) {
      starts[j] = start;
      ends[j] = end;
    }
  };

  let i = 0;
  while (i < n) {
    const c = original.charCodeAt(i);
    const next = i + 1 < n ? original.charCodeAt(i + 1) : 0;
    // Fast path: no surrogate here, and the next character is plain (below U+0300 nothing joins).
    const simple =
      !(c >= 0xd800 && c <= 0xdfff) && (next < 0x300 || !isJoiner(next >= 0xd800 && next <= 0xdbff ? codePointAt(original, i + 1) : next));
    let folded: number | string;
    let end: number;
    if (simple) {
      folded = foldUnit(c);
      end = i + 1;
    } else {
      end = segmentEnd(original, i);
      folded = foldSegment(original.slice(i, end));
    }
    const at = out.length;
    if (typeof folded === 'number') {
      out.reserve(1);
      out.units[out.length++] = folded;
      if (folded !== c) changed = true;
      if (starts) mapRange(at, at + 1, i, end);
    } else {
      out.reserve(folded.length);
      for (let k = 0; k < folded.length; k++) out.units[out.length++] = folded.charCodeAt(k);
      if (folded !== original.slice(i, end)) changed = true;
      if (starts || folded.length !== end - i || at !== i) mapRange(at, out.length, i, end);
    }
    i = end;
  }
  if (!changed) return { text: original };
  const text = out.toString();
  return starts && ends ? { text, starts: starts.subarray(0, text.length), ends: ends.subarray(0, text.length) } : { text };
};

/** The original range [start, end) that folded range [from, to) came from. */
export const originalRange = (folded: FoldedText, from: number, to: number): [number, number] => {
  if (!folded.starts || !folded.ends) return [from, to];
  if (to <= from) {
    const at = from < folded.starts.length ? folded.starts[from] : folded.ends[folded.ends.length - 1] ?? 0;
    return [at, at];
  }
  return [folded.starts[from], folded.ends[to - 1]];
};

/** Just the folded string: for queries, tags and titles. */
export const foldText = (text: string): string => foldForSearch(text).text;
