import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { DocumentSummary } from '../../data/model/schemas';
import { GlossaError } from '../../data/model/result';
import { useTempDirs } from '../../data/test-support/temp-dir';
import { exportNotebookTo, type ExportingService } from './export-notebook';

const tempDir = useTempDirs();

const summary = (id: string, title: string) => ({ id, title }) as DocumentSummary;

/** A service whose documents export to `<title>.md` with a known body. */
const fakeService = (docs: { id: string; title: string; fileName?: string; fails?: boolean }[]): ExportingService => ({
  listDocuments: async () => docs.map((d) => summary(d.id, d.title)),
  exportDocumentMarkdown: async ({ id }) => {
    const doc = docs.find((d) => d.id === id)!;
    if (doc.fails) throw new GlossaError('io', 'the file of this document is damaged');
    return { fileName: doc.fileName ?? `${doc.title}.md`, markdown: `# ${doc.title}\n\n(${id})\n` };
  },
});

describe('exportNotebookTo', () => {
  it('writes one Markdown file per article, with distinct names for equal titles', async () => {
    const folder = tempDir('export');
    const outcome = await exportNotebookTo(
      folder,
      fakeService([
        { id: 'a', title: '雲端策略' },
        { id: 'b', title: '雲端策略' },
        { id: 'c', title: 'Notes' },
      ]),
    );
    expect(outcome.written).toEqual(['雲端策略.md', '雲端策略 (2).md', 'Notes.md']);
    expect(readdirSync(folder).sort()).toEqual(['Notes.md', '雲端策略 (2).md', '雲端策略.md']);
    expect(readFileSync(join(folder, '雲端策略 (2).md'), 'utf8')).toBe('# 雲端策略\n\n(b)\n');
    expect(outcome.failed).toEqual([]);
  });

  it('never overwrites a file already in the folder (names are compared case-insensitively)', async () => {
    const folder = tempDir('export');
    writeFileSync(join(folder, 'notes.md'), 'edited by hand');
    const outcome = await exportNotebookTo(folder, fakeService([{ id: 'c', title: 'Notes' }]));
    expect(outcome.written).toEqual(['Notes (2).md']);
    expect(readFileSync(join(folder, 'notes.md'), 'utf8')).toBe('edited by hand');
  });

  it('keeps a hostile exporter file name inside the folder', async () => {
    const folder = tempDir('export');
    const outcome = await exportNotebookTo(folder, fakeService([{ id: 'x', title: 'x', fileName: '../../etc/passwd.md' }]));
    expect(outcome.written).toHaveLength(1);
    expect(outcome.written[0]).not.toMatch(/[/\\]/);
    expect(readdirSync(folder)).toEqual(outcome.written);
  });

  it('reports a failing article by title and exports the others', async () => {
    const folder = tempDir('export');
    const outcome = await exportNotebookTo(
      folder,
      fakeService([
        { id: 'a', title: 'Broken', fails: true },
        { id: 'b', title: 'Fine' },
      ]),
    );
    expect(outcome.written).toEqual(['Fine.md']);
    expect(outcome.failed).toEqual([{ title: 'Broken', message: 'the file of this document is damaged' }]);
  });

  it('writes through the durable writer it is given', async () => {
    const write = vi.fn(async () => {});
    await exportNotebookTo('/nowhere', fakeService([{ id: 'a', title: 'A' }]), { write, readdir: async () => [] });
    expect(write).toHaveBeenCalledWith(join('/nowhere', 'A.md'), '# A\n\n(a)\n');
  });
});
