import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import {
  INDEX_NOTE_STEM,
  createBlockIdCache,
  exportIndexMarkdown,
  indexEntry,
  matchingAnnotations,
  mayMatchTags,
  parseTagQuery,
  renderArticleNote,
  renderTagNote,
  safeFileName,
  tagIndexEntries,
  tagNoteStem,
  tagQueriesOf,
  uniqueFileName,
  type ArticleExport,
  type ExportFormat,
  type NoteNames,
  type TagQuery,
} from '../model/export';
import { GlossaError } from '../model/result';
import { writeFileDurably } from '../store/durable-write';
import { scanFolder, nodeScanFs, type FolderState, type ScanFs } from './folder-scan';
import { noteKeyId, type NoteKey } from './marked-region';
import { freshNoteFile, mergeNoteFile } from './note-file';
import { ExportCancelled, noteOptions, readArticles, type NotebookSource } from './notebook-source';

/**
 * A notebook as a folder of notes for Obsidian or Logseq: one note per article, one per tag
 * when asked, and an index note linking them. Exporting again into the same folder updates
 * what Glossa wrote and keeps what the person wrote (marked-region.ts, note-file.ts):
 *
 * - a note is found by the marker inside it, so a renamed file is updated under its new
 *   name and keeps that name; links in the index and tag notes use the names on disk;
 * - a file without Glossa's marker is never written to: a new note whose name is taken gets
 *   `Name (2).md`; a note whose markers were damaged is reported and left alone;
 * - every write is atomic and durable (writeFileDurably), and a file whose bytes would not
 *   change is not written at all, so synced vaults see no churn;
 * - nothing is ever deleted: notes of deleted articles are reported as stale and kept.
 *
 * Progress is reported after each note; an aborted signal stops before the next note, so
 * every file is either as before or fully written. The index goes last.
 */

export type FolderExportMode = 'articles' | 'articles+tags';

export interface FolderExportProgress {
  done: number;
  total: number;
  file: string;
}

export interface FolderExportOptions {
  service: NotebookSource;
  dir: string;
  mode: FolderExportMode;
  /** Only articles with an excerpt matching the query; with 'articles+tags', its tag note. */
  tagQuery?: string;
  format: ExportFormat;
  deepLinks?: boolean;
  glossaVersion?: string;
  onProgress?: (progress: FolderExportProgress) => void;
  signal?: AbortSignal;
  /** Injectable for tests; defaults to writeFileDurably and the real file system. */
  write?: (path: string, content: string) => Promise<void>;
  fs?: ScanFs & { exists: (path: string) => Promise<boolean>; mkdir: (dir: string) => Promise<void> };
}

export interface FolderExportOutcome {
  dir: string;
  /** File names written (created or updated). */
  written: string[];
  /** File names already up to date. */
  unchanged: string[];
  failed: { title: string; file?: string; message: string }[];
  /** Article notes now in the folder (written or already up to date), for a short report. */
  articles: string[];
  /** Notes of articles or tags no longer in the notebook: kept as they are. */
  stale: string[];
  cancelled: boolean;
}

const nodeFs = {
  ...nodeScanFs,
  exists: (path: string) =>
    fsp.lstat(path).then(
      () => true,
      () => false,
    ),
  mkdir: async (dir: string) => void (await fsp.mkdir(dir, { recursive: true })),
};

interface PlannedNote {
  key: NoteKey;
  /** What to call it in a report: the article's title, `Tag: …`, `Index`. */
  title: string;
  fileName: string;
  /** True when a file with this note's marker is already in the folder. */
  existing: boolean;
  render: () => string;
}

const stemOf = (fileName: string): string => fileName.replace(/\.md$/i, '');

/** Names from the folder for notes it has, fresh unique names for the others. */
const nameNotes = (state: FolderState, articles: readonly ArticleExport[], queries: readonly TagQuery[], withIndex: boolean) => {
  const taken = new Set(state.names);
  const files = new Map<string, { fileName: string; existing: boolean }>();
  const claim = (key: NoteKey, desired: string) => {
    const id = noteKeyId(key);
    const existing = state.byKey.get(id);
    files.set(id, existing !== undefined ? { fileName: existing, existing: true } : { fileName: uniqueFileName(desired, 'md', taken), existing: false });
    return stemOf(files.get(id)!.fileName);
  };
  const names: NoteNames = { article: new Map(), tag: new Map(), index: INDEX_NOTE_STEM };
  if (withIndex) names.index = claim({ kind: 'index', value: 'notebook' }, INDEX_NOTE_STEM);
  for (const { document } of articles) {
    names.article.set(document.id, claim({ kind: 'article', value: document.id }, safeFileName(document.title, document.id)));
  }
  for (const q of queries) names.tag.set(q.text, claim({ kind: 'tag', value: q.text }, tagNoteStem(q)));
  return { names, files };
};

const byImport = (a: ArticleExport, b: ArticleExport): number =>
  a.document.createdAt < b.document.createdAt ? -1 : a.document.createdAt > b.document.createdAt ? 1 : a.document.id < b.document.id ? -1 : 1;

