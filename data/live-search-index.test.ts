import { describe, expect, it } from 'vitest';
import { invoke } from './model/invoke';
import { NotebookService } from './service';
import { NotebookStore } from './store/notebook-store';
import { useTempDirs } from './test-support/temp-dir';

const tempDir = useTempDirs();

const open = async (dir = tempDir()) => {
  let n = 0;
  const service = new NotebookService(await NotebookStore.open(dir), { newId: () => `id${++n}` });
  return { dir, service };
};

const docIds = (r: { groups: { documentId: string }[] }) => r.groups.map((g) => g.documentId);

describe('NotebookService.search (the live index)', () => {
  it('builds on the first search from the notebook on disk', async () => {
    const { dir, service } = await open();
    await service.importText({ text: '阿里云的新战略\n\n阿里云回到公共云。', format: 'text' });
    // A new service over the same folder: the index is built from the files.
    const { service: again } = await open(dir);
    const result = await again.search({ query: '阿里雲' });
    expect(docIds(result)).toEqual(['id1']);
    expect(result.groups[0].title).toBe('阿里云的新战略');
  });

  it('follows every change after the first search: import, annotate, edit, delete, restore', async () => {
    const { service } = await open();
    const doc = await service.importText({ text: '第一篇\n\n公共云优先。', format: 'text' });
    expect(await service.search({ query: '臺灣' })).toMatchObject({ total: 0 });

    const second = await service.importText({ text: '第二篇\n\n臺灣的雲端市場。', format: 'text' });
    expect(docIds(await service.search({ query: '台湾' }))).toEqual([second.id]);

    const a = await service.createAnnotation({ documentId: doc.id, anchor: { exact: '公共云' }, color: 'yellow', tags: ['策略/雲'], note: '重要的筆記' });
    expect((await service.search({ query: '筆記' })).groups[0].hits).toEqual([
      { field: 'note', annotationId: a.id, snippet: '重要的筆記', ranges: [[3, 5]] },
    ]);
    expect(docIds(await service.search({ query: 'tag:策略' }))).toEqual([doc.id]);

    await service.updateAnnotation({ documentId: doc.id, id: a.id, note: '改過了' });
    expect((await service.search({ query: '筆記' })).total).toBe(0);

    await service.updateDocument({ id: doc.id, title: '新的標題' });
    expect(docIds(await service.search({ query: '新的标题' }))).toEqual([doc.id]);

    await service.deleteDocument({ id: second.id });
    expect((await service.search({ query: '台湾' })).total).toBe(0);
    await service.restoreDocument({ id: second.id });
    expect(docIds(await service.search({ query: '台湾' }))).toEqual([second.id]);

    await service.replaceDocumentText({ id: second.id, text: '第二篇\n\n完全不同的內容。' });
    expect((await service.search({ query: '台湾' })).total).toBe(0);
    expect(docIds(await service.search({ query: '内容' }))).toEqual([second.id]);
  });

  it('does not lose a change made while the first build is reading documents', async () => {
    const { service } = await open();
    const ids = [];
    for (let i = 0; i < 5; i++) ids.push((await service.importText({ text: `文章${i}\n\n舊的內容${i}`, format: 'text' })).id);
    const first = service.search({ query: '舊的' });
    // Saved while the build is under way (the search above has not been awaited).
    await service.updateDocument({ id: ids[4], note: '新的筆記' });
    await first;
    expect(docIds(await service.search({ query: '新的筆記' }))).toEqual([ids[4]]);
  });

  it('validates its input through the contract', async () => {
    const { service } = await open();
    const tooLong = await invoke(service, 'search', { query: 'x'.repeat(501) });
    expect(tooLong).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const badLimit = await invoke(service, 'search', { query: 'x', limit: 0 });
    expect(badLimit.ok).toBe(false);
    expect(await invoke(service, 'search', { query: '' })).toEqual({
      ok: true,
      value: { query: '', groups: [], total: 0, documentCount: 0 },
    });
  });
});
