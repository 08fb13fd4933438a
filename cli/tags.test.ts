import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../data/test-support/temp-dir';
import { glossaInProcess } from './test-helpers';

const tempDir = useTempDirs();
const BIN = join(__dirname, '../bin/glossa.cjs');

/** The real command in its own process, as a person would run it (slow: kept to a few). */
const spawned = (notebook: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args, '--notebook', notebook], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

/** The same command line in this process: same parsing and output, no start-up cost. */
const glossa = glossaInProcess;

const ARTICLE = '雲端的下一步\n\n阿里云宣布公共云優先。阿里云也開源了模型。\n\n比起模型更想賣算力\n\n研究所的報告說明了成本。\n';

describe('glossa tags, tag, excerpts and colors', { timeout: 180_000 }, () => {
  it('collects excerpts by tag, renames a tag hierarchically, and names colours', async () => {
    const nb = tempDir();
    const file = join(tempDir(), '文章.txt');
    writeFileSync(file, ARTICLE);
    const doc = JSON.parse((await glossa(nb, 'import', file, '--json')).out).imported[0];
    const annotate = async (...args: string[]) => {
      const r = await glossa(nb, 'annotate', doc.id, ...args);
      expect(r.err).toBe('');
      return r;
    };
    await annotate('--quote', '公共云優先', '--tag', '研究/雲端', '--tag', '策略', '--color', 'green', '--note', '第一行\n第二行');
    await annotate('--quote', '更想賣算力', '--tag', '研究', '--color', 'blue');
    await annotate('--quote', '研究所的報告', '--tag', '研究所');

    const excerpts = spawned(nb, 'excerpts', '--tag', '研究');
    expect(excerpts.code).toBe(0);
    expect(excerpts.out).toBe(
      [
        '雲端的下一步  (2)',
        '  “公共云優先”',
        '    green · #研究/雲端 #策略 · 第一行',
        '  “更想賣算力”',
        '    blue · #研究',
        '',
        '2 excerpts in 1 article',
        '',
      ].join('\n'),
    );

    expect((await glossa(nb, 'colors', '--set', 'green=重要')).code).toBe(0);
    const byTag = await glossa(nb, 'excerpts', '--tag', '研究', '--group-by', 'tag', '--color', 'green');
    expect(byTag.out).toContain('#研究/雲端  (1)\n  “公共云優先”\n    in 雲端的下一步\n    重要 (green) · #研究/雲端 #策略 · 第一行\n');
    const json = JSON.parse((await glossa(nb, 'excerpts', '--tag', '研究', '--json')).out);
    expect(json).toMatchObject({ groupBy: 'document', total: 2, documents: 1 });

    const renamed = spawned(nb, 'tag', 'rename', '研究', 'research');
    expect(renamed).toMatchObject({ code: 0, err: '' });
    expect(renamed.out).toBe('renamed #研究 (with 1 sub-tag) to #research: 2 annotations in 1 article\n');
    const tags = (await glossa(nb, 'tags')).out;
    expect(tags).toContain('research/雲端');
    expect(tags).toContain('研究所');
    expect(tags).not.toMatch(/ 研究\n/);
    expect((await glossa(nb, 'export', doc.id)).out).toContain('**重要** · #research/雲端 #策略');

    expect((await glossa(nb, 'tag', 'color', 'research', 'pink')).out).toBe('#research is pink\n');
    expect((await glossa(nb, 'tags')).out).toMatch(/ {4}1 {2}pink {4}research\n/);
    expect((await glossa(nb, 'tag', 'merge', 'research', '策略', '--into', '主題')).out).toContain('into #主題');
    expect((await glossa(nb, 'tag', 'delete', '主題')).out).toBe('removed #主題 (with 1 sub-tag) from 2 annotations in 1 article\n');
  });

  it('says what is wrong with a bad call', async () => {
    const nb = tempDir();
    expect(await glossa(nb, 'tag', 'rename', 'a')).toMatchObject({ code: 2, err: expect.stringContaining('usage: glossa tag rename FROM TO') });
    expect(await glossa(nb, 'tag', 'rename', 'a', 'b')).toMatchObject({ code: 1, err: 'glossa: no tag "a" in the notebook (glossa tags lists them)\n' });
    expect((await glossa(nb, 'excerpts', '--group-by', 'colour')).code).toBe(2);
    expect(await glossa(nb, 'excerpts', '--from', 'yesterday')).toMatchObject({ code: 1, err: expect.stringContaining('YYYY-MM-DD') });
    expect((await glossa(nb, 'colors', '--set', 'red=x')).code).toBe(2);
    expect((await glossa(nb, 'excerpts')).out).toBe('no excerpts match\n');
  });
});
