import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocumentFile } from '../test-support/fixtures';
import { useTempDirs } from '../test-support/temp-dir';
import { NotebookStore } from './notebook-store';

const tempDir = useTempDirs();

const docPath = (dir: string, id: string) => join(dir, 'documents', `${id}.json`);

describe('NotebookStore', () => {
  it('keeps documents in readable JSON files and finds them again after reopening', async () => {
    const dir = tempDir();
    const store = await NotebookStore.open(dir);
    await store.saveDocument(makeDocumentFile('aaa', ['阿里云正面向未來', 'second paragraph']));
    const onDisk = JSON.parse(readFileSync(docPath(dir, 'aaa'), 'utf8'));
    expect(onDisk.schemaVersion).toBe(1);
    expect(onDisk.document.blocks[0].runs[0].text).toBe('阿里云正面向未來');
    const library = JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8'));
    expect(library.documents.map((d: { id: string }) => d.id)).toEqual(['aaa']);

    const reopened = await NotebookStore.open(dir);
    expect(reopened.listSummaries()).toMatchObject([{ id: 'aaa', characters: 8 + 2 + 16, blockCount: 2 }]);
    expect((await reopened.readDocument('aaa')).document.blocks).toHaveLength(2);
    expect(reopened.problems).toEqual([]);
  });

  it('writes only the document file when an edit does not change its index entry', async () => {
    const dir = tempDir();
    const store = await NotebookStore.open(dir);
    const file = makeDocumentFile('aaa', ['text']);
    await store.saveDocument(file);
    const libraryBefore = readFileSync(join(dir, 'library.json'));
    const libraryMtime = statSync(join(dir, 'library.json')).mtimeMs;
    file.document.note = 'a note';
    file.document.updatedAt = '2026-05-05T00:00:00.000Z';
    await store.saveDocument(file);
    expect(readFileSync(join(dir, 'library.json'))).toEqual(libraryBefore);
    expect(statSync(join(dir, 'library.json')).mtimeMs).toBe(libraryMtime);
    // The next open sees the file differs from its stamp in the index and refreshes its entry.
    const reopened = await NotebookStore.open(dir);
    expect(reopened.listSummaries()[0].updatedAt).toBe('2026-05-05T00:00:00.000Z');
  });

  it('rebuilds a missing index from documents/', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'documents'), { recursive: true });
    writeFileSync(docPath(dir, 'one'), JSON.stringify(makeDocumentFile('one', ['x'])));
    writeFileSync(docPath(dir, 'two'), JSON.stringify(makeDocumentFile('two', ['y', 'z'])));
    const store = await NotebookStore.open(dir);
    expect(store.listSummaries().map((s) => s.id).sort()).toEqual(['one', 'two']);
    expect(existsSync(join(dir, 'library.json'))).toBe(true);
  });

  it('picks up a document file that arrived after the index was written (sync from another machine)', async () => {
    const dir = tempDir();
    const store = await NotebookStore.open(dir);
    await store.saveDocument(makeDocumentFile('one', ['x']));
    writeFileSync(docPath(dir, 'two'), JSON.stringify(makeDocumentFile('two', ['y'])));
    const reopened = await NotebookStore.open(dir);
    expect(reopened.listSummaries().map((s) => s.id).sort()).toEqual(['one', 'two']);
  });

  it('moves a damaged document file to quarantine/ untouched and opens the rest', async () => {
    const dir = tempDir();
    const store = await NotebookStore.open(dir);
    await store.saveDocument(makeDocumentFile('good', ['fine']));
    await store.saveDocument(makeDocumentFile('bad', ['soon broken']));
    const damaged = Buffer.from('{"schemaVersion":1,"document":{"id":"bad", "tit');
    writeFileSync(docPath(dir, 'bad'), damaged);

    // Found either while opening (its stamp changed) or on first read.
    const reopened = await NotebookStore.open(dir);
    const error = await reopened.readDocument('bad').catch((e: { code: string }) => e);
    expect(['io', 'not_found']).toContain((error as { code: string }).code);
    expect(reopened.problems).toHaveLength(1);
    expect(reopened.problems[0].problem).toMatch(/not valid JSON/);
    const moved = readdirSync(join(dir, 'quarantine'));
    expect(moved).toHaveLength(1);
    expect(readFileSync(join(dir, 'quarantine', moved[0]))).toEqual(damaged);
    expect(reopened.listSummaries().map((s) => s.id)).toEqual(['good']);
    expect((await reopened.readDocument('good')).document.id).toBe('good');
  });

  it('quarantines a file that parses but fails validation, found while rebuilding the index', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'documents'), { recursive: true });
    const invalid = makeDocumentFile('inv', ['x']) as unknown as { document: Record<string, unknown> };
    delete invalid.document.blocks;
    writeFileSync(docPath(dir, 'inv'), JSON.stringify(invalid));
    writeFileSync(docPath(dir, 'ok'), JSON.stringify(makeDocumentFile('ok', ['y'])));
    const store = await NotebookStore.open(dir);
    expect(store.listSummaries().map((s) => s.id)).toEqual(['ok']);
    expect(store.problems[0]).toMatchObject({ problem: expect.stringMatching(/document\.blocks/) });
    expect(existsSync(docPath(dir, 'inv'))).toBe(false);
  });

  it('refuses a file from a newer Glossa by moving it aside with that reason', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'documents'), { recursive: true });
    writeFileSync(docPath(dir, 'new'), JSON.stringify({ ...makeDocumentFile('new', ['x']), schemaVersion: 99 }));
    const store = await NotebookStore.open(dir);
    expect(store.problems[0].problem).toMatch(/newer Glossa \(schema 99/);
  });

  it('rebuilds a damaged library.json after setting it aside', async () => {
    const dir = tempDir();
    const store = await NotebookStore.open(dir);
    await store.saveDocument(makeDocumentFile('one', ['x']));
    writeFileSync(join(dir, 'library.json'), 'garbage');
    const reopened = await NotebookStore.open(dir);
    expect(reopened.listSummaries().map((s) => s.id)).toEqual(['one']);
    expect(reopened.problems[0].file).toBe(join(dir, 'library.json'));
    expect(JSON.parse(readFileSync(join(dir, 'library.json'), 'utf8')).documents).toHaveLength(1);
  });

  it('moves a deleted document to trash/ where it can be recovered', async () => {
    const dir = tempDir();
    const store = await NotebookStore.open(dir);
    await store.saveDocument(makeDocumentFile('gone', ['x']));
    await store.deleteDocument('gone');
    expect(store.listSummaries()).toEqual([]);
    expect(existsSync(join(dir, 'trash', 'gone.json'))).toBe(true);
    await expect(store.readDocument('gone')).rejects.toMatchObject({ code: 'not_found' });
    expect((await NotebookStore.open(dir)).listSummaries()).toEqual([]);
  });

  it('survives a process killed in the middle of saving: the file is the old or the new version', async () => {
    const dir = tempDir();
    const store = await NotebookStore.open(dir);
    await store.saveDocument(makeDocumentFile('big', ['v0']));
    // A child keeps saving a ~2 MB document with increasing versions until it is killed.
    const child = spawn(
      process.execPath,
      ['-e', `
        require('tsx/cjs/api').register();
        const { NotebookStore } = require(${JSON.stringify(join(__dirname, 'notebook-store.ts'))});
        const { makeDocumentFile } = require(${JSON.stringify(join(__dirname, '../test-support/fixtures.ts'))});
        (async () => {
          const store = await NotebookStore.open(${JSON.stringify(dir)});
          for (let v = 1; ; v++) {
            const paragraphs = Array.from({ length: 2000 }, (_, i) => 'v' + v + ' 阿里云'.repeat(100) + i);
            await store.saveDocument(makeDocumentFile('big', paragraphs));
            process.stdout.write('saved ' + v + '\\n');
          }
        })();
      `],
      { cwd: join(__dirname, '../..'), stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let saved = 0;
    await new Promise<void>((resolve) => {
      child.stdout.on('data', (chunk: Buffer) => {
        saved = Number(/saved (\d+)\n$/.exec(chunk.toString())?.[1] ?? saved);
        if (saved >= 3) {
          setTimeout(() => child.kill('SIGKILL'), 7);
          resolve();
        }
      });
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const reopened = await NotebookStore.open(dir);
    expect(reopened.problems).toEqual([]);
    const file = await reopened.readDocument('big');
    const version = Number(/^v(\d+) /.exec(file.document.blocks[0].runs[0].text)?.[1]);
    expect(version).toBeGreaterThanOrEqual(saved);
    expect(readdirSync(join(dir, 'documents'))).toEqual(['big.json']);
  });
});
