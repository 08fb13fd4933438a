import { existsSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseAnnotations, chineseDocument } from '../model/export/fixtures/chinese-document';
import { webAnnotations, webDocument } from '../model/export/fixtures/web-document';
import { SCHEMA_VERSION, type Annotation, type Document } from '../model/schemas';
import { NotebookService } from '../service';
import { NotebookStore } from '../store/notebook-store';
import { useTempDirs } from '../test-support/temp-dir';
import { exportToFolder, type FolderExportOptions } from './export-to-folder';
import { END_MARKER } from './marked-region';

const tempDir = useTempDirs();

/** A notebook holding the export fixtures (and any extra documents), stored as files. */
const notebook = async (extra: { document: Document; annotations: Annotation[] }[] = []) => {
  const store = await NotebookStore.open(tempDir('notebook'));
  for (const { document, annotations } of [
    { document: chineseDocument, annotations: chineseAnnotations },
    { document: webDocument, annotations: webAnnotations },
    ...extra,
  ]) {
    await store.saveDocument({ schemaVersion: SCHEMA_VERSION, document, annotations });
  }
  let n = 0;
  return new NotebookService(store, { newId: () => `new-${++n}`, now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, n)) });
};

const run = (service: NotebookService, dir: string, more: Partial<FolderExportOptions> = {}) =>
  exportToFolder({ service, dir, mode: 'articles+tags', format: 'digest', ...more });

const files = (dir: string): string[] => readdirSync(dir).sort();
const read = (dir: string, name: string): string => readFileSync(join(dir, name), 'utf8');

const ZH = '阿里云正面向未來“下注”.md';
const WEB = '雲端市場 2024：誰在領跑？.md';

