import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Annotation, DocumentFile } from '../model/schemas';
import { makeDocumentFile } from '../test-support/fixtures';
import { snapshotFolder } from '../test-support/snapshot';
import { useTempDirs } from '../test-support/temp-dir';
import { checkNotebook, type CheckFinding } from './check';
import { NotebookStore } from './notebook-store';
import { TRASH_INDEX } from './trash-store';

const tempDir = useTempDirs();
const docPath = (dir: string, id: string) => join(dir, 'documents', `${id}.json`);
const OLD = new Date('2020-01-01T00:00:00Z');

/** The text of makeDocumentFile(id, ['阿里云正面向未來', ...]) starts with this quote at 0-3. */
const annotation = (documentId: string, id: string, over: Partial<Annotation> = {}): Annotation => ({
  id,
  documentId,
  target: {
    quote: { type: 'TextQuoteSelector', exact: '阿里云', prefix: '', suffix: '正面向' },
    position: { type: 'TextPositionSelector', start: 0, end: 3 },
  },
  color: 'yellow',
  tags: ['雲'],
  note: '',
  state: 'anchored',
  createdAt: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-02T03:04:05.000Z',
  ...over,
});

const withAnnotations = (id: string, annotations: Annotation[]): DocumentFile => ({
  ...makeDocumentFile(id, ['阿里云正面向未來', 'second']),
  annotations,
});

const notebookOf = async (dir: string, files: DocumentFile[]) => {
  const store = await NotebookStore.open(dir);
  for (const f of files) await store.saveDocument(f);
  return store;
};

const only = (findings: CheckFinding[], severity: CheckFinding['severity']) =>
  findings.filter((f) => f.severity === severity).map((f) => `${f.file.slice(f.file.lastIndexOf('/') + 1)}: ${f.problem}`);

