import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookService } from '../data/service';
import { NotebookStore } from '../data/store/notebook-store';
import { useTempDirs } from '../data/test-support/temp-dir';
import { exportNotesCommand, progressLine } from './commands/export-notes';
import type { CliContext } from './context';

const tempDir = useTempDirs();
const BIN = join(__dirname, '../bin/glossa.cjs');

/** The real command, in its own process, with stderr piped (not a terminal). */
const glossa = (notebook: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args, '--notebook', notebook], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

const ARTICLE = '雲端的下一步\n\n阿里云宣布公共云優先。阿里云也開源了模型。\n\n比起模型更想賣算力\n';

const seeded = () => {
  const nb = tempDir('nb');
  const file = join(tempDir('src'), '文章.txt');
  writeFileSync(file, ARTICLE);
  const [doc] = JSON.parse(glossa(nb, 'import', file, '--json').out).imported;
  glossa(nb, 'annotate', doc.id, '--quote', '公共云優先', '--tag', '開源', '--note', '**why**', '--color', 'green');
  return { nb, doc };
};

describe('glossa export (notebook forms)', { timeout: 180_000 }, () => {
  it('exports the notebook into a folder, quietly when piped, and updates it on re-export', () => {
    const { nb } = seeded();
    const dir = join(tempDir('vault'), 'My vault');
    const first = glossa(nb, 'export', '--all', '--dir', dir);
    expect(first.code).toBe(0);
    expect(first.out).toBe('');
    expect(first.err).toBe(`2 written, 0 unchanged in ${dir}\n`);
    expect(readdirSync(dir).sort()).toEqual(['Glossa index.md', '雲端的下一步.md']);
    const note = readFileSync(join(dir, '雲端的下一步.md'), 'utf8');
    expect(note).toMatch(/^---\ntitle: 雲端的下一步\n/);
    expect(note).toContain('<!-- glossa:begin article=');
    expect(note).toContain('[Open in Glossa](glossa://open?doc=');

    writeFileSync(join(dir, '雲端的下一步.md'), `${note}\nMy own paragraph.\n`);
    const again = glossa(nb, 'export', '--all', '--dir', dir, '--json');
    expect(again.code).toBe(0);
    expect(JSON.parse(again.out)).toMatchObject({ written: [], unchanged: ['雲端的下一步.md', 'Glossa index.md'], cancelled: false });
    expect(readFileSync(join(dir, '雲端的下一步.md'), 'utf8')).toBe(`${note}\nMy own paragraph.\n`);
  });

  it('writes tag notes and the annotated format', () => {
    const { nb } = seeded();
    const dir = tempDir('vault');
    expect(glossa(nb, 'export', '--all', '--dir', dir, '--by-tag', '--annotated').code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['Glossa index.md', 'Tag 開源.md', '雲端的下一步.md']);
    expect(readFileSync(join(dir, '雲端的下一步.md'), 'utf8')).toContain('阿里云宣布==公共云優先==[^1]');
    expect(readFileSync(join(dir, 'Tag 開源.md'), 'utf8')).toContain('## [[雲端的下一步]]');
  });

  it('prints one tag note or one annotated article', () => {
    const { nb, doc } = seeded();
    const tag = glossa(nb, 'export', '--tag', '#開源');
    expect(tag.code).toBe(0);
    expect(tag.out).toContain('1 excerpt tagged #開源, in 1 article.');
    const annotated = glossa(nb, 'export', doc.id, '--annotated', '--no-links');
    expect(annotated.out).toContain('==公共云優先==[^1]');
    expect(annotated.out).not.toContain('glossa://');
    const linked = glossa(nb, 'export', doc.id, '--links');
    expect(linked.out).toContain('glossa://open?doc=');
    expect(glossa(nb, 'export', doc.id).out).not.toContain('glossa://');
  });

  it('explains a wrong combination with exit code 2', () => {
    const { nb, doc } = seeded();
    expect(glossa(nb, 'export', '--all')).toMatchObject({ code: 2, err: expect.stringContaining('export --all needs --dir DIR') });
    expect(glossa(nb, 'export', doc.id, '--dir', tempDir())).toMatchObject({ code: 2 });
    expect(glossa(nb, 'export', '--by-tag')).toMatchObject({ code: 2, err: expect.stringContaining('--by-tag needs') });
    expect(glossa(nb, 'export', '--tag', '-x')).toMatchObject({ code: 1, err: expect.stringContaining('names no tag') });
  });
});

describe('progress on a terminal', () => {
  it('draws a bar that fits the terminal', () => {
    expect(progressLine({ done: 3, total: 4, file: 'a.md' }, 80)).toBe('[###############-----] 3/4 a.md');
    expect(Array.from(progressLine({ done: 1, total: 4, file: '雲'.repeat(100) }, 40))).toHaveLength(39);
  });

  it('redraws one stderr line with \\r and ends it with a newline', async () => {
    const store = await NotebookStore.open(tempDir('nb'));
    const service = new NotebookService(store);
    await service.importText({ text: 'One\n\nTwo', format: 'text' });
    const err: string[] = [];
    const ctx: CliContext = { service, json: false, notebookDir: '', out: () => {}, err: (t) => void err.push(t) };
    await exportNotesCommand(ctx, undefined, { all: true, dir: tempDir('vault') }, { isTTY: true, columns: 60 });
    // Notes are written several at a time: the first to finish is either of the two.
    expect(err[0]).toMatch(/^\r\u001b\[2K\[#{10}-{10}\] 1\/2 .+\.md$/);
    expect(err[2]).toBe('\n');
    expect(err[3]).toMatch(/^2 written, 0 unchanged in /);
  });
});
