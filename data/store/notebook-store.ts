import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { GlossaError } from '../model/result';
import {
  SCHEMA_VERSION,
  type DocumentFile,
  type DocumentSummary,
  type LibraryFile,
  type Tag,
} from '../model/schemas';
import { summarize, summaryChanged } from '../model/summary';
import { nodeFs, type DurableFs } from './durable-write';
import { JsonFileAdapter, UnreadableFileError } from './json-file-adapter';
import { decodeDocumentFile, decodeLibraryFile } from './migrate';
import { quarantine } from './quarantine';
import { TrashStore } from './trash-store';
import { recoverFromBackups, type Recovery } from './backup-restore';

export interface NotebookProblem {
  file: string;
  problem: string;
  /** Where the unreadable file was moved, untouched. */
  movedTo?: string;
}

export interface StoreOptions {
  fs?: DurableFs;
  /** The clock the trash expires by (tests move it). */
  now?: () => Date;
}

const DOC_ID = /^[A-Za-z0-9_-]{1,100}$/;
const emptyLibrary = (): LibraryFile => ({
  schemaVersion: SCHEMA_VERSION,
  documents: [],
  tags: [],
  settings: {},
});

/**
 * The notebook folder: library.json (an index that can always be rebuilt) and one
 * documents/<id>.json per article, each owned by exactly one lowdb `Low`. A save writes
 * its document's file, and library.json only when the document's summary changed.
 */
export class NotebookStore {
  readonly problems: NotebookProblem[] = [];
  /** Files that were damaged or missing at open and came back from a backup. */
  readonly recovered: Recovery[] = [];
  /** Files listed in the index at open whose file had gone (not deleted through Glossa). */
  private missingFiles: string[] = [];
  private readonly docs = new Map<string, Low<DocumentFile>>();
  private summaries = new Map<string, DocumentSummary>();
  /** Deleted articles and annotations, restorable for 30 days; set by open(). */
  trash!: TrashStore;

  private constructor(
    readonly dir: string,
    private readonly library: Low<LibraryFile>,
    private readonly fs: DurableFs,
    readonly now: () => Date,
  ) {}

  static async open(dir: string, options: StoreOptions = {}): Promise<NotebookStore> {
    const fs = options.fs ?? nodeFs;
    await fsp.mkdir(join(dir, 'documents'), { recursive: true });
    const library = new Low(
      new JsonFileAdapter(join(dir, 'library.json'), decodeLibraryFile, fs),
      emptyLibrary(),
    );
    const store = new NotebookStore(dir, library, fs, options.now ?? (() => new Date()));
    await store.load();
    await store.recover();
    store.trash = await TrashStore.open(dir, fs, (err) => store.setAside(err));
    await store.purgeTrash();
    return store;
  }

  get documentsDir(): string {
    return join(this.dir, 'documents');
  }

  documentPath(id: string): string {
    if (!DOC_ID.test(id)) throw new GlossaError('invalid_input', `not a document id: ${id}`);
    return join(this.documentsDir, `${id}.json`);
  }

  listSummaries(): DocumentSummary[] {
    return [...this.summaries.values()];
  }

  hasDocument(id: string): boolean {
    return this.summaries.has(id);
  }

  tags(): Tag[] {
    return this.library.data.tags;
  }

  async readDocument(id: string): Promise<DocumentFile> {
    const db = await this.openDocument(id);
    return structuredClone(db.data);
  }

  /** Writes the document durably, then the index if its summary changed. */
  async saveDocument(file: DocumentFile): Promise<DocumentSummary> {
    const { summary, changed } = await this.writeDocument(file);
    if (changed) await this.writeLibrary();
    return summary;
  }

  /**
   * Several documents (a tag renamed across the notebook): each file durably, then the index
   * once. A failure part-way leaves the files already written saved, and the index is
   * rewritten for them before the error is passed on, so the notebook stays consistent.
   */
  async saveDocuments(files: readonly DocumentFile[]): Promise<DocumentSummary[]> {
    const summaries: DocumentSummary[] = [];
    let changed = false;
    try {
      for (const file of files) {
        const written = await this.writeDocument(file);
        summaries.push(written.summary);
        changed ||= written.changed;
      }
    } finally {
      if (changed) await this.writeLibrary();
    }
    return summaries;
  }

