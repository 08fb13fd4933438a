import { describe, expect, it } from 'vitest';
import { annotationAt } from './hit-test';
import { paintableSpans } from './paintable';
import { makeAnnotation } from './test-support';

describe('paintableSpans', () => {
  it('keeps anchored and fuzzy annotations with a target, clamped; drops orphans and notes', () => {
    const note = { ...makeAnnotation('note', 0, 5), target: undefined };
    const spans = paintableSpans(
      [makeAnnotation('a', 0, 5), makeAnnotation('f', 3, 8, 'green', 'fuzzy'), makeAnnotation('o', 1, 2, 'blue', 'orphaned'), note, makeAnnotation('long', 8, 99)],
      20,
    );
    expect(spans).toEqual([
      { id: 'a', start: 0, end: 5, color: 'yellow', fuzzy: false },
      { id: 'f', start: 3, end: 8, color: 'green', fuzzy: true },
      { id: 'long', start: 8, end: 20, color: 'yellow', fuzzy: false },
    ]);
  });

  it('drops spans that are empty after clamping', () => {
    expect(paintableSpans([makeAnnotation('past', 30, 40)], 20)).toEqual([]);
  });
});

describe('annotationAt', () => {
  const spans = paintableSpans([makeAnnotation('outer', 0, 100), makeAnnotation('inner', 10, 20), makeAnnotation('tiny', 12, 14), makeAnnotation('apart', 200, 210)], 1000);

  it('returns the shortest annotation covering the offset', () => {
    expect(annotationAt(spans, 5)).toBe('outer');
    expect(annotationAt(spans, 10)).toBe('inner');
    expect(annotationAt(spans, 13)).toBe('tiny');
    expect(annotationAt(spans, 19)).toBe('inner');
  });

  it('returns null on plain text', () => {
    expect(annotationAt(spans, 150)).toBeNull();
    expect(annotationAt([], 0)).toBeNull();
  });

  it('counts a caret right after the last character when nothing covers it', () => {
    expect(annotationAt(spans, 210)).toBe('apart');
    // ...but a covering span wins over one that merely ends there.
    expect(annotationAt(spans, 20)).toBe('outer');
  });

  it('breaks ties of equal length by the later start', () => {
    const tie = paintableSpans([makeAnnotation('first', 0, 10), makeAnnotation('second', 5, 15)], 100);
    expect(annotationAt(tie, 7)).toBe('second');
  });
});
