import { describe, expect, it } from 'vitest';
import type { SearchHit } from '../api-search';
import type { DocumentFile } from '../schemas';
import { canonicalText } from '../text';
import { ScanSearch } from './scan';
import { SearchIndex } from './search-index';
import { makeAnnotation, makeFile } from './test-support';

const marked = (hit: SearchHit) => {
  let out = '';
  let at = 0;
  for (const [s, e] of hit.ranges) {
    out += `${hit.snippet.slice(at, s)}[${hit.snippet.slice(s, e)}]`;
    at = e;
  }
  return out + hit.snippet.slice(at);
};

const cloudDoc = (): DocumentFile => {
  const file = makeFile(
    'cloud',
    '阿里雲的棋局',
    [
      '阿里云正面向未来下注。12月1日，阿里云举行通义千问发布会，并宣布通义千问720亿参数模型Qwen-72B开源。',
      '公共云优先是阿里云调整的方向。',
    ],
    '读后感：阿里云的策略',
  );
  const text = canonicalText(file.document.blocks);
  const at = text.indexOf('公共云优先');
  file.annotations.push(
    makeAnnotation(file, 'a1', { start: at, end: at + 5, tags: ['策略/公共雲', 'AI'], note: '**雲** first', color: 'green' }),
    makeAnnotation(file, 'a2', { start: 0, end: 3, tags: ['策略'], color: 'yellow' }),
    makeAnnotation(file, 'a3', { note: '整篇文章關於雲端', tags: ['雲計算'], color: 'blue' }),
  );
  return file;
};

const englishDoc = (): DocumentFile =>
  makeFile('en', 'Cloud computing notes', ['The ﬁnancial case for ＡＩ in the cloud.', 'Qwen-72B is open.']);

const both = () => SearchIndex.build([cloudDoc(), englishDoc()]);

describe('SearchIndex.search', () => {
  it('finds Simplified text from a Traditional query, in every field, grouped by article', () => {
    const result = both().search('阿里雲');
    expect(result.groups.map((g) => g.documentId)).toEqual(['cloud']);
    const hits = result.groups[0].hits;
    expect(hits.map((h) => h.field)).toEqual(['title', 'text', 'text', 'note', 'quote']);
    expect(marked(hits[0])).toBe('[阿里雲]的棋局');
    expect(marked(hits[1])).toBe('[阿里云]正面向未来下注。12月1日，[阿里云]举行通义千问发布会，并宣布通义千问720…');
    expect(result.total).toBe(6); // matches: the second hit shows two
    expect(result.documentCount).toBe(1);
    expect(result.groups[0].hitCount).toBe(5);
  });

  it('gives text hits their canonical offsets, so the article can open at the passage', () => {
    const file = cloudDoc();
    const text = canonicalText(file.document.blocks);
    const hit = SearchIndex.build([file]).search('公共雲').groups[0].hits.find((h) => h.field === 'text')!;
    expect(text.slice(hit.start, hit.end)).toBe('公共云');
    expect(hit.snippet.slice(...hit.ranges[0])).toBe('公共云');
  });

  it('highlights the original characters, also when folding changed their length', () => {
    const hits = both().search('financial ai').groups[0].hits;
    expect(marked(hits[0])).toBe('The [ﬁnancial] case for [ＡＩ] in the cloud.…');
    expect(hits[0].start).toBe(4);
    expect(hits[0].end).toBe(12); // "ﬁnancial" is 8 code units in the original
  });

  it('ANDs terms across the article, mixing Chinese and Latin', () => {
    const index = both();
    expect(index.search('阿里 qwen').groups.map((g) => g.documentId)).toEqual(['cloud']);
    expect(index.search('QWEN-72b').groups.map((g) => g.documentId).sort()).toEqual(['cloud', 'en']);
    expect(index.search('阿里 ﬁnancial').groups).toEqual([]);
  });

  it('matches quoted phrases with their spaces', () => {
    const index = both();
    expect(index.search('"in the cloud"').total).toBe(1);
    expect(index.search('"the case"').total).toBe(0);
  });

  it('finds tags and shows the matching tag alone', () => {
    const hits = both().search('公共雲').groups[0].hits.filter((h) => h.field === 'tag');
    expect(hits).toEqual([{ field: 'tag', annotationId: 'a1', snippet: '策略/公共雲', ranges: [[3, 6]] }]);
  });

  it('tag: matches the tag and the tags below it, and searches annotations', () => {
    const index = both();
    const hits = index.search('tag:策略').groups[0].hits;
    expect(hits.map((h) => h.annotationId)).toEqual(['a2', 'a1']); // reading order
    expect(hits.every((h) => h.field === 'quote' && h.ranges.length === 0)).toBe(true);
    expect(index.search('tag:策略/公共云').groups[0].hits.map((h) => h.annotationId)).toEqual(['a1']);
    expect(index.search('tag:策').groups).toEqual([]); // not a prefix of the name
  });

  it('with annotation filters, every term must be in the same annotation', () => {
    const index = both();
    expect(index.search('tag:策略 公共').groups[0].hits.map((h) => [h.field, h.annotationId])).toEqual([
      ['quote', 'a1'],
      ['tag', 'a1'],
    ]);
    // 下注 is in the text, not in a tagged annotation.
    expect(index.search('tag:策略 下注').groups).toEqual([]);
  });

  it('color: filters annotations by colour (also Chinese names)', () => {
    const index = both();
    expect(index.search('color:blue').groups[0].hits).toEqual([
      { field: 'note', annotationId: 'a3', snippet: '整篇文章關於雲端', ranges: [] },
    ]);
    expect(index.search('顏色:綠 雲').groups[0].hits.map((h) => [h.field, h.annotationId])).toEqual([
      ['quote', 'a1'],
      ['note', 'a1'],
      ['tag', 'a1'],
    ]);
    expect(index.search('color:mauve').groups).toEqual([]);
  });

  it('doc: restricts to articles by title; alone it lists them', () => {
    const index = both();
    expect(index.search('doc:cloud qwen').groups.map((g) => g.documentId)).toEqual(['en']);
    const alone = index.search('doc:棋局');
    expect(alone.groups.map((g) => g.documentId)).toEqual(['cloud']);
    expect(marked(alone.groups[0].hits[0])).toBe('阿里雲的[棋局]');
  });

  it('answers an empty query with nothing', () => {
    expect(both().search('   ')).toEqual({ query: '   ', groups: [], total: 0, documentCount: 0 });
  });

  it('orders articles with a title match first, then by matches', () => {
    const a = makeFile('a', 'Plain', ['云 云 云 云']);
    const b = makeFile('b', '云', ['nothing']);
    const c = makeFile('c', 'Other', ['云 云']);
    expect(SearchIndex.build([a, b, c]).search('雲').groups.map((g) => g.documentId)).toEqual(['b', 'a', 'c']);
  });

  it('caps the articles at limit and the hits per article, but counts them all', () => {
    const files = Array.from({ length: 5 }, (_, i) => makeFile(`d${i}`, `t${i}`, [Array(30).fill('雲端 ').join('x'.repeat(40))]));
    const result = SearchIndex.build(files).search('云端', 2);
    expect(result.groups).toHaveLength(2);
    expect(result.groups[0].hits).toHaveLength(20);
    expect(result.groups[0].hitCount).toBe(30);
    expect(result.total).toBe(150);
    expect(result.documentCount).toBe(5);
  });

  it('keeps notes, quotes and tags among the hits when the text alone would fill the cap', () => {
    const file = makeFile('d', 'title', [Array(30).fill('雲端 ').join('x'.repeat(40))]);
    file.annotations.push(makeAnnotation(file, 'n', { note: '我的雲端筆記' }));
    const group = SearchIndex.build([file]).search('云端').groups[0];
    expect(group.hits).toHaveLength(20);
    expect(group.hitCount).toBe(31);
    expect(group.hits.map((h) => h.field)).toEqual([...Array(19).fill('text'), 'note']);
  });

  it('shows nearby matches in one snippet, newlines as spaces', () => {
    const file = makeFile('n', 'n', ['第一段 阿里云', '阿里云 第二段']);
    const hits = SearchIndex.build([file]).search('阿里雲').groups[0].hits;
    expect(hits).toHaveLength(1);
    expect(marked(hits[0])).toBe('第一段 [阿里云]  [阿里云] 第二段');
  });

  it('gives the same answers as a scan of the whole notebook', () => {
    const files = [cloudDoc(), englishDoc()];
    const index = SearchIndex.build(files);
    const scan = new ScanSearch(files);
    for (const q of ['阿里雲', 'tag:策略', 'Ｑｗｅｎ', '云 策略', 'color:green', 'doc:cloud the', '"in the"', 'ﬁ', 'x']) {
      expect(index.search(q)).toEqual(scan.search(q));
    }
  });
});

