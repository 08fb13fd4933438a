import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { GlossaError } from '../model/result';
import { SCHEMA_VERSION, type DocumentFile, type DocumentSummary, type Tag } from '../model/schemas';
import { summarize, summaryChanged } from '../model/summary';
import { nodeFs, type DurableFs } from './durable-write';
import { DOC_ID, statDocumentFiles } from './document-files';
import { sameStamp, stampOf, type FileStamp, type StoredLibraryFile } from './file-stamp';
import { JsonFileAdapter, UnreadableFileError } from './json-file-adapter';
import { decodeDocumentFile, decodeLibraryFile } from './migrate';
import { removeLeftoverTempFiles } from './leftover-temp-files';
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

const emptyLibrary = (): StoredLibraryFile => ({
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
  /** Each document file's stamp as its summary was made; written into the index with it. */
  private stamps = new Map<string, FileStamp>();
  /** Deleted articles and annotations, restorable for 30 days; set by open(). */
  trash!: TrashStore;

  private constructor(
    readonly dir: string,
    private readonly library: Low<StoredLibraryFile>,
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
    await this.restamp(id);
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
    this.forget(id);
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
    await this.restamp(id);
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
    this.stamps.clear();
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
        this.forget(id);
        await this.writeLibrary();
        throw new GlossaError('io', `the file of this document is damaged (${err.reason}); it was moved to quarantine/`);
      }
      throw err;
    }
    if (!db.data) {
      this.forget(id);
      await this.writeLibrary();
      throw notFound(id);
    }
    this.docs.set(id, db);
    return db;
  }

  private async load(): Promise<void> {
    await removeLeftoverTempFiles([this.dir, this.documentsDir, join(this.dir, 'trash')]);
    let libraryOk = await fsp.access(join(this.dir, 'library.json')).then(() => true, () => false);
    try {
      await this.library.read();
    } catch (err) {
      if (!(err instanceof UnreadableFileError)) throw err;
      await this.setAside(err);
      this.library.data = emptyLibrary();
      libraryOk = false;
    }
    for (const { stamp, ...summary } of this.library.data.documents) {
      this.summaries.set(summary.id, summary);
      if (stamp) this.stamps.set(summary.id, stamp);
    }

    // An entry is refreshed when its file's stamp differs in any way from the one recorded
    // with it (or it has none yet); only those files are read, the rest cost one stat.
    // Files the index does not list are added, entries whose file is gone are dropped.
    const onDisk = await statDocumentFiles(this.documentsDir);
    const stale = [...onDisk].filter(([id, stamp]) => !this.summaries.has(id) || !sameStamp(this.stamps.get(id), stamp));
    let changed = !libraryOk;
    this.missingFiles = [...this.summaries.keys()].filter((id) => !onDisk.has(id)).map((id) => `documents/${id}.json`);
    for (const id of [...this.summaries.keys()]) {
      if (!onDisk.has(id)) {
        this.forget(id);
        changed = true;
      }
    }
    for (const [id, stamp] of stale) {
      const file = await this.tryRead(id);
      if (file) {
        const summary = summarize(file);
        if (summaryChanged(this.summaries.get(id), summary)) changed = true;
        this.summaries.set(id, summary);
        // Taken before the read: a write landing in between leaves a stamp that no longer
        // matches, so the next open reads the file again instead of trusting old content.
        this.stamps.set(id, stamp);
      } else if (this.forget(id)) changed = true;
    }
    if (changed || stale.length > 0) await this.writeLibrary();
  }

  private forget(id: string): boolean {
    this.stamps.delete(id);
    return this.summaries.delete(id);
  }

  /**
   * After a write or a move, so the index records the file as Glossa left it. (A stamp that
   * caught a later write by someone else only makes the next open read the file again.)
   */
  private async restamp(id: string): Promise<void> {
    const stat = await fsp.stat(this.documentPath(id)).catch(() => undefined);
    if (stat) this.stamps.set(id, stampOf(stat));
    else this.stamps.delete(id);
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
      documents: [...this.summaries.values()]
        .sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id))
        .map((s) => {
          const stamp = this.stamps.get(s.id);
          return stamp ? { ...s, stamp } : s;
        }),
    };
    try {
      await this.library.write();
    } catch (err) {
      throw ioError(`could not save ${join(this.dir, 'library.json')}`, err);
    }
  }
}

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
