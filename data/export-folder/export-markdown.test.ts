import { describe, expect, it } from 'vitest';
import { chineseAnnotations, chineseDocument } from '../model/export/fixtures/chinese-document';
import { webAnnotations, webDocument } from '../model/export/fixtures/web-document';
import { invoke } from '../model/invoke';
import { SCHEMA_VERSION } from '../model/schemas';
import { NotebookService } from '../service';
import { NotebookStore } from '../store/notebook-store';
import { useTempDirs } from '../test-support/temp-dir';

const tempDir = useTempDirs();

const service = async () => {
  const store = await NotebookStore.open(tempDir('nb'));
  await store.saveDocument({ schemaVersion: SCHEMA_VERSION, document: chineseDocument, annotations: chineseAnnotations });
  await store.saveDocument({ schemaVersion: SCHEMA_VERSION, document: webDocument, annotations: webAnnotations });
  // A newer article with the same title as the Chinese one: it is the one that gets "(2)".
  await store.saveDocument({
    schemaVersion: SCHEMA_VERSION,
    document: { ...chineseDocument, id: 'later', createdAt: '2025-01-01T00:00:00.000Z' },
    annotations: [],
  });
  return new NotebookService(store);
};

describe('exportMarkdown', () => {
  it('exports one article note, named as in a whole-notebook export', async () => {
    const s = await service();
    const [first] = (await s.exportMarkdown({ scope: { kind: 'document', id: 'later' }, format: 'digest', deepLinks: true })).files;
    expect(first.fileName).toBe('阿里云正面向未來“下注” (2).md');
    const { files } = await s.exportMarkdown({ scope: { kind: 'document', id: webDocument.id }, format: 'annotated', deepLinks: true });
    expect(files[0].markdown).toContain('glossa-format: annotated');
    expect(files[0].markdown).toContain('#:~:text=');
  });

  it('exports a tag note whose links match the article notes', async () => {
    const s = await service();
    const { files } = await s.exportMarkdown({ scope: { kind: 'tag', query: '雲端' }, format: 'digest', deepLinks: false });
    expect(files.map((f) => f.fileName)).toEqual(['Tag 雲端.md']);
    expect(files[0].markdown).toContain('## [[雲端市場 2024：誰在領跑？]]');
    expect(files[0].markdown).not.toContain('glossa://');
  });

  it('exports the notebook (articles, then the index) and the index alone', async () => {
    const s = await service();
    const { files } = await s.exportMarkdown({ scope: { kind: 'notebook' }, format: 'digest', deepLinks: true });
    expect(files.map((f) => f.fileName)).toEqual(['阿里云正面向未來“下注”.md', '雲端市場 2024：誰在領跑？.md', '阿里云正面向未來“下注” (2).md', 'Glossa index.md']);
    const index = await s.exportMarkdown({ scope: { kind: 'index' }, format: 'digest', deepLinks: true });
    expect(index.files).toEqual([files[3]]);
  });

  it('validates its input through the contract', async () => {
    const s = await service();
    expect(await invoke(s, 'exportMarkdown', { scope: { kind: 'tag', query: '-x' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await invoke(s, 'exportMarkdown', { scope: { kind: 'document', id: 'nope' } })).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await invoke(s, 'exportMarkdown', { scope: { kind: 'folder' } })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const ok = await invoke(s, 'exportMarkdown', { scope: { kind: 'document', id: webDocument.id } });
    expect(ok).toMatchObject({ ok: true });
  });

  it('leaves the legacy exportDocumentMarkdown operation without deep links', async () => {
    const s = await service();
    const { markdown } = await s.exportDocumentMarkdown({ id: webDocument.id });
    expect(markdown).not.toContain('glossa://');
    expect(markdown).not.toContain(':~:text=');
  });
});
