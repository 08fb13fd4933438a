import { describe, expect, it } from 'vitest';
import { mergedTag, renamedTag, rewriteTags, tagAncestry, tagMatches, tagMatchesAny } from './tag-path';

describe('tagMatches', () => {
  it('matches the tag itself and its descendants, on whole segments only', () => {
    expect(tagMatches('研究', '研究')).toBe(true);
    expect(tagMatches('研究', '研究/雲端')).toBe(true);
    expect(tagMatches('研究', '研究/雲端/阿里')).toBe(true);
    expect(tagMatches('研究', '研究所')).toBe(false);
    expect(tagMatches('研究/雲端', '研究')).toBe(false);
    expect(tagMatches('AI', 'ai')).toBe(false);
  });
  it('ignores a trailing separator and refuses an empty filter', () => {
    expect(tagMatches('研究/', '研究/雲端')).toBe(true);
    expect(tagMatches(' 研究 ', '研究')).toBe(true);
    expect(tagMatches('', '研究')).toBe(false);
    expect(tagMatches('/', '研究')).toBe(false);
  });
  it('tagMatchesAny is an or', () => {
    expect(tagMatchesAny(['a', 'b'], 'b/c')).toBe(true);
    expect(tagMatchesAny([], 'b')).toBe(false);
  });
});

describe('renames', () => {
  it('moves a tag and its descendants, and leaves the rest', () => {
    expect(renamedTag('研究', '研究', 'research')).toBe('research');
    expect(renamedTag('研究/雲端', '研究', 'research')).toBe('research/雲端');
    expect(renamedTag('研究所', '研究', 'research')).toBeUndefined();
    expect(renamedTag('a/b', 'a', 'x/y')).toBe('x/y/b');
  });
  it('a merge sends each tag by its most specific source', () => {
    expect(mergedTag('a/b/x', ['a', 'a/b'], 'c')).toBe('c/x');
    expect(mergedTag('a/z', ['a', 'a/b'], 'c')).toBe('c/z');
    expect(mergedTag('q', ['a'], 'c')).toBeUndefined();
  });
  it('rewriteTags keeps order and drops the duplicates a merge makes', () => {
    expect(rewriteTags(['x', 'a', 'b'], (t) => (t === 'a' ? 'b' : undefined))).toEqual({ tags: ['x', 'b'], changed: true });
    expect(rewriteTags(['x'], () => undefined)).toEqual({ tags: ['x'], changed: false });
  });
  it('tagAncestry lists every level', () => {
    expect(tagAncestry('a/b/c')).toEqual(['a', 'a/b', 'a/b/c']);
  });
});
