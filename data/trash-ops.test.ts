import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookService } from './service';
import { NotebookStore } from './store/notebook-store';
import { useTempDirs } from './test-support/temp-dir';

const tempDir = useTempDirs();
const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.parse('2026-03-01T10:00:00.000Z');

/** A service on a real folder whose clock the test sets (the store's trash expires by it). */
const open = async (dir: string, at = T0) => {
  const now = () => new Date(at);
  let n = 0;
  return new NotebookService(await NotebookStore.open(dir, { now }), { now, newId: () => `id${(n += 1)}${at}` });
};

const ARTICLE = '阿里云\n\n第一段講公共云優先的策略。\n\n第二段說比起模型更想賣算力。\n\nA third paragraph in English.';

const withArticle = async (service: NotebookService) => {
  const doc = await service.importText({ text: ARTICLE, title: '阿里云', format: 'text' });
  const a = await service.createAnnotation({ documentId: doc.id, anchor: { exact: '公共云優先' }, color: 'green', tags: ['策略'], note: '**重要**' });
  return { doc, a };
};

describe('the trash', () => {
  it('keeps a deleted article, annotations and all, and gives it back unchanged', async () => {
    const dir = tempDir();
    const service = await open(dir);
    const { doc } = await withArticle(service);
    const before = readFileSync(join(dir, 'documents', `${doc.id}.json`));

    await service.deleteDocument({ id: doc.id });
    expect(await service.listDocuments()).toEqual([]);
    const [item] = await service.listTrash();
    expect(item).toMatchObject({ kind: 'document', id: doc.id, label: '阿里云', annotationCount: 1, deletedAt: new Date(T0).toISOString() });
    expect(item.expiresAt).toBe(new Date(T0 + 30 * DAY).toISOString());

    await service.restoreFromTrash({ items: [{ kind: 'document', id: doc.id }] });
    expect(readFileSync(join(dir, 'documents', `${doc.id}.json`)).equals(before)).toBe(true);
    expect(await service.listTrash()).toEqual([]);
  });

  it('keeps a deleted annotation and restores it with the same id, re-anchored in newer text', async () => {
    const service = await open(tempDir());
    const { doc, a } = await withArticle(service);
    await service.deleteAnnotation({ documentId: doc.id, id: a.id });
    expect(await service.listAnnotations({ documentId: doc.id })).toEqual([]);
    expect((await service.listTrash())[0]).toMatchObject({ kind: 'annotation', id: a.id, label: '公共云優先', documentTitle: '阿里云' });

    // The article changes while the annotation waits in the trash.
    await service.replaceDocumentText({ id: doc.id, text: `新增的開頭。\n\n${ARTICLE}` });
    await service.restoreAnnotation({ documentId: doc.id, id: a.id });
    const [back] = await service.listAnnotations({ documentId: doc.id });
    expect(back).toMatchObject({ id: a.id, color: 'green', tags: ['策略'], note: '**重要**', state: 'anchored' });
    const text = (await service.getDocument({ id: doc.id })).document.blocks.map((b) => b.runs.map((r) => r.text).join('')).join('\n\n');
    expect(text.slice(back.target!.position.start, back.target!.position.end)).toBe('公共云優先');
    expect(await service.listTrash()).toEqual([]);
  });

  it('restores an annotation of a deleted article only with or after its article', async () => {
    const service = await open(tempDir());
    const { doc, a } = await withArticle(service);
    await service.deleteAnnotation({ documentId: doc.id, id: a.id });
    await service.deleteDocument({ id: doc.id });
    const items = await service.listTrash();
    expect(items.find((i) => i.kind === 'annotation')).toMatchObject({ needsDocument: true });
    await expect(service.restoreAnnotation({ documentId: doc.id, id: a.id })).rejects.toThrow('restore the article first');

    await service.restoreFromTrash({ items: [{ kind: 'annotation', id: a.id }, { kind: 'document', id: doc.id }] });
    expect((await service.listAnnotations({ documentId: doc.id })).map((x) => x.id)).toEqual([a.id]);
  });

  it('deletes for good what has waited 30 days, and nothing younger', async () => {
    const dir = tempDir();
    const service = await open(dir);
    const old = await withArticle(service);
    await service.deleteDocument({ id: old.doc.id });
    const later = await open(dir, T0 + 10 * DAY);
    const young = await withArticle(later);
    await later.deleteAnnotation({ documentId: young.doc.id, id: young.a.id });

    const day29 = await open(dir, T0 + 29 * DAY);
    expect((await day29.listTrash()).map((i) => i.id).sort()).toEqual([old.doc.id, young.a.id].sort());

    const day31 = await open(dir, T0 + 31 * DAY);
    expect((await day31.listTrash()).map((i) => i.id)).toEqual([young.a.id]);
    expect(existsSync(join(dir, 'trash', `${old.doc.id}.json`))).toBe(false);
    expect((await day31.listDocuments()).map((d) => d.id)).toEqual([young.doc.id]);
  });

  it('lists an article file a crash left in trash/ without its entry, dated by the file', async () => {
    const dir = tempDir();
    const service = await open(dir);
    const { doc } = await withArticle(service);
    // The first step of a delete, then the process died.
    renameSync(join(dir, 'documents', `${doc.id}.json`), join(dir, 'trash', `${doc.id}.json`));
    const reopened = await open(dir);
    expect(await reopened.listDocuments()).toEqual([]);
    expect(await reopened.listTrash()).toMatchObject([{ kind: 'document', id: doc.id, label: '阿里云' }]);
    await reopened.restoreFromTrash({ items: [{ kind: 'document', id: doc.id }] });
    expect((await reopened.listDocuments()).map((d) => d.id)).toEqual([doc.id]);
  });

  it('empties the trash on request, and says what it cannot restore', async () => {
    const dir = tempDir();
    const service = await open(dir);
    const { doc } = await withArticle(service);
    await service.deleteDocument({ id: doc.id });
    expect(await service.emptyTrash()).toEqual({ removed: 1 });
    expect(readdirSync(join(dir, 'trash'))).toEqual(['trash.index.json']);
    await expect(service.restoreFromTrash({ items: [{ kind: 'document', id: doc.id }] })).rejects.toThrow(`no deleted document with id ${doc.id}`);
  });
});
