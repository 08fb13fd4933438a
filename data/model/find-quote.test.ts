import { describe, expect, it } from 'vitest';
import { findQuote } from './find-quote';
import { GlossaError } from './result';

const TEXT = '阿里云宣布公共云優先。阿里云也開源了模型。\n\n這是阿里云的選擇。';

const failure = (fn: () => unknown): GlossaError => {
  try {
    fn();
  } catch (err) {
    if (err instanceof GlossaError) return err;
    throw err;
  }
  throw new Error('expected a GlossaError');
};

describe('findQuote', () => {
  it('returns the UTF-16 range of a quote that occurs once', () => {
    expect(findQuote(TEXT, { exact: '公共云優先' })).toEqual({ start: 5, end: 10 });
    // 𠮷 takes two code units: offsets are string indices, not characters.
    expect(findQuote('𠮷野家の牛丼', { exact: '牛丼' })).toEqual({ start: 5, end: 7 });
  });

  it('finds a quote across a block separator', () => {
    const start = TEXT.indexOf('模型。');
    expect(findQuote(TEXT, { exact: '模型。\n\n這是' })).toEqual({ start, end: start + 7 });
  });

  it('refuses to guess when a quote occurs more than once, and says how often', () => {
    const err = failure(() => findQuote(TEXT, { exact: '阿里云' }));
    expect(err.code).toBe('ambiguous');
    expect(err.message).toBe('the quote "阿里云" occurs 3 times; give a --prefix or --suffix to say which');
  });

  it('counts overlapping occurrences as different passages', () => {
    expect(failure(() => findQuote('哈哈哈', { exact: '哈哈' })).message).toContain('occurs 2 times');
  });

  it('narrows the matches with a prefix, a suffix or both', () => {
    const second = TEXT.indexOf('阿里云也');
    const third = TEXT.lastIndexOf('阿里云');
    expect(findQuote(TEXT, { exact: '阿里云', suffix: '也開源' })).toEqual({ start: second, end: second + 3 });
    expect(findQuote(TEXT, { exact: '阿里云', prefix: '這是' })).toEqual({ start: third, end: third + 3 });
    expect(findQuote(TEXT, { exact: '阿里云', prefix: '。', suffix: '也' })).toEqual({ start: second, end: second + 3 });
  });

  it('treats an empty prefix or suffix as no context', () => {
    expect(failure(() => findQuote(TEXT, { exact: '阿里云', prefix: '', suffix: '' })).code).toBe('ambiguous');
  });

  it('still reports ambiguity left after the context, naming the context', () => {
    const err = failure(() => findQuote('甲乙。甲乙。', { exact: '乙', prefix: '甲' }));
    expect(err.code).toBe('ambiguous');
    expect(err.message).toBe('the quote "乙" occurs 2 times with the given prefix/suffix; give a --prefix or --suffix to say which');
  });

  it('reports a quote that is not in the text, or not with that context', () => {
    const missing = failure(() => findQuote(TEXT, { exact: '騰訊' }));
    expect(missing.code).toBe('not_found');
    expect(missing.message).toBe('the quote "騰訊" does not occur in the text');
    const wrongContext = failure(() => findQuote(TEXT, { exact: '公共云優先', suffix: '。這' }));
    expect(wrongContext.code).toBe('not_found');
    expect(wrongContext.message).toBe('the quote "公共云優先" does not occur in the text with the given prefix/suffix');
  });

  it('does not accept a prefix longer than the text before the quote', () => {
    // Only "a" precedes "ab"; the prefix "aa" would have to overlap the quote itself.
    expect(failure(() => findQuote('aab', { exact: 'ab', prefix: 'aa' })).code).toBe('not_found');
    expect(findQuote('xaab', { exact: 'ab', prefix: 'xa' })).toEqual({ start: 2, end: 4 });
  });

  it('does not accept a suffix that runs past the end of the text', () => {
    expect(failure(() => findQuote('abc', { exact: 'bc', suffix: 'c' })).code).toBe('not_found');
  });

  it('clips a long quote in its messages', () => {
    const long = '很長的引文'.repeat(20);
    expect(failure(() => findQuote(TEXT, { exact: long })).message).toBe(`the quote "${long.slice(0, 40)}…" does not occur in the text`);
  });
});
