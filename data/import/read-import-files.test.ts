import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../test-support/temp-dir';
import { importFailure, readImportData, readImportFiles } from './read-import-files';

const tempDir = useTempDirs();

const collect = async <T>(items: AsyncIterable<T>): Promise<T[]> => {
  const all: T[] = [];
  for await (const item of items) all.push(item);
  return all;
};

describe('readImportFiles', () => {
  it('gives each file in order: a parsed document, or its refusal with the reason', async () => {
    const dir = tempDir();
    const [good, empty] = [join(dir, '雲端.txt'), join(dir, 'empty.txt')];
    writeFileSync(good, '雲端的下一步\n\n公共云優先。');
    writeFileSync(empty, '');
    const readings = await collect(readImportFiles([empty, good]));
    expect(readings).toEqual([
      { fileName: 'empty.txt', path: empty, refused: { file: empty, message: 'empty.txt: the file is empty', reason: 'empty', params: { file: 'empty.txt' } } },
      { fileName: '雲端.txt', path: good, document: expect.objectContaining({ title: '雲端的下一步', format: 'text', encoding: 'utf-8' }) },
    ]);
  });

  it('reads a file only when it is asked for, so a caller can act before the next one', async () => {
    const dir = tempDir();
    const [first, second] = [join(dir, 'a.txt'), join(dir, 'b.txt')];
    writeFileSync(first, 'A\n\nText.');
    const readings = readImportFiles([first, second]);
    expect(await readings.next()).toMatchObject({ value: { fileName: 'a.txt', document: { title: 'A' } } });
    // b.txt does not exist yet: had it been read ahead, it would be refused as missing.
    writeFileSync(second, 'B\n\nText.');
    expect(await readings.next()).toMatchObject({ value: { fileName: 'b.txt', document: { title: 'B' } } });
    expect((await readings.next()).done).toBe(true);
  });
});

describe('readImportData', () => {
  it('names sent files by their base name, whatever path came with them', async () => {
    const readings = await collect(
      readImportData([
        { fileName: 'C:\\Users\\me\\筆記.txt', dataBase64: Buffer.from('筆記\n\n內容。').toString('base64') },
        { fileName: '../up/blank.txt', dataBase64: Buffer.from('  \n').toString('base64') },
      ]),
    );
    expect(readings[0]).toMatchObject({ fileName: '筆記.txt', document: { title: '筆記' } });
    expect(readings[0]).not.toHaveProperty('path');
    expect(readings[1]).toMatchObject({ fileName: 'blank.txt', refused: { file: 'blank.txt', reason: 'only_whitespace' } });
  });
});

describe('importFailure', () => {
  it('lets anything but a GlossaError through as the bug it is', () => {
    const bug = new TypeError('x is undefined');
    expect(() => importFailure(bug, 'a.txt')).toThrow(bug);
  });
});
