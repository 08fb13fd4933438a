import { describe, expect, it, vi } from 'vitest';
import { createFakeBridge } from '../state/test-support/fake-bridge';
import { withExportOps } from '../state/test-support/fake-export-ops';
import { lookup } from '../../../data/model/i18n/catalogue';
import { errorText } from '../../../data/model/i18n/error-text';
import { downloadAll, ExportAborted, ExportFailed, runExport } from './export-run';

const bridge = () =>
  withExportOps(
    createFakeBridge({
      documents: [
        { title: 'Alpha', text: 'First article.' },
        { title: '雲端', text: '第二篇文章。' },
        { title: 'Alpha', text: 'Same title, newer.' },
      ],
    }),
  );

describe('runExport', () => {
  it('exports a notebook article by article, then the index, reporting progress', async () => {
    const b = bridge();
    const progress: string[] = [];
    const files = await runExport(b, { scope: 'notebook', format: 'digest', deepLinks: true }, { onProgress: (p) => progress.push(`${p.done}/${p.total} ${p.file}`) });
    expect(files.map((f) => f.fileName)).toEqual(['Alpha.md', '雲端.md', 'Alpha (2).md', 'Glossa index.md']);
    expect(progress).toEqual(['1/4 Alpha.md', '2/4 雲端.md', '3/4 Alpha (2).md', '4/4 Glossa index.md']);
    expect(files[3].markdown).toContain('- [[Alpha (2)]]');
    expect(b.calls.filter((c) => c.name === 'exportMarkdown').map((c) => (c.input as { scope: { kind: string } }).scope.kind)).toEqual([
      'document',
      'document',
      'document',
      'index',
    ]);
  });

  it('stops between two articles when aborted', async () => {
    const b = bridge();
    const controller = new AbortController();
    const run = runExport(b, { scope: 'notebook', format: 'annotated', deepLinks: false }, {
      signal: controller.signal,
      onProgress: (p) => p.done === 1 && controller.abort(),
    });
    await expect(run).rejects.toBeInstanceOf(ExportAborted);
    expect(b.calls.filter((c) => c.name === 'exportMarkdown')).toHaveLength(1);
  });

  it('exports one article or one tag note in one call, and surfaces errors', async () => {
    const b = bridge();
    const [id] = [...b.files.keys()];
    const [article] = await runExport(b, { scope: 'document', documentId: id, format: 'annotated', deepLinks: true });
    expect(article.markdown).toContain('glossa-format: annotated');
    const [tag] = await runExport(b, { scope: 'tag', query: '雲端', format: 'digest', deepLinks: true });
    expect(tag.fileName).toBe('Tag 雲端.md');
    await expect(runExport(b, { scope: 'tag', query: '-x', format: 'digest', deepLinks: true })).rejects.toThrow('names no tag');
  });

  it('fails with the whole error, so the dialog can say it in the interface language', async () => {
    const noArticle = await runExport(bridge(), { scope: 'document', format: 'digest', deepLinks: true }).catch((e: unknown) => e);
    expect(noArticle).toBeInstanceOf(ExportFailed);
    expect((noArticle as ExportFailed).error).toMatchObject({ reason: 'no_open_document' });
    expect(errorText('zh-Hant', (noArticle as ExportFailed).error)).toBe(lookup('zh-Hant', 'export.noDocument'));

    const b = bridge();
    b.listDocuments = async () => ({ ok: false, error: { code: 'io', message: 'x', reason: 'server_unreachable', params: {} } });
    const gone = await runExport(b, { scope: 'notebook', format: 'digest', deepLinks: true }).catch((e: unknown) => e);
    expect(errorText('zh-Hant', (gone as ExportFailed).error)).toMatch(/^筆記本伺服器沒有回應/);
  });
});

describe('downloadAll', () => {
  it('downloads files one after another with a pause between them', async () => {
    const download = vi.fn(async (fileName: string) => `kept ${fileName}`);
    const pause = vi.fn(async () => {});
    const outcomes = await downloadAll([{ fileName: 'a.md', markdown: 'A' }, { fileName: 'b.md', markdown: 'B' }], download, pause);
    expect(download.mock.calls).toEqual([['a.md', 'A'], ['b.md', 'B']]);
    expect(pause).toHaveBeenCalledTimes(1);
    expect(outcomes).toEqual(['kept a.md', 'kept b.md']);
  });
});
