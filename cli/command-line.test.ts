import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../data/test-support/temp-dir';
import { runCli } from './main';
import { glossaInProcess as glossa } from './test-helpers';

const tempDir = useTempDirs();

const ARTICLE = '雲端的下一步\n\n阿里云宣布公共云優先。\n';

/** A notebook holding ARTICLE, and the article's record. */
const imported = async () => {
  const nb = tempDir();
  const file = join(tempDir(), '文章.txt');
  writeFileSync(file, ARTICLE);
  const [doc] = JSON.parse((await glossa(nb, 'import', file, '--json')).out).imported;
  return { nb, doc };
};

const run = async (...argv: string[]) => {
  let out = '';
  let err = '';
  const code = await runCli(argv, { out: (t) => void (out += t), err: (t) => void (err += t) }, {});
  return { code, out, err };
};

describe('a command line without a command', () => {
  it('says the command is missing, never that an option is an unknown command', async () => {
    const nb = join(tempDir(), 'notebook');
    for (const argv of [['--notebook', nb, '--json'], ['--json'], ['--notebook', nb], []]) {
      const r = await run(...argv);
      expect(r.code).toBe(2);
      expect(r.out).toBe('');
      expect(r.err).toMatch(/^glossa: a command is missing\n\nUsage: glossa <command>/);
    }
    expect(existsSync(nb)).toBe(false);
  });

  it('still finds a command after the global options, and help anywhere', async () => {
    const nb = tempDir();
    expect(await run('--notebook', nb, '--json', 'list')).toMatchObject({ code: 0, out: '[]\n', err: '' });
    expect(await run('--json', '--help')).toMatchObject({ code: 0, out: expect.stringMatching(/^Usage: glossa/) });
  });
});

describe('glossa export DOC --json', () => {
  it('prints the note as JSON with its article id and file name; without --json, the bare Markdown', async () => {
    const { nb, doc } = await imported();
    const markdown = (await glossa(nb, 'export', doc.id)).out;
    expect(markdown.startsWith('---\ntitle: 雲端的下一步\n')).toBe(true);
    const json = await glossa(nb, 'export', doc.id, '--json');
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({ documentId: doc.id, fileName: '雲端的下一步.md', markdown });
  });

  it('with --out writes the Markdown and describes the file as JSON', async () => {
    const { nb, doc } = await imported();
    const out = join(tempDir(), 'note.md');
    const r = await glossa(nb, 'export', doc.id, '--out', out, '--json');
    expect(r.err).toBe('');
    const markdown = readFileSync(out, 'utf8');
    expect(JSON.parse(r.out)).toEqual({ documentId: doc.id, fileName: '雲端的下一步.md', path: out, bytes: Buffer.byteLength(markdown) });
  });

  it('gives the notebook forms the same JSON shape', async () => {
    const { nb, doc } = await imported();
    await glossa(nb, 'annotate', doc.id, '--quote', '公共云優先', '--tag', '策略');
    const annotated = JSON.parse((await glossa(nb, 'export', doc.id, '--annotated', '--json')).out);
    expect(annotated).toMatchObject({ documentId: doc.id, fileName: '雲端的下一步.md', markdown: expect.stringContaining('==公共云優先==') });
    const byTag = JSON.parse((await glossa(nb, 'export', '--tag', '策略', '--json')).out);
    expect(byTag).toMatchObject({ tag: '策略', markdown: expect.stringContaining('> 公共云優先') });
  });
});

describe('plain words for plain mistakes', () => {
  it('refuses an --end before --start as a usage error that names both', async () => {
    const { nb, doc } = await imported();
    const r = await glossa(nb, 'annotate', doc.id, '--start', '5', '--end', '3');
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe('glossa: --end (3) must be after --start (5)');
  });

  it('names the missing folder of --out, never the temporary file it writes through', async () => {
    const { nb, doc } = await imported();
    const out = join(tempDir(), 'no-such-folder', 'note.md');
    const r = await glossa(nb, 'export', doc.id, '--out', out);
    expect(r.code).toBe(1);
    expect(r.err).toBe(`glossa: cannot write ${out}: the folder ${join(out, '..')} does not exist\n`);
  });

  it('counts one excerpt in the singular', async () => {
    const { nb, doc } = await imported();
    await glossa(nb, 'annotate', doc.id, '--quote', '公共云優先', '--tag', '策略');
    expect((await glossa(nb, 'list')).out).toMatch(/ {2}1 excerpt {3}雲端的下一步\n$/);
  });
});
