import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { InputOf, OperationName, OutputOf } from './model/api';
import { invoke } from './model/invoke';
import { NotebookService } from './service';
import { NotebookStore } from './store/notebook-store';
import { useTempDirs } from './test-support/temp-dir';

/**
 * Tag operations and excerpt collections on a real notebook folder: every call goes through
 * the contract (validation, defaults) as a host would, and persistence is checked by opening
 * the folder again with a fresh store.
 */
const tempDir = useTempDirs();

const A = '雲端與模型\n\n阿里云宣布公共云優先。大模型需要算力。研究所的報告說明了成本。';
const B = 'Cloud notes\n\nPublic cloud first. Models need compute. Evidence from the report.';
const C = '無關的文章\n\n這篇文章沒有標籤。';

const open = async (dir = tempDir()) => {
  let n = 0;
  let clock = Date.UTC(2026, 0, 10, 12, 0, 0);
  const service = new NotebookService(await NotebookStore.open(dir), {
    newId: () => `id${String(++n).padStart(3, '0')}`,
    now: () => new Date((clock += 1000)),
  });
  const call = async <K extends OperationName>(name: K, input: InputOf<K>): Promise<OutputOf<K>> => {
    const r = await invoke(service, name, input);
    if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code });
    return r.value as OutputOf<K>;
  };
  return { dir, service, call };
};

/** Three articles; `a` and `b` carry hierarchical tags, `c` none. */
const seeded = async () => {
  const nb = await open();
  const { call } = nb;
  const a = await call('importText', { text: A, format: 'text' });
  const b = await call('importText', { text: B, format: 'text' });
  const c = await call('importText', { text: C, format: 'text' });
  const mk = (documentId: string, exact: string, tags: string[], color: 'yellow' | 'green' | 'blue' = 'yellow', note = '') =>
    call('createAnnotation', { documentId, anchor: { exact }, tags, color, note });
  const a1 = await mk(a.id, '大模型需要算力', ['研究/AI', '策略'], 'green', '算力\n第二行');
  const a2 = await mk(a.id, '阿里云宣布公共云優先', ['研究', '研究/雲端'], 'yellow');
  const a3 = await mk(a.id, '研究所的報告', ['研究所'], 'blue');
  const b1 = await mk(b.id, 'Public cloud first', ['研究/雲端'], 'blue', 'evidence');
  const b2 = await mk(b.id, 'Models need compute', ['策略'], 'green');
  const c1 = await mk(c.id, '這篇文章', [], 'yellow');
  return { ...nb, a, b, c, a1, a2, a3, b1, b2, c1 };
};

const tagsOf = async (service: NotebookService, documentId: string) =>
  Object.fromEntries((await service.listAnnotations({ documentId })).map((x) => [x.id, x.tags]));

