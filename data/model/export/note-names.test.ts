import { describe, expect, it } from 'vitest';
import { planArticleNames, tagNoteStem } from './note-names';
import { parseTagQuery } from './tag-query';
import { wikilink } from './wikilink';
import { mergeHighlights } from './highlight-ranges';
import type { Annotation } from '../schemas';

describe('note names', () => {
  it('gives the oldest article the plain name and keeps every name safe', () => {
    const names = planArticleNames([
      { id: 'b', title: '雲端', createdAt: '2024-02-01' },
      { id: 'a', title: '雲端', createdAt: '2024-01-01' },
      { id: 'c', title: '../../etc/passwd', createdAt: '2024-03-01' },
      { id: 'd', title: 'CON', createdAt: '2024-04-01' },
      { id: 'e', title: '   ', createdAt: '2024-05-01' },
    ]);
    expect(Object.fromEntries(names)).toEqual({ a: '雲端', b: '雲端 (2)', c: 'etc-passwd', d: 'CON_', e: 'e' });
  });

  it('prefixes tag notes so a tag and an article never share a name', () => {
    expect(tagNoteStem(parseTagQuery('雲端')!)).toBe('Tag 雲端');
    expect(tagNoteStem(parseTagQuery('a/b -c')!)).toBe('Tag a-b -c');
  });

  it('writes wikilinks that cannot break out of their brackets', () => {
    expect(wikilink('雲端', 'gl-1a2b3c4d')).toBe('[[雲端#^gl-1a2b3c4d]]');
    expect(wikilink('a]]b|c#d')).toBe('[[a  b c d]]');
  });
});

describe('mergeHighlights', () => {
  const at = (id: string, start: number, end: number) =>
    ({ id, target: { position: { start, end } } }) as unknown as Annotation;

  it('merges overlapping and touching ranges and keeps their annotations in order', () => {
    const ranges = mergeHighlights([at('a', 0, 5), at('b', 3, 8), at('c', 8, 9), at('d', 12, 14)], 100);
    expect(ranges.map((r) => [r.start, r.end, r.members.map((m) => m.id).join('')])).toEqual([
      [0, 9, 'abc'],
      [12, 14, 'd'],
    ]);
  });

  it('clamps to the text and leaves out empty ranges', () => {
    expect(mergeHighlights([at('a', 5, 50), at('b', 20, 30)], 10).map((r) => [r.start, r.end])).toEqual([[5, 10]]);
  });
});
