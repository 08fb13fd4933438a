import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../data/test-support/temp-dir';
import { glossaInProcess } from './test-helpers';

const tempDir = useTempDirs();
const BIN = join(__dirname, '../bin/glossa.cjs');

/** The real command, in its own process. */
const glossa = (notebook: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args, '--notebook', notebook], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

/** Every file under dir with its bytes and modification time: "changed nothing" made checkable. */
const snapshot = (dir: string): Record<string, string> => {
  const files: Record<string, string> = {};
  const walk = (at: string) => {
    for (const entry of readdirSync(at, { withFileTypes: true })) {
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(dir, path)] = `${statSync(path).mtimeMs} ${readFileSync(path, 'base64')}`;
    }
  };
  walk(dir);
  return files;
};

const sources = () => {
  const dir = tempDir('src');
  const files = { empty: join(dir, 'empty.txt'), blank: join(dir, 'blank.md'), good: join(dir, '雲端.txt') };
  writeFileSync(files.empty, '');
  writeFileSync(files.blank, ' \n\u3000\n');
  writeFileSync(files.good, '雲端的下一步\n\n公共云優先。\n');
  return files;
};

describe('glossa import refusals', { timeout: 60_000 }, () => {
  it('refused into a new notebook folder: exit 1, one line naming the problem, and no folder created', () => {
    const { empty } = sources();
    const nb = join(tempDir(), 'new notebook');
    const r = glossa(nb, 'import', empty);
    expect(r).toEqual({ code: 1, out: '', err: 'glossa: empty.txt: the file is empty\n' });
    expect(existsSync(nb)).toBe(false);
  });

  it('refused into an empty folder: the folder stays empty', () => {
    const { empty, blank } = sources();
    const nb = tempDir('nb');
    const r = glossa(nb, 'import', empty, blank, join(nb, 'missing.txt'));
    expect(r.code).toBe(1);
    expect(r.err.split('\n')).toEqual([
      'glossa: empty.txt: the file is empty',
      'glossa: blank.md: it contains only whitespace',
      'glossa: missing.txt: cannot read it (no such file)',
      '',
    ]);
    expect(readdirSync(nb)).toEqual([]);
  });

  it('refused into an existing notebook: not one of its files changes', async () => {
    const { empty, good } = sources();
    const nb = tempDir('nb');
    expect((await glossaInProcess(nb, 'import', good)).code).toBe(0);
    const before = snapshot(nb);
    expect(await glossaInProcess(nb, 'import', empty)).toEqual({ code: 1, out: '', err: 'glossa: empty.txt: the file is empty\n' });
    expect(snapshot(nb)).toEqual(before);
  });

  it('imports the accepted files of a batch and names each refused one, without a summary line', async () => {
    const { empty, blank, good } = sources();
    const nb = join(tempDir(), 'nb');
    const r = await glossaInProcess(nb, 'import', empty, good, blank);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(/^imported [0-9a-f]{16} {2}雲端的下一步 {2}\(utf-8, 1 blocks, 6 characters\)\n$/);
    expect(r.err).toBe('glossa: empty.txt: the file is empty\nglossa: blank.md: it contains only whitespace\n');
    expect((await glossaInProcess(nb, 'list', '--json')).out).toContain('雲端的下一步');
  });

  it('with --json prints the report, refusals with their reason, and still creates nothing', async () => {
    const { empty } = sources();
    const nb = join(tempDir(), 'nb');
    const r = await glossaInProcess(nb, 'import', empty, '--json');
    expect(r.code).toBe(1);
    expect(JSON.parse(r.out)).toEqual({
      imported: [],
      failed: [{ file: empty, message: 'empty.txt: the file is empty', reason: 'empty', params: { file: 'empty.txt' } }],
    });
    expect(r.err).toBe('glossa: empty.txt: the file is empty\n');
    expect(existsSync(nb)).toBe(false);
  });

  it('exits 0 when every file is accepted', async () => {
    const { good } = sources();
    const nb = tempDir('nb');
    mkdirSync(join(nb, 'sub'));
    const r = await glossaInProcess(join(nb, 'sub'), 'import', good);
    expect(r).toMatchObject({ code: 0, err: '' });
  });
});
