import { existsSync, promises as fsp, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../test-support/temp-dir';
import { nodeFs, writeFileDurably, type DurableFs } from './durable-write';

const tempDir = useTempDirs();

/** Records every durable step in order, tagging fsyncs by what was opened. */
const tracingFs = (trace: string[]): DurableFs => ({
  async open(path, flags) {
    const handle = await nodeFs.open(path, flags);
    const isDir = (await handle.stat()).isDirectory();
    if (!isDir) trace.push(`write temp ${path.split('/').pop()}`);
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      trace.push(isDir ? 'fsync folder' : 'fsync temp');
      return sync();
    };
    return handle;
  },
  async rename(from, to) {
    trace.push(`rename -> ${to.split('/').pop()}`);
    return nodeFs.rename(from, to);
  },
  unlink: nodeFs.unlink,
});

describe('writeFileDurably', () => {
  it('writes a temp file, fsyncs it, renames it over the target, then fsyncs the folder', async () => {
    const dir = tempDir();
    const target = join(dir, 'library.json');
    const trace: string[] = [];
    await writeFileDurably(target, '{"a":1}', tracingFs(trace));
    expect(trace).toHaveLength(4);
    expect(trace[0]).toMatch(/^write temp \.library\.json\.\d+\.\d+\.tmp$/);
    expect(trace.slice(1)).toEqual(['fsync temp', 'rename -> library.json', 'fsync folder']);
    expect(readFileSync(target, 'utf8')).toBe('{"a":1}');
    expect(readdirSync(dir)).toEqual(['library.json']);
  });

  it('leaves the previous file byte-identical and no temp file when the disk is full, and a retry succeeds', async () => {
    const dir = tempDir();
    const target = join(dir, 'doc.json');
    writeFileSync(target, 'previous content');
    let full = true;
    const fullDisk: DurableFs = {
      ...nodeFs,
      async open(path, flags) {
        const handle = await nodeFs.open(path, flags);
        const write = handle.writeFile.bind(handle);
        handle.writeFile = async (data: Parameters<typeof write>[0]) => {
          if (full) throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
          return write(data);
        };
        return handle;
      },
    };
    await expect(writeFileDurably(target, 'new content', fullDisk)).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(readFileSync(target, 'utf8')).toBe('previous content');
    expect(readdirSync(dir)).toEqual(['doc.json']);
    full = false;
    await writeFileDurably(target, 'new content', fullDisk);
    expect(readFileSync(target, 'utf8')).toBe('new content');
  });

  it('fails when the folder does not exist, creating nothing', async () => {
    const dir = tempDir();
    await expect(writeFileDurably(join(dir, 'missing', 'x.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(existsSync(join(dir, 'missing'))).toBe(false);
    await expect(fsp.readdir(dir)).resolves.toEqual([]);
  });
});