describe('checkNotebook', () => {
  it('finds nothing in a sound notebook, with annotations and a deleted article, and changes nothing', async () => {
    const dir = tempDir();
    const store = await notebookOf(dir, [withAnnotations('one', [annotation('one', 'a1')]), makeDocumentFile('two', ['x'])]);
    await store.deleteDocument('two');
    const before = snapshotFolder(dir);
    expect(await checkNotebook(dir)).toEqual([]);
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('calls a document file that exists but cannot be used damaged, not missing', async () => {
    const dir = tempDir();
    await notebookOf(dir, [makeDocumentFile('bad', ['x']), makeDocumentFile('good', ['y'])]);
    writeFileSync(docPath(dir, 'bad'), '{"schemaVersion":1,"document":');
    const findings = await checkNotebook(dir);
    expect(only(findings, 'error')).toEqual([expect.stringMatching(/^bad\.json: not valid JSON/)]);
    expect(only(findings, 'notice')).toEqual(['library.json: lists bad, whose file is damaged (see above)']);
    expect(JSON.stringify(findings)).not.toMatch(/missing/);
  });

  it('says an entry will be refreshed when its file changed, and opening really refreshes it', async () => {
    const dir = tempDir();
    await notebookOf(dir, [makeDocumentFile('one', ['x'])]);
    const edited = makeDocumentFile('one', ['x']);
    edited.document.title = 'Edited elsewhere';
    writeFileSync(docPath(dir, 'one'), JSON.stringify(edited));
    utimesSync(docPath(dir, 'one'), OLD, OLD);
    expect(only(await checkNotebook(dir), 'notice')).toEqual([expect.stringMatching(/^one\.json: the index entry is out of date; .* refreshed when the notebook opens$/)]);
    expect((await NotebookStore.open(dir)).listSummaries()[0].title).toBe('Edited elsewhere');
    expect(await checkNotebook(dir)).toEqual([]);
  });

  it('reports an entry that disagrees with an unchanged file as an error open will not fix, until the file is touched', async () => {
    const dir = tempDir();
    await notebookOf(dir, [makeDocumentFile('one', ['x'])]);
    const libraryPath = join(dir, 'library.json');
    const library = JSON.parse(readFileSync(libraryPath, 'utf8'));
    library.documents[0].title = 'typed into library.json';
    writeFileSync(libraryPath, JSON.stringify(library));
    expect(only(await checkNotebook(dir), 'error')).toEqual([expect.stringMatching(/^one\.json: .*opening will not refresh it/)]);
    // The claim holds: open keeps the wrong title...
    expect((await NotebookStore.open(dir)).listSummaries()[0].title).toBe('typed into library.json');
    // ...and the advice works.
    utimesSync(docPath(dir, 'one'), OLD, OLD);
    expect(only(await checkNotebook(dir), 'notice')).toEqual([expect.stringMatching(/refreshed when the notebook opens$/)]);
    expect((await NotebookStore.open(dir)).listSummaries()[0].title).toBe('Document one');
  });

  it('says unlisted files will be added and entries of vanished files dropped, which open then does', async () => {
    const dir = tempDir();
    await notebookOf(dir, [makeDocumentFile('gone', ['x']), makeDocumentFile('binned', ['y'])]);
    rmSync(docPath(dir, 'gone'));
    mkdirSync(join(dir, 'trash'), { recursive: true });
    writeFileSync(join(dir, 'trash', 'binned.json'), readFileSync(docPath(dir, 'binned')));
    rmSync(docPath(dir, 'binned'));
    writeFileSync(docPath(dir, 'new'), JSON.stringify(makeDocumentFile('new', ['z'])));
    expect(only(await checkNotebook(dir), 'notice').sort()).toEqual([
      'library.json: lists binned, whose file is in the trash; the entry will be dropped when the notebook opens',
      expect.stringMatching(/^library\.json: lists gone, whose file is missing; opening the notebook brings it back from the newest backup/),
      'new.json: not in the index yet; it will be added when the notebook opens',
    ]);
    expect((await NotebookStore.open(dir)).listSummaries().map((s) => s.id)).toEqual(['new']);
    expect(await checkNotebook(dir)).toEqual([]);
  });

  it('says a missing index will be rebuilt, and a damaged one is an error', async () => {
    const dir = tempDir();
    await notebookOf(dir, [makeDocumentFile('one', ['x'])]);
    rmSync(join(dir, 'library.json'));
    expect(only(await checkNotebook(dir), 'notice')).toEqual(['library.json: missing; it will be rebuilt from documents/ when the notebook opens']);
    writeFileSync(join(dir, 'library.json'), JSON.stringify({ schemaVersion: 1, documents: 'no' }));
    expect(only(await checkNotebook(dir), 'error')).toEqual([expect.stringMatching(/^library\.json: invalid content at documents/)]);
  });

  it('validates the article files in the trash, not only its list', async () => {
    const dir = tempDir();
    const store = await notebookOf(dir, [makeDocumentFile('a', ['x']), makeDocumentFile('b', ['y']), makeDocumentFile('c', ['z'])]);
    for (const id of ['a', 'b', 'c']) await store.deleteDocument(id);
    writeFileSync(join(dir, 'trash', 'a.json'), '{"schemaVersion":1,');
    writeFileSync(join(dir, 'trash', 'b.json'), JSON.stringify(makeDocumentFile('other', ['y'])));
    rmSync(join(dir, 'trash', 'c.json'));
    const findings = await checkNotebook(dir);
    expect(only(findings, 'error')).toEqual([expect.stringMatching(/^a\.json: not valid JSON/), 'b.json: holds document other, not b']);
    expect(findings.find((f) => f.problem.startsWith('holds'))?.file).toBe(join(dir, 'trash', 'b.json'));
    expect(only(findings, 'notice')).toEqual([`${TRASH_INDEX}: lists the deleted article c, whose file is missing; it cannot be restored`]);
  });

  it('checks annotations in the trash and in documents: quotes at their positions, unique ids, the right document', async () => {
    const dir = tempDir();
    const moved = annotation('one', 'moved', { target: { ...annotation('one', 'x').target!, position: { type: 'TextPositionSelector', start: 1, end: 4 } } });
    await notebookOf(dir, [withAnnotations('one', [annotation('one', 'a1'), annotation('one', 'a1'), annotation('elsewhere', 'a2'), moved])]);
    // Not anchored: a fuzzy or orphaned quote need not be at its old position.
    const store = await notebookOf(dir, [withAnnotations('two', [{ ...moved, id: 'm2', documentId: 'two', state: 'orphaned' }, { ...moved, id: 'm3', documentId: 'two' }])]);
    await store.deleteDocument('two');
    expect(only(await checkNotebook(dir), 'error')).toEqual([
      'one.json: annotation a1 appears twice',
      'one.json: annotation a2 belongs to elsewhere',
      'one.json: annotation moved is marked anchored but its quote is not at 1-4',
      'two.json: annotation m3 is marked anchored but its quote is not at 1-4',
    ]);
  });

  it('names a file in documents/ that Glossa does not treat as an article, without failing', async () => {
    const dir = tempDir();
    await notebookOf(dir, [makeDocumentFile('one', ['x'])]);
    writeFileSync(join(dir, 'documents', 'my notes.json'), '{}');
    expect(only(await checkNotebook(dir), 'error')).toEqual([]);
    expect(only(await checkNotebook(dir), 'notice')).toEqual([expect.stringMatching(/^my notes\.json: not an article file/)]);
  });
});
