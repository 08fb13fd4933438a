import { describe, expect, it } from 'vitest';
import { isEmptyQuery, parseQuery, searchesAnnotations, tagMatches } from './query';

const base = { terms: [], tags: [], colors: [], unknownColor: false, docs: [] };

describe('parseQuery', () => {
  it('splits terms on any whitespace and folds them', () => {
    expect(parseQuery('  阿里雲   ＡＩ\tQwen ')).toEqual({ ...base, terms: ['阿里云', 'ai', 'qwen'] });
    expect(parseQuery('阿里雲　公共雲').terms).toEqual(['阿里云', '公共云']); // ideographic space
  });

  it('drops duplicate terms (after folding)', () => {
    expect(parseQuery('雲 云 AI ai').terms).toEqual(['云', 'ai']);
  });

  it('keeps quoted phrases whole, with their spaces', () => {
    expect(parseQuery('"machine learning" 阿里').terms).toEqual(['machine learning', '阿里']);
    expect(parseQuery('“公共 雲” 「大 模型」 『生態』').terms).toEqual(['公共 云', '大 模型', '生态']);
    expect(parseQuery('"unclosed phrase').terms).toEqual(['unclosed phrase']);
    expect(parseQuery('"" "  " x').terms).toEqual(['x']);
  });

  it('reads tag:, color: and doc: filters', () => {
    expect(parseQuery('tag:策略 color:yellow doc:阿里 開源')).toEqual({
      ...base,
      terms: ['开源'],
      tags: ['策略'],
      colors: ['yellow'],
      docs: ['阿里'],
    });
  });

  it('folds filter values and accepts quoted values', () => {
    expect(parseQuery('tag:"雲 計算"').tags).toEqual(['云 计算']);
    expect(parseQuery('TAG:Cloud/AWS/').tags).toEqual(['cloud/aws']);
    expect(parseQuery('tag:#策略').tags).toEqual(['策略']);
    expect(parseQuery('doc:"阿里雲 的"').docs).toEqual(['阿里云 的']);
  });

  it('accepts full-width colons and Chinese filter names', () => {
    expect(parseQuery('標籤：策略 顏色:綠 文章:阿里').tags).toEqual(['策略']);
    expect(parseQuery('標籤：策略 顏色:綠 文章:阿里').colors).toEqual(['green']);
    expect(parseQuery('標籤：策略 顏色:綠 文章:阿里').docs).toEqual(['阿里']);
    expect(parseQuery('color:黃色').colors).toEqual(['yellow']);
  });

  it('marks an unknown colour so that nothing matches', () => {
    expect(parseQuery('color:mauve').unknownColor).toBe(true);
    expect(searchesAnnotations(parseQuery('color:mauve'))).toBe(true);
  });

  it('ignores an empty filter still being typed, and treats other colons as text', () => {
    expect(parseQuery('tag:')).toEqual(base);
    expect(parseQuery('12:30 http://x')).toEqual({ ...base, terms: ['12:30', 'http://x'] });
    expect(parseQuery('"tag:x"').terms).toEqual(['tag:x']);
  });

  it('removes NUL (the tag separator in the index)', () => {
    expect(parseQuery('a\u0000b').terms).toEqual(['ab']);
  });

  it('knows an empty query', () => {
    expect(isEmptyQuery(parseQuery('   '))).toBe(true);
    expect(isEmptyQuery(parseQuery('tag:'))).toBe(true);
    expect(isEmptyQuery(parseQuery('doc:x'))).toBe(false);
  });
});

describe('tagMatches', () => {
  it('matches a tag and the tags below it, not a longer sibling', () => {
    expect(tagMatches('策略', '策略')).toBe(true);
    expect(tagMatches('策略/云', '策略')).toBe(true);
    expect(tagMatches('策略家', '策略')).toBe(false);
    expect(tagMatches('策略/云', '策略/云')).toBe(true);
    expect(tagMatches('策略', '策略/云')).toBe(false);
  });
});