describe('exportToFolder', () => {
  it('writes article notes, tag notes and an index, front matter first and the note inside the markers', async () => {
    const dir = tempDir('vault');
    const outcome = await run(await notebook(), dir);
    expect(outcome.failed).toEqual([]);
    expect(files(dir)).toEqual(
      [ZH, WEB, 'Glossa index.md', 'Tag _2023.md', 'Tag Qwen-72B.md', 'Tag quote.md', 'Tag 價格.md', 'Tag 待讀.md', 'Tag 市場.md', 'Tag 排名.md', 'Tag 私有云.md', 'Tag 策略.md', 'Tag 阿里云-策略.md', 'Tag 雲端.md', 'Tag 雲端-阿里云.md'].sort(),
    );
    for (const name of files(dir)) {
      const text = read(dir, name);
      expect(text.startsWith('---\n'), name).toBe(true);
      expect(text).toMatch(/\n<!-- glossa:begin (article|tag|index)=\S+ \(exported by Glossa[^\n]*-->\n\n/);
      expect(text.endsWith(`\n\n${END_MARKER}\n`), name).toBe(true);
    }
    expect(read(dir, 'Glossa index.md')).toContain('- [[阿里云正面向未來“下注”]] · 6 excerpts');
    expect(read(dir, 'Tag 雲端.md')).toContain('[[雲端市場 2024：誰在領跑？#^gl-51feaac4]]');
    expect(outcome.written).toHaveLength(15);
  });

  it('re-exports: personal edits kept, unrelated files untouched, a renamed note updated in place', async () => {
    const service = await notebook();
    const dir = tempDir('vault');
    await run(service, dir, { mode: 'articles' });

    // The person works in the vault.
    const zh = read(dir, ZH);
    const personal = '\n## My thoughts\n\n公共云優先 is the real story. #mine\n';
    writeFileSync(
      join(dir, ZH),
      zh
        .replace('title: 阿里云正面向未來“下注”\n', 'title: I retitled this\naliases:\n  - 阿里云下注\nstatus: reading\n')
        .replace('## Excerpts', '## Excerpts\n\nA line typed inside the region.') + personal,
    );
    writeFileSync(join(dir, 'My own note.md'), '# Mine\n\nnot from Glossa\n');
    writeFileSync(join(dir, 'scratch.txt'), 'bytes');
    renameSync(join(dir, WEB), join(dir, 'Cloud market.md'));
    const untouched = { mine: statSync(join(dir, 'My own note.md')).mtimeMs, txt: read(dir, 'scratch.txt') };

    // Glossa changes too: a new excerpt in the Chinese article.
    await service.createAnnotation({ documentId: chineseDocument.id, anchor: { exact: '阿里云首次成立了專門的公共云業務事業部' }, tags: ['組織'], color: 'blue', note: '' });

    const outcome = await run(service, dir, { mode: 'articles' });
    expect(outcome.failed).toEqual([]);
    expect(files(dir)).toEqual(['Cloud market.md', 'Glossa index.md', 'My own note.md', ZH, 'scratch.txt'].sort());

    const after = read(dir, ZH);
    expect(after.endsWith(personal)).toBe(true);
    expect(after).toContain('aliases:\n  - 阿里云下注\nstatus: reading\n---\n');
    expect(after).toContain('title: 阿里云正面向未來“下注”\n');
    expect(after).not.toContain('I retitled this');
    expect(after).not.toContain('A line typed inside the region.');
    expect(after).toContain('> 阿里云首次成立了專門的公共云業務事業部');
    expect(after).toContain('#組織');

    expect(read(dir, 'My own note.md')).toBe('# Mine\n\nnot from Glossa\n');
    expect(statSync(join(dir, 'My own note.md')).mtimeMs).toBe(untouched.mine);
    expect(read(dir, 'scratch.txt')).toBe(untouched.txt);
    expect(read(dir, 'Cloud market.md')).toContain('# 雲端市場 2024：誰在領跑？');
    expect(read(dir, 'Glossa index.md')).toContain('- [[Cloud market]] · 7 excerpts');
    expect(outcome.written.sort()).toEqual(['Glossa index.md', ZH].sort());
    expect(outcome.unchanged).toEqual(['Cloud market.md']);
  });

  it('writes nothing when nothing changed', async () => {
    const service = await notebook();
    const dir = tempDir('vault');
    await run(service, dir);
    const before = Object.fromEntries(files(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]));
    const again = await run(service, dir);
    expect(again.written).toEqual([]);
    expect(again.unchanged).toHaveLength(files(dir).length);
    expect(Object.fromEntries(files(dir).map((f) => [f, statSync(join(dir, f)).mtimeMs]))).toEqual(before);
  });

  it("never overwrites a person's file that has the name a note wants", async () => {
    const dir = tempDir('vault');
    writeFileSync(join(dir, ZH), 'my own file about the same article\n');
    writeFileSync(join(dir, 'glossa INDEX.md'), 'my index\n');
    const outcome = await run(await notebook(), dir, { mode: 'articles' });
    expect(read(dir, ZH)).toBe('my own file about the same article\n');
    expect(read(dir, 'glossa INDEX.md')).toBe('my index\n');
    expect(outcome.written.sort()).toEqual(['Glossa index (2).md', '阿里云正面向未來“下注” (2).md', WEB].sort());
    expect(read(dir, 'Glossa index (2).md')).toContain('[[阿里云正面向未來“下注” (2)]]');
  });

  it('gives hostile titles safe names inside the folder', async () => {
    const titles = ['../../etc/passwd', 'CON', 'a/b', '雲'.repeat(300), '🎉 party 🎉', '   ', 'x\\..\\..\\y', '.hidden'];
    const extra = titles.map((title, i) => ({
      document: { ...chineseDocument, id: `hostile-${i}`, title, createdAt: `2025-01-0${i + 1}T00:00:00.000Z` },
      annotations: [],
    }));
    const parent = tempDir('parent');
    const dir = join(parent, 'vault');
    const outcome = await run(await notebook(extra), dir, { mode: 'articles' });
    expect(outcome.failed).toEqual([]);
    expect(readdirSync(parent)).toEqual(['vault']);
    const names = files(dir);
    for (const expected of ['etc-passwd.md', 'CON_.md', 'a-b.md', `${'雲'.repeat(66)}.md`, '🎉 party 🎉.md', 'hostile-5.md', 'x-..-..-y.md', 'hidden.md']) {
      expect(names).toContain(expected);
    }
    for (const name of names) {
      expect(dirname(join(dir, name))).toBe(dir);
      expect(Buffer.byteLength(name)).toBeLessThanOrEqual(203);
    }
  });

  it('leaves a note with damaged markers alone and reports it', async () => {
    const service = await notebook();
    const dir = tempDir('vault');
    await run(service, dir, { mode: 'articles' });
    const damaged = read(dir, ZH).replace(END_MARKER, '');
    writeFileSync(join(dir, ZH), damaged);
    const outcome = await run(service, dir, { mode: 'articles' });
    expect(read(dir, ZH)).toBe(damaged);
    expect(outcome.failed).toEqual([{ title: chineseDocument.title, file: ZH, message: expect.stringContaining('end marker is missing') }]);
  });

  it('reports progress and stops cleanly when cancelled', async () => {
    const service = await notebook();
    const dir = tempDir('vault');
    const controller = new AbortController();
    const seen: string[] = [];
    const outcome = await run(service, dir, {
      signal: controller.signal,
      onProgress: ({ done, total, file }) => {
        seen.push(`${done}/${total} ${file}`);
        if (done === 2) controller.abort();
      },
    });
    expect(outcome.cancelled).toBe(true);
    // Notes already being written when the export is cancelled finish (each write is atomic);
    // no note starts after it. Every file there is whole, and reported.
    expect(seen.slice(0, 2).map((s) => s.split(' ')[0])).toEqual(['1/15', '2/15']);
    expect(seen.length).toBeLessThan(15);
    expect(files(dir)).toEqual(seen.map((s) => s.slice(s.indexOf(' ') + 1)).sort());
    expect(outcome.written.slice().sort()).toEqual(files(dir));
    for (const name of files(dir)) expect(read(dir, name).endsWith(`${END_MARKER}\n`)).toBe(true);

    const before = tempDir('vault');
    const stopped = new AbortController();
    stopped.abort();
    expect(await run(service, before, { signal: stopped.signal })).toMatchObject({ cancelled: true, written: [] });
    expect(files(before)).toEqual([]);
  });

  it('exports a tag query: matching articles and the tag note, no index', async () => {
    const dir = tempDir('vault');
    const outcome = await run(await notebook(), dir, { tagQuery: '價格' });
    expect(outcome.written.sort()).toEqual(['Tag 價格.md', WEB].sort());
    expect(read(dir, 'Tag 價格.md')).toContain('## [[雲端市場 2024：誰在領跑？]]');
    await expect(run(await notebook(), dir, { tagQuery: '-x' })).rejects.toThrow(/names no tag/);
  });

  it('writes the annotated format and keeps notes of deleted articles as stale', async () => {
    const service = await notebook();
    const dir = tempDir('vault');
    await run(service, dir, { format: 'annotated', mode: 'articles' });
    expect(read(dir, WEB)).toContain('glossa-format: annotated');
    expect(read(dir, WEB)).toContain('==騰訊云==[^4]');
    await service.deleteDocument({ id: webDocument.id });
    const outcome = await run(service, dir, { format: 'annotated', mode: 'articles' });
    expect(outcome.stale).toEqual([WEB]);
    expect(existsSync(join(dir, WEB))).toBe(true);
    expect(read(dir, 'Glossa index.md')).not.toContain('雲端市場');
  });

  it('creates the folder when it does not exist yet', async () => {
    const dir = join(tempDir('parent'), 'new', 'vault');
    mkdirSync(dirname(dir));
    await run(await notebook(), dir, { mode: 'articles' });
    expect(files(dir)).toContain('Glossa index.md');
  });
});
