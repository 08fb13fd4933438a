import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../test-support/temp-dir';
import { quarantine } from './quarantine';

const tempDir = useTempDirs();

afterEach(() => vi.useRealTimers());

describe('quarantine', () => {
  it('moves the file into quarantine/ byte for byte, dated, and says where', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'documents'));
    const path = join(dir, 'documents', 'abc.json');
    const bytes = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x00, 0xe9, 0x98, 0xbf]); // not even UTF-8
    writeFileSync(path, bytes);
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-04T05:06:07.089Z'));
    const movedTo = await quarantine(dir, path);
    expect(movedTo).toBe(join(dir, 'quarantine', '2026-03-04T05-06-07-089Z-abc.json'));
    expect(readFileSync(movedTo)).toEqual(bytes);
    expect(existsSync(path)).toBe(false);
  });

  it('never overwrites: files of the same name set aside at the same moment all keep their bytes', async () => {
    const dir = tempDir();
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-04T05:06:07.089Z'));
    const moved: string[] = [];
    for (const [folder, content] of [['documents', 'one'], ['trash', 'two'], ['documents', 'three']]) {
      mkdirSync(join(dir, folder), { recursive: true });
      writeFileSync(join(dir, folder, 'abc.json'), content);
      moved.push(await quarantine(dir, join(dir, folder, 'abc.json')));
    }
    expect(new Set(moved).size).toBe(3);
    expect(moved.map((p) => readFileSync(p, 'utf8'))).toEqual(['one', 'two', 'three']);
    expect(readdirSync(join(dir, 'quarantine')).sort()).toEqual([
      '2026-03-04T05-06-07-089Z-2-abc.json',
      '2026-03-04T05-06-07-089Z-3-abc.json',
      '2026-03-04T05-06-07-089Z-abc.json',
    ]);
  });

  it('fails, changing nothing else, when the file is already gone', async () => {
    const dir = tempDir();
    await expect(quarantine(dir, join(dir, 'library.json'))).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(join(dir, 'quarantine'))).toEqual([]);
  });
});