export const exportToFolder = async (options: FolderExportOptions): Promise<FolderExportOutcome> => {
  const { service, dir, mode, signal, onProgress } = options;
  const fs = options.fs ?? nodeFs;
  const write = options.write ?? ((path: string, content: string) => writeFileDurably(path, content));
  const outcome: FolderExportOutcome = { dir, written: [], unchanged: [], failed: [], articles: [], stale: [], cancelled: false };

  const query = options.tagQuery === undefined ? undefined : parseTagQuery(options.tagQuery);
  if (options.tagQuery !== undefined && query === undefined) {
    throw new GlossaError('invalid_input', `the tag query "${options.tagQuery}" names no tag to include`);
  }
  const noteSet = await noteOptions(service, { format: options.format, deepLinks: options.deepLinks, glossaVersion: options.glossaVersion });
  const summaries = await service.listDocuments({});
  const wanted = query === undefined ? summaries : summaries.filter((s) => mayMatchTags(query, Object.keys(s.tagCounts)));
  let articles: ArticleExport[] = [];
  for (const summary of wanted) {
    try {
      articles.push(...(await readArticles(service, [summary], signal)));
    } catch (err) {
      if (err instanceof ExportCancelled) return { ...outcome, cancelled: true };
      // One unreadable article (a damaged file) does not stop the others.
      outcome.failed.push({ title: summary.title, message: err instanceof Error ? err.message : String(err) });
    }
  }
  articles.sort(byImport);
  if (query !== undefined) articles = articles.filter((a) => matchingAnnotations(query, a).length > 0);
  const queries = mode === 'articles+tags' ? (query !== undefined ? [query] : tagQueriesOf(articles)) : [];
  // With a tag query the export is a slice of the notebook: the tag note is its entry
  // point, and the notebook's index (if there is one) is left as it is.
  const withIndex = query === undefined;

  await fs.mkdir(dir);
  const state = await scanFolder(dir, fs);
  const { names, files } = nameNotes(state, articles, queries, withIndex);
  const ids = createBlockIdCache(noteSet);

  const planned: PlannedNote[] = [];
  const plan = (key: NoteKey, title: string, render: () => string) => {
    const file = files.get(noteKeyId(key))!;
    planned.push({ key, title, fileName: file.fileName, existing: file.existing, render });
  };
  for (const article of articles) {
    plan({ kind: 'article', value: article.document.id }, article.document.title, () => {
      const rendered = renderArticleNote(article, noteSet);
      ids.remember(article.document.id, rendered.blockIds);
      return rendered.markdown;
    });
  }
  for (const q of queries) plan({ kind: 'tag', value: q.text }, `Tag: ${q.text}`, () => renderTagNote(q, articles, names, ids.get, noteSet));
  if (withIndex) {
    plan({ kind: 'index', value: 'notebook' }, 'Index', () =>
      exportIndexMarkdown(
        articles.map((a) => indexEntry(a, names.article.get(a.document.id)!)),
        tagIndexEntries(queries, articles, names),
        noteSet,
      ),
    );
  }

  const exported = new Set(planned.map((p) => noteKeyId(p.key)));
  for (const [id, key] of state.keys) {
    const gone = key.kind === 'article' ? !summaries.some((s) => s.id === key.value) : key.kind === 'tag' && mode === 'articles+tags' && query === undefined;
    if (gone && !exported.has(id)) outcome.stale.push(state.byKey.get(id)!);
  }

  // Several notes in flight: each durable write waits on its own fsync, and those waits
  // overlap. Outcomes are gathered per note and reported in plan order, so they stay stable.
  const results: ({ fileName: string; article: boolean } & ({ wrote: boolean } | { error: string; title: string }))[] = [];
  let next = 0;
  let done = 0;
  const worker = async () => {
    while (next < planned.length) {
      if (signal?.aborted) {
        outcome.cancelled = true;
        return;
      }
      const i = next++;
      const note = planned[i];
      try {
        results[i] = { fileName: note.fileName, article: note.key.kind === 'article', wrote: await writeNote(dir, note, fs, write) };
      } catch (err) {
        results[i] = { fileName: note.fileName, article: false, title: note.title, error: err instanceof Error ? err.message : String(err) };
      }
      onProgress?.({ done: ++done, total: planned.length, file: note.fileName });
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITERS, planned.length) }, worker));
  for (const r of results) {
    if (!r) continue;
    if ('error' in r) outcome.failed.push({ title: r.title, file: r.fileName, message: r.error });
    else {
      (r.wrote ? outcome.written : outcome.unchanged).push(r.fileName);
      if (r.article) outcome.articles.push(r.fileName);
    }
  }
  return outcome;
};

const writeNote = async (
  dir: string,
  note: PlannedNote,
  fs: NonNullable<FolderExportOptions['fs']>,
  write: (path: string, content: string) => Promise<void>,
): Promise<boolean> => {
  const path = join(dir, note.fileName);
  const markdown = note.render();
  // Read again right before writing: the person may have edited the note since the scan.
  const current = (await fs.exists(path)) ? await fs.readFile(path) : undefined;
  let text: string;
  if (current === undefined) {
    text = freshNoteFile(note.key, markdown);
  } else if (!note.existing) {
    throw new GlossaError('io', `a file named ${note.fileName} appeared during the export; it was not overwritten`);
  } else {
    const merged = mergeNoteFile(current, note.key, markdown);
    if (!merged.ok) throw new GlossaError('io', `${note.fileName} was left as it is: ${merged.reason}`);
    text = merged.text;
  }
  if (text === current) return false;
  await write(path, text);
  return true;
};

/** Notes written at once; enough to overlap fsync waits, few enough to stay gentle. */
const WRITERS = 8;