describe('SearchIndex incremental updates', () => {
  it('replaces a document: old text is gone, new text is found', () => {
    const index = SearchIndex.build([makeFile('d', '標題', ['舊的文字 alpha'])]);
    expect(index.search('alpha').total).toBe(1);
    index.updateDocument(makeFile('d', '標題', ['新的文字 beta']));
    expect(index.search('alpha').total).toBe(0);
    expect(index.search('舊').total).toBe(0);
    expect(index.search('beta').total).toBe(1);
    expect(index.search('標題').total).toBe(1);
    expect(index.documentCount).toBe(1);
  });

  it('keeps unchanged units when only an annotation changes', () => {
    const file = makeFile('d', 'title', ['some long text that stays the same']);
    const index = SearchIndex.build([file]);
    const before = index.stats();
    const next = structuredClone(file);
    next.annotations.push(makeAnnotation(next, 'n1', { note: 'a new note' }));
    index.updateDocument(next);
    const after = index.stats();
    expect(after.units).toBe(before.units + 1);
    expect(after.deadUnits).toBe(0); // title and text were kept, not re-indexed
    expect(index.search('new note').groups[0].hits).toEqual([
      { field: 'note', annotationId: 'n1', snippet: 'a new note', ranges: [[2, 5], [6, 10]] },
    ]);
  });

  it('removes a document and only that one', () => {
    const index = SearchIndex.build([makeFile('a', 'A', ['共同的字']), makeFile('b', 'B', ['共同的字'])]);
    index.removeDocument('a');
    expect(index.search('共同').groups.map((g) => g.documentId)).toEqual(['b']);
    expect(index.has('a')).toBe(false);
    index.removeDocument('missing'); // no-op
    expect(index.documentCount).toBe(1);
  });

  it('compacts its posting lists after many removals without changing answers', () => {
    const index = new SearchIndex({ compactAfter: 10 });
    for (let round = 0; round < 20; round++) {
      index.updateDocument(makeFile('d', 'title', [`round ${round} 雲`]));
    }
    const stats = index.stats();
    expect(stats.deadUnits).toBeLessThan(10);
    expect(index.search('"round 19"').total).toBe(1);
    expect(index.search('"round 18"').total).toBe(0);
  });
});
