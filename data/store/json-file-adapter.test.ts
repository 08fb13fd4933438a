import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../test-support/temp-dir';
import { nodeFs, type DurableFs } from './durable-write';
import { JsonFileAdapter, UnreadableFileError } from './json-file-adapter';

const tempDir = useTempDirs();

interface Note {
  schemaVersion: number;
  text: string;
}

/** A decoder that accepts only {schemaVersion: 1, text: string}, as migrate+validate would. */
const decodeNote = (raw: unknown): Note => {
  const r = raw as Partial<Note>;
  if (r.schemaVersion !== 1 || typeof r.text !== 'string') throw new Error('invalid content at text');
  return { schemaVersion: 1, text: r.text };
};

/** Logs every durable step; `failRename` makes the rename fail with EIO. */
const tracingFs = (trace: string[], options: { failRename?: () => boolean } = {}): DurableFs => ({
  async open(path, flags) {
    const handle = await nodeFs.open(path, flags);
    const isDir = (await handle.stat()).isDirectory();
    const name = path.split(/[\\/]/).pop();
    trace.push(isDir ? 'open folder' : `open ${name}`);
    const sync = handle.sync.bind(handle);
    handle.sync = async () => {
      trace.push(isDir ? 'fsync folder' : `fsync ${name}`);
      return sync();
    };
    return handle;
  },
  async rename(from, to) {
    if (options.failRename?.()) throw Object.assign(new Error('EIO: injected'), { code: 'EIO' });
    trace.push(`rename -> ${to.split(/[\\/]/).pop()}`);
    return nodeFs.rename(from, to);
  },
  unlink: nodeFs.unlink,
});

describe('JsonFileAdapter.read', () => {
  it('returns null for a file that does not exist yet, so lowdb starts from its defaults', async () => {
    const adapter = new JsonFileAdapter(join(tempDir(), 'note.json'), decodeNote);
    expect(await adapter.read()).toBeNull();
    const db = new Low<Note>(adapter, { schemaVersion: 1, text: 'default' });
    await db.read();
    expect(db.data.text).toBe('default');
  });

  it('passes the parsed JSON through the decoder and returns what it returns', async () => {
    const path = join(tempDir(), 'note.json');
    writeFileSync(path, JSON.stringify({ schemaVersion: 1, text: '繁體', extra: 'dropped by the decoder' }));
    expect(await new JsonFileAdapter(path, decodeNote).read()).toEqual({ schemaVersion: 1, text: '繁體' });
  });

  it('turns bad JSON and rejected content into UnreadableFileError with the path and the reason', async () => {
    const dir = tempDir();
    const torn = join(dir, 'torn.json');
    writeFileSync(torn, '{"schemaVersion":1,"te');
    const err = await new JsonFileAdapter(torn, decodeNote).read().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UnreadableFileError);
    expect(err).toMatchObject({ path: torn, reason: expect.stringMatching(/^not valid JSON \(/) });
    const wrong = join(dir, 'wrong.json');
    writeFileSync(wrong, JSON.stringify({ schemaVersion: 1, text: 7 }));
    await expect(new JsonFileAdapter(wrong, decodeNote).read()).rejects.toMatchObject({ name: 'UnreadableFileError', path: wrong, reason: 'invalid content at text' });
  });

  it('passes other read failures on as they are: the file is not known to be damaged', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'folder.json'));
    const err = await new JsonFileAdapter(join(dir, 'folder.json'), decodeNote).read().catch((e: unknown) => e);
    expect(err).not.toBeInstanceOf(UnreadableFileError);
    expect(err).toMatchObject({ code: 'EISDIR' });
  });
});

describe('JsonFileAdapter.write', () => {
  it('writes readable JSON durably: temp file, fsync, rename over the target, fsync the folder', async () => {
    const dir = tempDir();
    const path = join(dir, 'note.json');
    const trace: string[] = [];
    const db = new Low<Note>(new JsonFileAdapter(path, decodeNote, tracingFs(trace)), { schemaVersion: 1, text: '' });
    db.data.text = '阿里云';
    await db.write();
    expect(trace.map((t) => t.replace(/\.note\.json\.\d+\.\d+\.tmp/, 'TEMP'))).toEqual([
      'open TEMP',
      'fsync TEMP',
      'rename -> note.json',
      'open folder',
      'fsync folder',
    ]);
    expect(readFileSync(path, 'utf8')).toBe('{\n  "schemaVersion": 1,\n  "text": "阿里云"\n}\n');
    expect(readdirSync(dir)).toEqual(['note.json']);
    expect(await new JsonFileAdapter(path, decodeNote).read()).toEqual({ schemaVersion: 1, text: '阿里云' });
  });

  it('leaves the old file byte for byte and no temp file when the write fails, and the next write still goes through', async () => {
    const dir = tempDir();
    const path = join(dir, 'note.json');
    writeFileSync(path, 'the old bytes, whatever they are');
    let failing = true;
    const adapter = new JsonFileAdapter(path, decodeNote, tracingFs([], { failRename: () => failing }));
    await expect(adapter.write({ schemaVersion: 1, text: 'new' })).rejects.toMatchObject({ code: 'EIO' });
    expect(readFileSync(path, 'utf8')).toBe('the old bytes, whatever they are');
    expect(readdirSync(dir)).toEqual(['note.json']);
    failing = false;
    await adapter.write({ schemaVersion: 1, text: 'new' });
    expect(JSON.parse(readFileSync(path, 'utf8')).text).toBe('new');
  });

  it('queues writes to one file: each finishes before the next starts, and the last one wins', async () => {
    const dir = tempDir();
    const path = join(dir, 'note.json');
    const trace: string[] = [];
    const adapter = new JsonFileAdapter(path, decodeNote, tracingFs(trace));
    await Promise.all(['first', 'second', 'third'].map((text) => adapter.write({ schemaVersion: 1, text })));
    const steps = trace.map((t) => (t.startsWith('open .') ? 'open temp' : t.startsWith('fsync .') ? 'fsync temp' : t));
    const one = ['open temp', 'fsync temp', 'rename -> note.json', 'open folder', 'fsync folder'];
    expect(steps).toEqual([...one, ...one, ...one]);
    expect(JSON.parse(readFileSync(path, 'utf8')).text).toBe('third');
  });
});
