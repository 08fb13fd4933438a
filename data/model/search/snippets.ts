import type { SearchHit } from '../api-search';
import type { UnitMatch } from './match';
import { TAG_SEPARATOR } from './units';

/** Context shown before a match, and the length a snippet aims for. */
export const SNIPPET_BEFORE = 16;
export const SNIPPET_LENGTH = 40;
const ELLIPSIS = '…';

/** A passage of one unit: [start, end) of the original text and the matches inside it (flat). */
export interface Passage {
  start: number;
  end: number;
  ranges: number[];
}

const isLowSurrogate = (text: string, i: number) => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

/** Where the window around a match ends: SNIPPET_LENGTH in all when the text allows. */
const windowStart = (text: string, from: number, to: number): number => {
  let start = Math.max(0, from - SNIPPET_BEFORE);
  const end = windowEnd(text, start, to);
  if (end - start < SNIPPET_LENGTH) start = Math.max(0, end - SNIPPET_LENGTH);
  // Never split a surrogate pair (a CJK Extension B character is two code units).
  if (start > 0 && isLowSurrogate(text, start)) start--;
  return start;
};

const windowEnd = (text: string, start: number, to: number): number => {
  const end = Math.min(text.length, Math.max(to + SNIPPET_BEFORE, start + SNIPPET_LENGTH));
  return end < text.length && isLowSurrogate(text, end) ? end + 1 : end;
};

/**
 * The passages of a unit's matches: a match inside the previous passage's window is shown
 * in that snippet rather than as a hit of its own; tags are one passage per tag. Counts
 * them all (cheap arithmetic, no objects) but returns only the first `max`: a common term
 * has tens of thousands of matches and only a few snippets are shown.
 */
export const passages = (match: UnitMatch, max = Infinity): { count: number; list: Passage[] } => {
  const { unit, ranges } = match;
  const text = unit.text;
  if (unit.field === 'tag') return tagPassages(text, ranges, max);
  if (ranges.length === 0) {
    const start = windowStart(text, 0, 0);
    return { count: 1, list: max > 0 ? [trimPassage(text, { start, end: windowEnd(text, start, 0), ranges: [] })] : [] };
  }
  const list: Passage[] = [];
  let count = 0;
  let current: Passage | undefined;
  let currentEnd = -1;
  for (let i = 0; i < ranges.length; i += 2) {
    const s = ranges[i];
    const e = ranges[i + 1];
    if (s < currentEnd) {
      currentEnd = Math.max(currentEnd, e);
      if (current) {
        current.ranges.push(s, e);
        current.end = currentEnd;
      }
      continue;
    }
    count++;
    const start = windowStart(text, s, e);
    currentEnd = windowEnd(text, start, e);
    current = list.length < max ? { start, end: currentEnd, ranges: [s, e] } : undefined;
    if (current) list.push(current);
  }
  return { count, list: list.map((p) => trimPassage(text, p)) };
};

const tagPassages = (text: string, ranges: number[], max: number): { count: number; list: Passage[] } => {
  const list: Passage[] = [];
  let count = 0;
  let start = 0;
  for (const tag of text.split(TAG_SEPARATOR)) {
    const end = start + tag.length;
    const inside: number[] = [];
    for (let i = 0; i < ranges.length; i += 2) if (ranges[i] >= start && ranges[i + 1] <= end) inside.push(ranges[i], ranges[i + 1]);
    if (inside.length || (ranges.length === 0 && count === 0)) {
      count++;
      if (list.length < max) list.push({ start, end, ranges: inside });
    }
    start = end + TAG_SEPARATOR.length;
  }
  return { count, list };
};

const isSpace = (text: string, i: number) => /\s/.test(text[i]);

/** No blank edges (the block separator often falls inside a window); matches stay whole. */
const trimPassage = (text: string, p: Passage): Passage => {
  const first = p.ranges.length ? p.ranges[0] : p.end;
  let last = p.start;
  for (let i = 1; i < p.ranges.length; i += 2) last = Math.max(last, p.ranges[i]);
  let { start, end } = p;
  while (start < first && isSpace(text, start)) start++;
  while (end > last && isSpace(text, end - 1)) end--;
  return { start, end, ranges: p.ranges };
};

/** The hit for one passage: snippet text with ellipses, ranges inside the snippet. */
export const passageHit = (match: UnitMatch, passage: Passage): SearchHit => {
  const { unit } = match;
  const text = unit.text;
  const before = passage.start > 0 && unit.field !== 'tag';
  const after = passage.end < text.length && unit.field !== 'tag';
  // Newlines and tabs as spaces: the same length, so the ranges still line up.
  const body = text.slice(passage.start, passage.end).replace(/[\n\r\t\u0000]/g, ' ');
  const shift = (before ? ELLIPSIS.length : 0) - passage.start;
  const hit: SearchHit = {
    field: unit.field,
    ...(unit.annotationId !== undefined ? { annotationId: unit.annotationId } : {}),
    snippet: `${before ? ELLIPSIS : ''}${body}${after ? ELLIPSIS : ''}`,
    ranges: mergeRanges(passage.ranges).map(([s, e]) => [s + shift, e + shift] as [number, number]),
  };
  if (unit.field === 'text' && passage.ranges.length) {
    hit.start = passage.ranges[0];
    hit.end = passage.ranges[1];
  }
  return hit;
};

/** Overlapping matches of different terms (阿里 and 里云) are highlighted as one. */
export const mergeRanges = (flat: number[]): Array<[number, number]> => {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < flat.length; i += 2) {
    const s = flat[i];
    const e = flat[i + 1];
    const last = out[out.length - 1];
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
};
