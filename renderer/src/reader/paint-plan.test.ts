import { describe, expect, it } from 'vitest';
import { overlaps, planPaint } from './paint-plan';
import type { Span } from './paintable';

const span = (id: string, start: number, end: number, color: Span['color'] = 'yellow', fuzzy = false): Span => ({ id, start, end, color, fuzzy });

describe('overlaps', () => {
  it('finds stretches covered twice or more, merged', () => {
    expect(overlaps([span('a', 0, 10), span('b', 5, 15), span('c', 8, 20)])).toEqual([{ start: 5, end: 15 }]);
    expect(overlaps([span('a', 0, 10), span('b', 5, 15), span('c', 30, 40), span('d', 35, 36)])).toEqual([
      { start: 5, end: 10 },
      { start: 35, end: 36 },
    ]);
  });

  it('does not count touching spans as overlapping', () => {
    expect(overlaps([span('a', 0, 10), span('b', 10, 20)])).toEqual([]);
  });

  it('counts identical spans as overlapping', () => {
    expect(overlaps([span('a', 3, 9), span('b', 3, 9)])).toEqual([{ start: 3, end: 9 }]);
  });
});

describe('planPaint', () => {
  it('names each range by colour, adds fuzzy and overlap items, in document order', () => {
    const items = planPaint([span('b', 20, 30, 'blue', true), span('a', 0, 10), span('c', 5, 8, 'green')]);
    expect(items).toEqual([
      { key: '0:10', start: 0, end: 10, names: ['glossa-yellow'] },
      { key: '5:8', start: 5, end: 8, names: ['glossa-green', 'glossa-overlap'] },
      { key: '20:30', start: 20, end: 30, names: ['glossa-blue', 'glossa-fuzzy'] },
    ]);
  });

  it('shares one item between annotations with the same span', () => {
    const items = planPaint([span('a', 0, 10), span('b', 0, 10, 'pink')]);
    expect(items).toEqual([{ key: '0:10', start: 0, end: 10, names: ['glossa-yellow', 'glossa-pink', 'glossa-overlap'] }]);
  });
});
