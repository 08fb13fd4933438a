import { existsSync, mkdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeDocumentFile } from '../test-support/fixtures';
import { useTempDirs } from '../test-support/temp-dir';
import { LEFTOVER_TEMP_AGE_MS, removeLeftoverTempFiles } from './leftover-temp-files';
import { NotebookStore } from './notebook-store';

const tempDir = useTempDirs();

const age = (path: string, ms: number) => {
  const at = new Date(Date.now() - ms);
  utimesSync(path, at, at);
};

describe('removeLeftoverTempFiles', () => {
  it('removes temp files older than the limit and keeps young ones another process may be writing', async () => {
    const dir = tempDir();
    const old = join(dir, '.one.json.111.1.tmp');
    const young = join(dir, '.two.json.222.1.tmp');
    writeFileSync(old, 'half a write');
    writeFileSync(young, 'being written');
    age(old, LEFTOVER_TEMP_AGE_MS + 60_000);
    age(young, LEFTOVER_TEMP_AGE_MS - 60_000);
    expect(await removeLeftoverTempFiles([dir])).toEqual([old]);
    expect(existsSync(old)).toBe(false);
    expect(existsSync(young)).toBe(true);
  });

  it('leaves everything that is not a dot-named .tmp file alone, however old', async () => {
    const dir = tempDir();
    const keep = ['doc.json', 'notes.tmp', '.hidden', '.doc.json.tmp.bak'].map((n) => join(dir, n));
    for (const p of keep) {
      writeFileSync(p, 'x');
      age(p, 24 * 60 * 60 * 1000);
    }
    mkdirSync(join(dir, '.folder.tmp'));
    expect(await removeLeftoverTempFiles([dir])).toEqual([]);
    for (const p of keep) expect(existsSync(p)).toBe(true);
    expect(existsSync(join(dir, '.folder.tmp'))).toBe(true);
  });

  it('passes over a folder that does not exist yet', async () => {
    await expect(removeLeftoverTempFiles([join(tempDir(), 'trash')])).resolves.toEqual([]);
  });
});

describe('NotebookStore.open and temp files', () => {
  it('clears old leftovers in the notebook, documents/ and trash/ but not a temp file written just now', async () => {
    const dir = tempDir();
    await (await NotebookStore.open(dir)).saveDocument(makeDocumentFile('one', ['x']));
    const leftovers = [join(dir, '.library.json.1.1.tmp'), join(dir, 'documents', '.one.json.1.2.tmp'), join(dir, 'trash', '.trash.index.json.1.3.tmp')];
    for (const p of leftovers) {
      writeFileSync(p, '{');
      age(p, LEFTOVER_TEMP_AGE_MS + 1000);
    }
    const inFlight = join(dir, 'documents', '.one.json.2.1.tmp');
    writeFileSync(inFlight, '{"partial":');
    const store = await NotebookStore.open(dir);
    for (const p of leftovers) expect(existsSync(p)).toBe(false);
    expect(existsSync(inFlight)).toBe(true);
    expect(store.listSummaries().map((s) => s.id)).toEqual(['one']);
  });
});
