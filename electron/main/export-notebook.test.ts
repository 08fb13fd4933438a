import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { DocumentSummary } from '../../data/model/schemas';
import { GlossaError } from '../../data/model/result';
import { makeDocumentFile } from '../../data/test-support/fixtures';
import { useTempDirs } from '../../data/test-support/temp-dir';
import { exportNotebookTo, type ExportingService } from './export-notebook';

const tempDir = useTempDirs();

/** A service over small in-memory documents; `fails` makes one unreadable. */
const fakeService = (docs: { id: string; title: string; fails?: boolean }[]): ExportingService => {
  const files = docs.map((d, i) => {
    const file = makeDocumentFile(d.id, [`Text of ${d.title}.`], `2026-01-0${i + 1}T00:00:00.000Z`);
    file.document.title = d.title;
    return file;
  });
  return {
    listDocuments: async () =>
      files.map((f) => ({ id: f.document.id, title: f.document.title, createdAt: f.document.createdAt, tagCounts: {} }) as unknown as DocumentSummary),
    getDocument: async ({ id }) => {
      if (docs.find((d) => d.id === id)?.fails) throw new GlossaError('io', 'the file of this document is damaged');
      const file = files.find((f) => f.document.id === id)!;
      return { document: file.document, annotations: file.annotations };
    },
    getSettings: async () => ({}),
  };
};

describe('exportNotebookTo', () => {
  it('writes one note per article (distinct names for equal titles) and an index', async () => {
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
    expect(readdirSync(folder).sort()).toEqual(['Glossa index.md', 'Notes.md', '雲端策略 (2).md', '雲端策略.md']);
    expect(readFileSync(join(folder, '雲端策略 (2).md'), 'utf8')).toContain('\n# 雲端策略\n');
    expect(readFileSync(join(folder, 'Glossa index.md'), 'utf8')).toContain('- [[雲端策略 (2)]]');
    expect(outcome.failed).toEqual([]);
  });

  it('never overwrites a file it did not write (names compared case-insensitively)', async () => {
    const folder = tempDir('export');
    writeFileSync(join(folder, 'notes.md'), 'edited by hand');
    const outcome = await exportNotebookTo(folder, fakeService([{ id: 'c', title: 'Notes' }]));
    expect(outcome.written).toEqual(['Notes (2).md']);
    expect(readFileSync(join(folder, 'notes.md'), 'utf8')).toBe('edited by hand');
  });

  it('updates its own notes in place when exported again, keeping what the person added', async () => {
    const folder = tempDir('export');
    const service = fakeService([{ id: 'c', title: 'Notes' }]);
    await exportNotebookTo(folder, service);
    const path = join(folder, 'Notes.md');
    writeFileSync(path, `${readFileSync(path, 'utf8')}\nMy paragraph.\n`);
    const outcome = await exportNotebookTo(folder, service);
    expect(outcome.written).toEqual(['Notes.md']);
    expect(readdirSync(folder).sort()).toEqual(['Glossa index.md', 'Notes.md']);
    expect(readFileSync(path, 'utf8').endsWith('\nMy paragraph.\n')).toBe(true);
  });

  it('keeps a hostile title inside the folder', async () => {
    const folder = tempDir('export');
    const outcome = await exportNotebookTo(folder, fakeService([{ id: 'x', title: '../../etc/passwd' }]));
    expect(outcome.written).toEqual(['etc-passwd.md']);
    expect(readdirSync(folder).sort()).toEqual(['Glossa index.md', 'etc-passwd.md']);
  });

  it('reports an article that cannot be read by title and exports the others', async () => {
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

  it('reports a note that cannot be written by title and writes the others', async () => {
    const folder = tempDir('export');
    const write = vi.fn(async (path: string, content: string) => {
      if (path.endsWith('Broken.md')) throw new Error('disk full');
      writeFileSync(path, content);
    });
    const outcome = await exportNotebookTo(folder, fakeService([{ id: 'a', title: 'Broken' }, { id: 'b', title: 'Fine' }]), { write });
    expect(outcome.written).toEqual(['Fine.md']);
    expect(outcome.failed).toEqual([{ title: 'Broken', message: 'disk full' }]);
    expect(write).toHaveBeenCalledWith(join(folder, 'Fine.md'), expect.stringContaining('# Fine'));
  });
});