describe('tag operations', () => {
  it('renames a tag in every article, children included, and the change survives reopening', async () => {
    const { dir, call, a, b, c, a1, a2, a3, b1 } = await seeded();
    const untouched = readFileSync(join(dir, 'documents', `${c.id}.json`), 'utf8');

    const report = await call('renameTag', { from: '研究', to: 'research' });
    expect(report).toEqual({ documents: 2, annotations: 3, tags: ['研究', '研究/AI', '研究/雲端'] });
    // Only the articles that changed were written.
    expect(readFileSync(join(dir, 'documents', `${c.id}.json`), 'utf8')).toBe(untouched);

    const reopened = (await open(dir)).service;
    expect(await tagsOf(reopened, a.id)).toMatchObject({
      [a1.id]: ['research/AI', '策略'],
      [a2.id]: ['research', 'research/雲端'],
      // 研究所 shares characters with 研究 but is not below it.
      [a3.id]: ['研究所'],
    });
    expect(await tagsOf(reopened, b.id)).toMatchObject({ [b1.id]: ['research/雲端'] });
    expect((await reopened.listTags()).map((t) => t.name)).toEqual(
      ['research', 'research/AI', 'research/雲端', '研究所', '策略'].sort((x, y) => x.localeCompare(y)),
    );
  });

  it('renames a child alone, and merges when the new name already exists', async () => {
    const { call, service, a, a1, a2 } = await seeded();
    await call('renameTag', { from: '研究/AI', to: '研究/雲端' });
    expect(await tagsOf(service, a.id)).toMatchObject({ [a1.id]: ['研究/雲端', '策略'], [a2.id]: ['研究', '研究/雲端'] });
    // Renaming onto a tag the annotation already has leaves it once.
    const r = await call('renameTag', { from: '研究/雲端', to: '研究' });
    expect(r.annotations).toBe(3);
    expect(await tagsOf(service, a.id)).toMatchObject({ [a1.id]: ['研究', '策略'], [a2.id]: ['研究'] });
  });

  it('refuses to rename a tag nobody uses, and to an empty name', async () => {
    const { call } = await seeded();
    await expect(call('renameTag', { from: '不存在', to: 'x' })).rejects.toMatchObject({ code: 'not_found' });
    await expect(call('renameTag', { from: '研究', to: '/' })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call('renameTag', { from: '研究', to: '  ' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('merges several tags into one', async () => {
    const { call, service, a, b, a1, a2, b1, b2 } = await seeded();
    const r = await call('mergeTags', { sources: ['研究/AI', '研究/雲端', '策略'], into: '主題' });
    expect(r).toMatchObject({ documents: 2, annotations: 4 });
    expect(await tagsOf(service, a.id)).toMatchObject({ [a1.id]: ['主題'], [a2.id]: ['研究', '主題'] });
    expect(await tagsOf(service, b.id)).toMatchObject({ [b1.id]: ['主題'], [b2.id]: ['主題'] });
    expect((await service.listTags()).find((t) => t.name === '主題')?.count).toBe(4);
  });

  it('deletes a tag with its children and restores each one where it stood', async () => {
    const { dir, call, service, a, b, a1, a2, b1 } = await seeded();
    await call('setTagColor', { name: '研究/雲端', color: 'pink' });
    const deleted = await call('deleteTag', { name: '研究' });
    expect(deleted).toMatchObject({ name: '研究', documents: 2, annotations: 3, colors: [{ name: '研究/雲端', color: 'pink' }] });
    expect(deleted.occurrences).toContainEqual({ documentId: a.id, annotationId: a2.id, tag: '研究/雲端', index: 1 });
    expect(await tagsOf(service, a.id)).toMatchObject({ [a1.id]: ['策略'], [a2.id]: [] });
    expect((await service.listTags()).map((t) => t.name)).not.toContain('研究/雲端');

    // Meanwhile a tag was added to a1: the restore puts 研究/AI back in front of it.
    await call('updateAnnotation', { documentId: a.id, id: a1.id, tags: ['策略', '新'] });
    const restored = await call('restoreTag', { name: deleted.name, colors: deleted.colors, occurrences: deleted.occurrences });
    expect(restored).toMatchObject({ documents: 2, annotations: 3 });
    const reopened = (await open(dir)).service;
    expect(await tagsOf(reopened, a.id)).toMatchObject({ [a1.id]: ['研究/AI', '策略', '新'], [a2.id]: ['研究', '研究/雲端'] });
    expect(await tagsOf(reopened, b.id)).toMatchObject({ [b1.id]: ['研究/雲端'] });
    expect((await reopened.listTags()).find((t) => t.name === '研究/雲端')).toEqual({ name: '研究/雲端', count: 2, color: 'pink' });
  });

  it('sets and clears a tag colour in library.json; the colour follows a rename', async () => {
    const { dir, call, service } = await seeded();
    expect(await call('setTagColor', { name: '策略', color: 'purple' })).toEqual({ name: '策略', color: 'purple' });
    expect(JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8')).tags).toEqual([{ name: '策略', color: 'purple' }]);
    await call('renameTag', { from: '策略', to: 'strategy' });
    expect((await service.listTags()).find((t) => t.name === 'strategy')).toEqual({ name: 'strategy', count: 2, color: 'purple' });
    expect(await call('setTagColor', { name: 'strategy', color: null })).toEqual({ name: 'strategy' });
    expect((await open(dir)).service.store.tags()).toEqual([]);
    await expect(call('setTagColor', { name: 'nope', color: 'blue' })).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe('listExcerpts', () => {
  const ids = (c: OutputOf<'listExcerpts'>) => c.groups.flatMap((g) => g.excerpts.map((e) => e.annotationId));

  it('collects by hierarchical tag across articles, in document then text order', async () => {
    const { call, a, b, a1, a2, b1 } = await seeded();
    const c = await call('listExcerpts', { tags: ['研究'] });
    expect(c).toMatchObject({ groupBy: 'document', total: 3, documents: 2 });
    // Titles: "Cloud notes" sorts before "雲端與模型".
    expect(c.groups.map((g) => g.documentId)).toEqual([b.id, a.id]);
    expect(ids(c)).toEqual([b1.id, a2.id, a1.id]);
    expect(c.groups[1].excerpts[1]).toMatchObject({
      documentTitle: '雲端與模型',
      quote: '大模型需要算力',
      tags: ['研究/AI', '策略'],
      note: '算力\n第二行',
      color: 'green',
    });
  });

  it('matches any tag by default, every tag with tagMatch "all", and filters colours, articles and dates', async () => {
    const { call, a, a1, a2, b1, b2 } = await seeded();
    expect(ids(await call('listExcerpts', { tags: ['研究/雲端', '策略'] }))).toEqual([b1.id, b2.id, a2.id, a1.id]);
    expect(ids(await call('listExcerpts', { tags: ['研究', '策略'], tagMatch: 'all' }))).toEqual([a1.id]);
    expect(ids(await call('listExcerpts', { tags: ['研究'], colors: ['blue'] }))).toEqual([b1.id]);
    expect(ids(await call('listExcerpts', { tags: ['研究'], documentIds: [a.id] }))).toEqual([a2.id, a1.id]);
    // No tag filter: every passage, untagged highlights included.
    expect((await call('listExcerpts', {})).total).toBe(6);
    // Created 2026-01-10 around noon UTC: a whole-day range around it finds them all.
    expect((await call('listExcerpts', { from: '2026-01-09', to: '2026-01-11' })).total).toBe(6);
    expect((await call('listExcerpts', { from: '2026-01-12' })).total).toBe(0);
    expect((await call('listExcerpts', { to: '2026-01-08' })).total).toBe(0);
    const b1At = Date.parse(b1.createdAt);
    expect(ids(await call('listExcerpts', { from: new Date(b1At).toISOString(), to: new Date(b1At).toISOString() }))).toEqual([b1.id]);
    await expect(call('listExcerpts', { from: 'yesterday' })).rejects.toMatchObject({ code: 'invalid_input' });
  });

  it('groups by tag: each excerpt under each matching tag, and carries colour names', async () => {
    const { call, a1, a2, b1 } = await seeded();
    await call('updateSettings', { patch: { colorNames: { green: ' 重要 ', blue: '' } } });
    const c = await call('listExcerpts', { tags: ['研究'], groupBy: 'tag' });
    expect(c.groups.map((g) => [g.label, g.excerpts.map((e) => e.annotationId)])).toEqual([
      ['研究', [a2.id]],
      ['研究/AI', [a1.id]],
      ['研究/雲端', [b1.id, a2.id]],
    ]);
    expect(c.total).toBe(3);
    expect(c.groups[1].excerpts[0].colorName).toBe('重要');
    expect(c.groups[2].excerpts[0].colorName).toBeUndefined();
  });
});

describe('colour names', () => {
  it('are kept in settings, trimmed, and written by export instead of the colour word', async () => {
    const { call, a } = await seeded();
    const settings = await call('updateSettings', { patch: { colorNames: { green: ' 重要 ', yellow: '', blue: 'evidence' } } });
    expect(settings.colorNames).toEqual({ green: '重要', blue: 'evidence' });
    await expect(call('updateSettings', { patch: { colorNames: { green: 'x'.repeat(41) } } })).rejects.toMatchObject({ code: 'invalid_input' });
    await expect(call('updateSettings', { patch: { colorNames: { red: 'x' } as never } })).rejects.toMatchObject({ code: 'invalid_input' });
    const { markdown } = await call('exportDocumentMarkdown', { id: a.id });
    expect(markdown).toContain('**重要** · #研究/AI #策略');
    expect(markdown).toContain('**Yellow** · #研究 #研究/雲端');
    expect(markdown).toContain('**evidence** · #研究所');
  });
});
