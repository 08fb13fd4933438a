import { describe as suite, expect, it } from 'vitest';
import { refineBoundaries } from './boundaries';
import { storedContext } from './context-similarity';
import { describe } from './describe';

const text = 'Notes drift when the text changes. A careful reader comes back weeks later to find the thread again, and then more.';
const start = text.indexOf('comes back');
const end = text.indexOf(' again');
const ctx = storedContext(describe(text, start, end));

suite('refineBoundaries', () => {
  it('moves the ends of a match to where the stored context says they are', () => {
    const edited = text.replace('comes back weeks', 'comes bakc several weeks');
    const truth = { start, end: end + 8 };
    expect(edited.slice(truth.start, truth.end)).toBe('comes bakc several weeks later to find the thread');
    // As approx-string-match might report it: the start swallowed by the insertion.
    const reported = { start: start + 9, end: end + 6 };
    expect(refineBoundaries(edited, reported, ctx, 10)).toEqual(truth);
  });

  it('leaves boundaries alone when the context there is intact', () => {
    expect(refineBoundaries(text, { start, end }, ctx, 10)).toEqual({ start, end });
  });

  it('never moves further than the slack allows or inverts the span', () => {
    const refined = refineBoundaries(text, { start: start + 30, end: start + 31 }, ctx, 3);
    expect(refined.start).toBeGreaterThanOrEqual(start + 27);
    expect(refined.end).toBeGreaterThan(refined.start);
    expect(refined.end).toBeLessThanOrEqual(start + 34);
  });
});
