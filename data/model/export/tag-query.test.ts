import { describe, expect, it } from 'vitest';
import { matchesTagQuery, parseTagQuery, singleTagOf } from './tag-query';

const matches = (query: string, tags: string[]) => matchesTagQuery(parseTagQuery(query)!, tags);

describe('tag queries', () => {
  it('matches a tag as exported: without case, #, spaces or punctuation differences', () => {
    expect(matches('雲端', ['雲端'])).toBe(true);
    expect(matches('#Field-Guide', ['field guide'])).toBe(true);
    expect(matches('"阿里云 策略"', ['阿里云 策略'])).toBe(true);
    expect(matches('阿里云 策略', ['阿里云 策略'])).toBe(true);
    expect(matches('雲端', ['雲'])).toBe(false);
  });

  it('includes nested tags below the one named', () => {
    expect(matches('雲端', ['雲端/阿里云'])).toBe(true);
    expect(matches('雲端/阿里云', ['雲端'])).toBe(false);
    expect(matches('a', ['ab/c'])).toBe(false);
  });

  it('ANDs words, excludes -words and ORs comma-separated groups', () => {
    expect(matches('雲端 策略', ['策略', '雲端'])).toBe(true);
    expect(matches('雲端 策略', ['雲端'])).toBe(false);
    expect(matches('雲端 -私有云', ['雲端', '私有云'])).toBe(false);
    expect(matches('雲端 -私有云', ['雲端'])).toBe(true);
    expect(matches('雲端 -私有云, logseq', ['logseq', '私有云'])).toBe(true);
  });

  it('refuses a query that names nothing to include', () => {
    expect(parseTagQuery('')).toBeUndefined();
    expect(parseTagQuery('  -私有云 ')).toBeUndefined();
    expect(parseTagQuery('# ,')).toBeUndefined();
  });

  it('knows when a query is one tag', () => {
    expect(singleTagOf(parseTagQuery('#Field guide')!)).toBeUndefined();
    expect(singleTagOf(parseTagQuery('"Field guide"')!)).toBe('Field-guide');
    expect(singleTagOf(parseTagQuery('雲端')!)).toBe('雲端');
    expect(singleTagOf(parseTagQuery('雲端, a')!)).toBeUndefined();
  });
});
