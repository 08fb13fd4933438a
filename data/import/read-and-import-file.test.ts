import { createHash } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SIMPLIFIED_SAMPLE } from './fixtures/chinese-samples';
import { asyncRefusalOf } from './fixtures/test-support';
import { importBytes } from './import-bytes';
import { MAX_IMPORT_BYTES } from './limits';
import { readAndImportFile } from './read-and-import-file';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'glossa-import-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readAndImportFile', () => {
  it('imports a file under its base name and leaves it untouched', async () => {
    const path = join(dir, '茶馆.txt');
    const bytes = new Uint8Array(Buffer.from(SIMPLIFIED_SAMPLE, 'utf8'));
    await writeFile(path, bytes);
    const before = await stat(path);

    const doc = await readAndImportFile(path);

    expect(doc).toEqual(importBytes({ bytes, fileName: '茶馆.txt' }));
    expect(doc.title).toBe('江南小城的茶馆');
    expect(doc.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
    const after = await stat(path);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(new Uint8Array(await readFile(path))).toEqual(bytes);
  });

  it('refuses a missing file', async () => {
    expect(await asyncRefusalOf(() => readAndImportFile(join(dir, 'nope.txt')))).toBe(
      'nope.txt: cannot read it (no such file)',
    );
  });

  it('refuses a directory', async () => {
    expect(await asyncRefusalOf(() => readAndImportFile(dir))).toMatch(/: cannot read it \(it is a folder, not a file\)$/);
  });

  it('refuses an oversized file from its size alone', async () => {
    const path = join(dir, 'sparse.txt');
    await writeFile(path, '');
    await truncate(path, MAX_IMPORT_BYTES + 10 * 1024 * 1024); // sparse: no 60 MB written
    expect(await asyncRefusalOf(() => readAndImportFile(path))).toBe(
      'sparse.txt: it is 60 MB, larger than the 50 MB import limit',
    );
  });

  it.skipIf(process.getuid?.() === 0 || process.platform === 'win32')('refuses a file it may not read', async () => {
    const path = join(dir, 'locked.txt');
    await writeFile(path, 'secret');
    await chmod(path, 0o000);
    try {
      expect(await asyncRefusalOf(() => readAndImportFile(path))).toBe('locked.txt: cannot read it (permission denied)');
    } finally {
      await chmod(path, 0o600);
    }
  });

  it('passes import refusals through with the base name', async () => {
    const path = join(dir, 'empty.md');
    await writeFile(path, '');
    expect(await asyncRefusalOf(() => readAndImportFile(path))).toBe('empty.md: the file is empty');
  });
});