  private async writeDocument(file: DocumentFile): Promise<{ summary: DocumentSummary; changed: boolean }> {
    const id = file.document.id;
    let db = this.docs.get(id);
    if (!db) {
      db = new Low(new JsonFileAdapter(this.documentPath(id), decodeDocumentFile, this.fs), file);
      this.docs.set(id, db);
    }
    const previous = db.data;
    db.data = structuredClone(file);
    try {
      await db.write();
    } catch (err) {
      db.data = previous;
      throw ioError(`could not save ${this.documentPath(id)}`, err);
    }
    const summary = summarize(file);
    const changed = summaryChanged(this.summaries.get(id), summary);
    this.summaries.set(id, summary);
    return { summary, changed };
  }

  /**
   * Moves the document's file to trash/ whole (restorable for 30 days), lists it there, then
   * updates the index. Each step leaves a state load() understands if the process dies.
   */
  async deleteDocument(id: string): Promise<void> {
    const summary = this.summaries.get(id);
    if (!summary) throw notFound(id);
    await fsp.rename(this.documentPath(id), this.trash.documentPath(id));
    this.docs.delete(id);
    this.summaries.delete(id);
    await this.trash.add({
      kind: 'document',
      id,
      title: summary.title,
      annotationCount: summary.annotationCount,
      deletedAt: this.now().toISOString(),
    });
    await this.writeLibrary();
  }

  /** Brings a deleted document back from trash/ (undo of a delete, or the trash's Restore). */
  async restoreDocument(id: string): Promise<DocumentSummary> {
    const from = this.trash.documentPath(id);
    const file = await new JsonFileAdapter(from, decodeDocumentFile, this.fs).read().catch(() => null);
    if (!file || file.document.id !== id) throw new GlossaError('not_found', `no deleted document with id ${id}`);
    if (this.summaries.has(id)) throw new GlossaError('invalid_input', `an article with id ${id} is already in the notebook`);
    await fsp.rename(from, this.documentPath(id));
    const summary = summarize(file);
    this.summaries.set(id, summary);
    await this.writeLibrary();
    await this.trash.remove('document', id);
    return summary;
  }

  /**
   * A damaged file (already in quarantine/) or a file the index lists that has gone comes
   * back from the newest backup that has a good copy; then the notebook is read again.
   */
  private async recover(pass = 1): Promise<void> {
    const relative = (path: string) => path.slice(this.dir.length + 1).split('\\').join('/');
    const tried = new Set(this.recovered.map((r) => r.path));
    const damaged = this.problems.filter((p) => p.movedTo !== undefined).map((p) => relative(p.file)).filter((p) => !tried.has(p));
    const missing: string[] = [];
    for (const path of this.missingFiles) {
      const id = path.slice('documents/'.length, -'.json'.length);
      if (!(await fsp.access(join(this.dir, 'trash', `${id}.json`)).then(() => true, () => false))) missing.push(path);
    }
    const found = await recoverFromBackups(this.dir, [...new Set([...damaged, ...missing])], this.fs);
    if (found.length === 0) return;
    this.recovered.push(...found);
    await this.reload();
    // A recovered index can list files that are missing too: one more pass for those.
    if (pass === 1) await this.recover(2);
  }

  /** Reads the notebook from disk again (after a restore replaced its files). */
  async reload(): Promise<void> {
    this.docs.clear();
    this.summaries.clear();
    await this.load();
    if (this.trash) this.trash = await TrashStore.open(this.dir, this.fs, (err) => this.setAside(err));
  }

  /** Deletes for good what has been in the trash for 30 days (all of it with `all`). */
  async purgeTrash(all = false): Promise<number> {
    return (await this.trash.purge(this.now(), { all, liveDocuments: new Set(this.summaries.keys()) })).length;
  }

  settings(): Record<string, unknown> {
    return this.library.data.settings;
  }

  async setSettings(settings: Record<string, unknown>): Promise<void> {
    this.library.data.settings = settings;
    await this.writeLibrary();
  }

  async setTags(tags: Tag[]): Promise<void> {
    this.library.data.tags = tags;
    await this.writeLibrary();
  }

  private async openDocument(id: string): Promise<Low<DocumentFile>> {
    const cached = this.docs.get(id);
    if (cached) return cached;
    if (!this.summaries.has(id)) throw notFound(id);
    const db = new Low<DocumentFile>(
      new JsonFileAdapter(this.documentPath(id), decodeDocumentFile, this.fs),
      null as unknown as DocumentFile,
    );
    try {
      await db.read();
    } catch (err) {
      if (err instanceof UnreadableFileError) {
        await this.setAside(err);
        this.summaries.delete(id);
        await this.writeLibrary();
        throw new GlossaError('io', `the file of this document is damaged (${err.reason}); it was moved to quarantine/`);
      }
      throw err;
    }
    if (!db.data) {
      this.summaries.delete(id);
      await this.writeLibrary();
      throw notFound(id);
    }
    this.docs.set(id, db);
    return db;
  }

