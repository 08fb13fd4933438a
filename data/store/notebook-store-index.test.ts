import { promises as fsp, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { makeDocumentFile } from '../test-support/fixtures';
import { useTempDirs } from '../test-support/temp-dir';
import { NotebookStore } from './notebook-store';

const tempDir = useTempDirs();
const docPath = (dir: string, id: string) => join(dir, 'documents', `${id}.json`);
const OLD = new Date('2020-01-01T00:00:00Z');

/** Counts the document files an open reads (library.json and the trash list are not documents). */
const openCountingReads = async (dir: string) => {
  const spy = vi.spyOn(fsp, 'readFile');
  try {
    const store = await NotebookStore.open(dir);
    const reads = spy.mock.calls.map((c) => String(c[0])).filter((p) => p.includes(`${join('documents', '')}`));
    return { store, reads: reads.map((p) => p.split(/[\\/]/).pop()) };
  } finally {
    spy.mockRestore();
  }
};

const notebookOf = async (dir: string, ids: string[]) => {
  const store = await NotebookStore.open(dir);
  for (const id of ids) await store.saveDocument(makeDocumentFile(id, [`text of ${id}`]));
};

/** Edits a title the way a sync tool or an editor might: new content, old mtime. */
const retitle = (dir: string, id: string, title: string) => {
  const file = makeDocumentFile(id, [`text of ${id}`]);
  file.document.title = title;
  writeFileSync(docPath(dir, id), JSON.stringify(file, null, 2));
  utimesSync(docPath(dir, id), OLD, OLD);
};

afterEach(() => vi.restoreAllMocks());

describe('NotebookStore index freshness', () => {
  it('refreshes an entry whose file changed even though its mtime was set back (sync tools keep mtimes)', async () => {
    const dir = tempDir();
    await notebookOf(dir, ['one', 'two']);
    retitle(dir, 'one', 'Edited elsewhere');
    expect(statSync(join(dir, 'library.json')).mtimeMs).toBeGreaterThan(statSync(docPath(dir, 'one')).mtimeMs);
    const { store, reads } = await openCountingReads(dir);
    expect(reads).toEqual(['one.json']);
    expect(store.listSummaries().find((s) => s.id === 'one')?.title).toBe('Edited elsewhere');
    // Written back, so the next open trusts it again and reads nothing.
    const again = await openCountingReads(dir);
    expect(again.reads).toEqual([]);
    expect(again.store.listSummaries().find((s) => s.id === 'one')?.title).toBe('Edited elsewhere');
  });

  it('notices an in-place edit of the same size with the mtime restored (same inode)', async () => {
    const dir = tempDir();
    await notebookOf(dir, ['one']);
    const path = docPath(dir, 'one');
    // A whole-second mtime survives utimes exactly; one open records the stamp with it.
    utimesSync(path, OLD, OLD);
    await NotebookStore.open(dir);
    const before = statSync(path);
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('Document one');
    const handle = await fsp.open(path, 'r+');
    await handle.write(text.replace('Document one', 'Dokument one'), 0, 'utf8');
    await handle.close();
    utimesSync(path, OLD, OLD);
    const after = statSync(path);
    expect([after.ino, after.size, after.mtimeMs]).toEqual([before.ino, before.size, before.mtimeMs]);
    const { store, reads } = await openCountingReads(dir);
    expect(reads).toEqual(['one.json']);
    expect(store.listSummaries()[0].title).toBe('Dokument one');
  });

  it('reads no document file when nothing changed, only the ones that did', async () => {
    const dir = tempDir();
    await notebookOf(dir, ['a', 'b', 'c', 'd']);
    expect((await openCountingReads(dir)).reads).toEqual([]);
    retitle(dir, 'c', 'C');
    expect((await openCountingReads(dir)).reads).toEqual(['c.json']);
  });

  it('records each file stamp in its entry, but never hands it out with the summaries', async () => {
    const dir = tempDir();
    await notebookOf(dir, ['one']);
    const entry = JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8')).documents[0];
    const stat = statSync(docPath(dir, 'one'));
    expect(entry.stamp).toEqual({ size: stat.size, mtimeMs: stat.mtimeMs, ctimeMs: stat.ctimeMs, ino: stat.ino });
    const { store } = await openCountingReads(dir);
    expect(store.listSummaries()[0]).not.toHaveProperty('stamp');
  });

  it('treats an entry without a stamp (an index from before stamps) as stale once, then stamps it', async () => {
    const dir = tempDir();
    await notebookOf(dir, ['one', 'two']);
    const libraryPath = join(dir, 'library.json');
    const library = JSON.parse(readFileSync(libraryPath, 'utf8'));
    for (const d of library.documents) delete d.stamp;
    library.documents[0].title = 'an outdated title';
    writeFileSync(libraryPath, JSON.stringify(library));
    const first = await openCountingReads(dir);
    expect(first.reads.sort()).toEqual(['one.json', 'two.json']);
    expect(first.store.listSummaries().map((s) => s.title).sort()).toEqual(['Document one', 'Document two']);
    expect(JSON.parse(readFileSync(libraryPath, 'utf8')).documents.every((d: { stamp?: unknown }) => d.stamp)).toBe(true);
    expect((await openCountingReads(dir)).reads).toEqual([]);
  });

  it('drops the entry of a file that vanished (no backup to bring it back) and adds an unknown file', async () => {
    const dir = tempDir();
    await notebookOf(dir, ['gone', 'kept']);
    rmSync(docPath(dir, 'gone'));
    writeFileSync(docPath(dir, 'new'), JSON.stringify(makeDocumentFile('new', ['x'])));
    const { store, reads } = await openCountingReads(dir);
    expect(reads).toEqual(['new.json']);
    expect(store.listSummaries().map((s) => s.id).sort()).toEqual(['kept', 'new']);
    const listed = JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8')).documents.map((d: { id: string }) => d.id);
    expect(listed.sort()).toEqual(['kept', 'new']);
  });

  it('stamps a document restored from the trash, so the next open does not read it again', async () => {
    const dir = tempDir();
    await notebookOf(dir, ['one']);
    const store = await NotebookStore.open(dir);
    await store.deleteDocument('one');
    await store.restoreDocument('one');
    expect((await openCountingReads(dir)).reads).toEqual([]);
  });
});
