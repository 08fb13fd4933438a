import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_PATH, hasSeed } from '../data/test-support/seed';
import { useTempDirs } from '../data/test-support/temp-dir';

const tempDir = useTempDirs();
const BIN = join(__dirname, '../bin/glossa.cjs');

/** The real command, in its own process, as a person would run it. */
const glossa = (notebook: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args, '--notebook', notebook], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const ARTICLE = '雲端的下一步\n\n阿里云宣布公共云優先。阿里云也開源了模型。\n\n比起模型更想賣算力\n\n這是阿里云的選擇，#1 不是偶然。\n';

describe('glossa CLI', { timeout: 180_000 }, () => {
  it('imports, lists, shows the exact canonical text, annotates and exports', async () => {
    const nb = tempDir();
    const file = join(tempDir(), '文章.txt');
    writeFileSync(file, ARTICLE);
    const imported = glossa(nb, 'import', file, '--json');
    expect(imported.err).toBe('');
    expect(imported.code).toBe(0);
    const [doc] = JSON.parse(imported.out).imported;
    expect(doc).toMatchObject({ title: '雲端的下一步', encoding: 'utf-8', blockCount: 3 });

    const list = glossa(nb, 'list');
    expect(list.out).toContain(`${doc.id}`);
    expect(list.out).toContain('雲端的下一步');

    const text = glossa(nb, 'show', doc.id, '--text').out;
    expect(text).toBe('阿里云宣布公共云優先。阿里云也開源了模型。\n\n比起模型更想賣算力\n\n這是阿里云的選擇，#1 不是偶然。');

    const ambiguous = glossa(nb, 'annotate', doc.id, '--quote', '阿里云');
    expect(ambiguous.code).toBe(1);
    expect(ambiguous.err).toMatch(/^glossa: the quote "阿里云" occurs 3 times; give a --prefix or --suffix to say which\n$/);

    const ok = glossa(nb, 'annotate', '雲端的下一步', '--quote', '阿里云', '--suffix', '也開源', '--tag', '開源', '--tag', '阿里 策略', '--note', '值得**注意**', '--color', 'green', '--json');
    expect(ok.code).toBe(0);
    const annotation = JSON.parse(ok.out);
    expect(annotation.target.position.start).toBe(text.indexOf('阿里云也開源'));

    const listed = glossa(nb, 'annotations', doc.id.slice(0, 6));
    expect(listed.out).toContain(`${annotation.id}  anchored  green`);

    const out = join(tempDir(), 'export.md');
    expect(glossa(nb, 'export', doc.id, '--out', out).code).toBe(0);
    const markdown = readFileSync(out, 'utf8');
    expect(glossa(nb, 'export', doc.id).out).toBe(markdown);
    expect(markdown).toContain('#開源');
    expect(markdown).toContain('值得**注意**');

    expect(glossa(nb, 'check')).toMatchObject({ code: 0, out: expect.stringContaining('ok: ') });
  });

  it.skipIf(!hasSeed)('takes the seed article from import to an Obsidian-ready export', () => {
    const nb = tempDir();
    const doc = JSON.parse(glossa(nb, '--json', 'import', SEED_PATH).out).imported[0];
    expect(doc).toMatchObject({ title: '阿里云正面向未來“下注”。', encoding: 'utf-8', blockCount: 25 });
    const heading = glossa(nb, 'annotate', doc.id, '--quote', '公共云優先', '--suffix', '\n\n阿里云最新', '--tag', '策略', '--tag', '阿里 雲', '--color', 'green', '--note', '- 收入\n- 利潤');
    expect(heading.err).toBe('');
    glossa(nb, 'annotate', doc.id, '--quote', '通義千問720億參數模型Qwen-72B開源', '--tag', 'AI/開源', '--color', 'blue');
    const md = glossa(nb, 'export', doc.id).out;
    // Read by a person once; these lines pin what Obsidian needs: tags, block ids, order.
    expect(md.startsWith('---\ntitle: 阿里云正面向未來“下注”。\nsource: article.zh.txt\nencoding: utf-8\n')).toBe(true);
    expect(md).toContain('tags:\n  - AI/開源\n  - 策略\n  - 阿里-雲\n');
    expect(md).toContain('\n# 阿里云正面向未來“下注”。\n');
    const first = md.indexOf('> 通義千問720億參數模型Qwen-72B開源\n\n^gl-');
    const second = md.indexOf('> 公共云優先\n\n^gl-');
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(md).toContain('**Green** · #策略 #阿里-雲\n\n- 收入\n- 利潤\n');
  });

  it('replaces the text and prints the re-anchoring report', () => {
    const nb = tempDir();
    const v1 = join(tempDir(), 'v1.txt');
    writeFileSync(v1, ARTICLE);
    const doc = JSON.parse(glossa(nb, 'import', v1, '--json').out).imported[0];
    glossa(nb, 'annotate', doc.id, '--quote', '公共云優先');
    const v2 = join(tempDir(), 'v2.txt');
    writeFileSync(v2, ARTICLE.replace('阿里云宣布', '新增的一句話在這裡。阿里云宣布'));
    const r = glossa(nb, 'replace', doc.id, v2);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/re-anchored 1 annotation\(s\): 0 kept, 1 moved, 0 fuzzy, 0 orphaned/);
  });

  it('exits 2 with the usage on a usage error and 1 with one plain line on a reported error', () => {
    const nb = tempDir();
    const usage = glossa(nb, 'annotate');
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/^glossa: annotate needs a DOC\n\nUsage: glossa/);
    expect(glossa(nb, 'frobnicate').code).toBe(2);
    expect(glossa(nb, 'list', '--bogus').code).toBe(2);
    const missing = glossa(nb, 'show', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.err.trim().split('\n')).toHaveLength(1);
    const refused = glossa(nb, 'import', join(nb, 'no-such-file.txt'));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('no-such-file.txt: ');
  });

  it('check exits 1 and names the file when a document is damaged', () => {
    const nb = tempDir();
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, ARTICLE);
    const doc = JSON.parse(glossa(nb, 'import', file, '--json').out).imported[0];
    const path = join(nb, 'documents', `${doc.id}.json`);
    writeFileSync(path, readFileSync(path, 'utf8').replace('"format": "text"', '"format": 7'));
    const r = glossa(nb, 'check');
    expect(r.code).toBe(1);
    expect(r.out).toContain(`error: ${path}: invalid content at document.format`);
  });

  it('uses GLOSSA_NOTEBOOK when --notebook is absent', () => {
    const nb = tempDir();
    const r = spawnSync(process.execPath, [BIN, 'list'], { encoding: 'utf8', env: { ...process.env, GLOSSA_NOTEBOOK: nb } });
    expect(r.stdout).toContain(`no articles yet in ${nb}`);
  });
});
