import { describe, expect, it } from 'vitest';
import type { Annotation } from '../schemas';
import { cleanColorNames, colorDisplayName, ColorNamesSchema } from './color-names';
import { documentExcerpts, groupExcerpts, isDateBound, matchesExcerptQuery, parseDateBound } from './excerpt-query';
import { renameTagColors, setTagColorEntry } from './tag-colors';

const ann = (id: string, documentId: string, start: number, tags: string[], extra: Partial<Annotation> = {}): Annotation => ({
  id,
  documentId,
  target: {
    quote: { type: 'TextQuoteSelector', exact: `quote ${id}`, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + 5 },
  },
  color: 'yellow',
  tags,
  note: '',
  state: 'anchored',
  createdAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  ...extra,
});

describe('matchesExcerptQuery', () => {
  it('takes passages only, and narrows by tags (any / all), colours and articles', () => {
    const a = ann('a', 'd', 0, ['研究/雲端', '策略'], { color: 'green' });
    const { target: _t, ...note } = a;
    expect(matchesExcerptQuery(note, {})).toBe(false);
    expect(matchesExcerptQuery(a, { tags: ['研究'] })).toBe(true);
    expect(matchesExcerptQuery(a, { tags: ['研究所', '策略'] })).toBe(true);
    expect(matchesExcerptQuery(a, { tags: ['研究所', '策略'], tagMatch: 'all' })).toBe(false);
    expect(matchesExcerptQuery(a, { tags: ['研究', '策略'], tagMatch: 'all' })).toBe(true);
    expect(matchesExcerptQuery(a, { colors: ['blue'] })).toBe(false);
    expect(matchesExcerptQuery(a, { documentIds: ['other'] })).toBe(false);
  });
  it('reads date-only bounds as whole local days', () => {
    const local = new Date(2026, 2, 1, 23, 30).toISOString();
    const a = ann('a', 'd', 0, [], { createdAt: local });
    expect(matchesExcerptQuery(a, { from: '2026-03-01', to: '2026-03-01' })).toBe(true);
    expect(matchesExcerptQuery(a, { from: '2026-03-02' })).toBe(false);
    expect(matchesExcerptQuery(a, { to: '2026-02-28' })).toBe(false);
    expect(parseDateBound('2026-03-01', true) - parseDateBound('2026-03-01', false)).toBe(24 * 3600 * 1000 - 1);
    expect(isDateBound('2026-02-30')).toBe(false);
    expect(isDateBound('2026-02-28T10:00:00Z')).toBe(true);
    expect(isDateBound('March')).toBe(false);
  });
});

describe('groupExcerpts', () => {
  const d1 = { id: 'd1', title: 'Beta' };
  const d2 = { id: 'd2', title: 'Alpha' };
  const items = [
    ...documentExcerpts(d1, [ann('x', 'd1', 50, ['研究/AI']), ann('y', 'd1', 10, ['研究', '策略'])], {}, { yellow: '重要' }),
    ...documentExcerpts(d2, [ann('z', 'd2', 5, []), ann('w', 'd2', 1, ['研究/AI'])], {}),
  ];

  it('by document: articles by title, excerpts by position', () => {
    const c = groupExcerpts(items, 'document');
    expect(c.groups.map((g) => [g.label, g.excerpts.map((e) => e.annotationId)])).toEqual([
      ['Alpha', ['w', 'z']],
      ['Beta', ['y', 'x']],
    ]);
    expect(c).toMatchObject({ total: 4, documents: 2 });
    expect(c.groups[1].excerpts[0].colorName).toBe('重要');
    expect(c.groups[0].excerpts[0].colorName).toBeUndefined();
  });

  it('by tag: under every tag (or only the ones asked for), untagged last', () => {
    const all = groupExcerpts(items, 'tag');
    expect(all.groups.map((g) => [g.tag, g.excerpts.map((e) => e.annotationId)])).toEqual([
      ['研究', ['y']],
      ['研究/AI', ['w', 'x']],
      ['策略', ['y']],
      [null, ['z']],
    ]);
    expect(all.total).toBe(4);
    const asked = groupExcerpts(items, 'tag', ['研究/AI']);
    expect(asked.groups.map((g) => g.key)).toEqual(['tag:研究/AI', 'untagged']);
  });
});

describe('colour names and tag colours', () => {
  it('cleans names and falls back to the label', () => {
    expect(cleanColorNames({ yellow: ' 重要 ', green: '  ' })).toEqual({ yellow: '重要' });
    expect(colorDisplayName('green', { yellow: '重要' }, 'Green')).toBe('Green');
    expect(ColorNamesSchema.safeParse({ yellow: 'a\nb' }).success).toBe(false);
    expect(ColorNamesSchema.parse({ blue: ' evidence ' })).toEqual({ blue: 'evidence' });
  });
  it('tag colours follow renames; the entry already at the target wins', () => {
    const tags = [
      { name: 'a', color: 'blue' as const },
      { name: 'a/b', color: 'pink' as const },
      { name: 'c', color: 'green' as const },
    ];
    expect(renameTagColors(tags, (n) => (n === 'a' || n.startsWith('a/') ? n.replace(/^a/, 'c') : undefined))).toEqual([
      { name: 'c', color: 'green' },
      { name: 'c/b', color: 'pink' },
    ]);
    expect(setTagColorEntry(tags, 'a', null).map((t) => t.name)).toEqual(['a/b', 'c']);
    expect(setTagColorEntry([], 'x', 'blue')).toEqual([{ name: 'x', color: 'blue' }]);
  });
});