  private async load(): Promise<void> {
    await removeLeftoverTempFiles(this.dir, this.documentsDir);
    let libraryOk = true;
    try {
      await this.library.read();
    } catch (err) {
      if (!(err instanceof UnreadableFileError)) throw err;
      await this.setAside(err);
      this.library.data = emptyLibrary();
      libraryOk = false;
    }
    const libraryStat = await fsp.stat(join(this.dir, 'library.json')).catch(() => undefined);
    if (!libraryStat) libraryOk = false;
    for (const s of this.library.data.documents) this.summaries.set(s.id, s);

    // The index is stale when documents/ holds files it does not list, lists files that are
    // gone, or a document was saved after it (a save only rewrites the index when needed;
    // `>=` because both can be written within one mtime tick).
    const onDisk = await this.listDocumentFiles();
    const stale: string[] = [];
    for (const [id, mtimeMs] of onDisk) {
      if (!this.summaries.has(id) || !libraryStat || mtimeMs >= libraryStat.mtimeMs) stale.push(id);
    }
    let changed = !libraryOk;
    this.missingFiles = [...this.summaries.keys()].filter((id) => !onDisk.has(id)).map((id) => `documents/${id}.json`);
    for (const id of [...this.summaries.keys()]) {
      if (!onDisk.has(id)) {
        this.summaries.delete(id);
        changed = true;
      }
    }
    for (const id of stale) {
      const file = await this.tryRead(id);
      if (file) {
        const summary = summarize(file);
        if (summaryChanged(this.summaries.get(id), summary)) changed = true;
        this.summaries.set(id, summary);
      } else if (this.summaries.delete(id)) changed = true;
    }
    if (changed || stale.length > 0) await this.writeLibrary();
  }

  private async listDocumentFiles(): Promise<Map<string, number>> {
    const found = new Map<string, number>();
    for (const name of await fsp.readdir(this.documentsDir)) {
      if (!name.endsWith('.json') || name.startsWith('.')) continue;
      const id = name.slice(0, -'.json'.length);
      if (!DOC_ID.test(id)) continue;
      const stat = await fsp.stat(join(this.documentsDir, name));
      if (stat.isFile()) found.set(id, stat.mtimeMs);
    }
    return found;
  }

  private async tryRead(id: string): Promise<DocumentFile | undefined> {
    const adapter = new JsonFileAdapter(this.documentPath(id), decodeDocumentFile, this.fs);
    try {
      const file = await adapter.read();
      if (file && file.document.id !== id) {
        await this.setAside(new UnreadableFileError(adapter.path, `holds document ${file.document.id}, not ${id}`));
        return undefined;
      }
      return file ?? undefined;
    } catch (err) {
      if (!(err instanceof UnreadableFileError)) throw err;
      await this.setAside(err);
      return undefined;
    }
  }

  async setAside(err: UnreadableFileError): Promise<void> {
    const movedTo = await quarantine(this.dir, err.path);
    this.problems.push({ file: err.path, problem: err.reason, movedTo });
  }

  private async writeLibrary(): Promise<void> {
    this.library.data = {
      ...this.library.data,
      schemaVersion: SCHEMA_VERSION,
      documents: [...this.summaries.values()].sort(
        (a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id),
      ),
    };
    try {
      await this.library.write();
    } catch (err) {
      throw ioError(`could not save ${join(this.dir, 'library.json')}`, err);
    }
  }
}

/** A write killed mid-way leaves its temp file; the target itself is old or new, never torn. */
const removeLeftoverTempFiles = async (...dirs: string[]) => {
  for (const dir of dirs) {
    for (const name of await fsp.readdir(dir)) {
      if (name.startsWith('.') && name.endsWith('.tmp')) await fsp.rm(join(dir, name), { force: true });
    }
  }
};

const notFound = (id: string) => new GlossaError('not_found', `no document with id ${id}`);

const ioError = (what: string, err: unknown): GlossaError => {
  const code = (err as NodeJS.ErrnoException)?.code;
  const why =
    code === 'ENOSPC'
      ? 'the disk is full'
      : code === 'EIO'
        ? 'the disk reported an input/output error'
        : code === 'EACCES' || code === 'EPERM'
          ? 'permission denied'
          : (err as Error)?.message ?? String(err);
  return new GlossaError('io', `${what}: ${why}; nothing was changed`);
};
