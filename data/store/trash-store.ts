import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { SCHEMA_VERSION } from '../model/schemas';
import { emptyTrashFile, isExpired, type TrashEntry, type TrashFile } from '../model/trash';
import type { DurableFs } from './durable-write';
import { JsonFileAdapter, UnreadableFileError } from './json-file-adapter';
import { decodeDocumentFile, decodeTrashFile } from './migrate';

const DOC_FILE = /^([A-Za-z0-9_-]{1,100})\.json$/;
/** A name no document id can take (ids have no dots), so no article file can overwrite it. */
export const TRASH_INDEX = 'trash.index.json';

/**
 * trash/: deleted articles (their files, moved here whole) and deleted annotations, listed
 * in trash/trash.index.json with when they were deleted. The list is written durably through the
 * same adapter as every other file. A crash between moving an article's file here and
 * listing it leaves an unlisted file: load() lists it, dated by the file's own time.
 */
export class TrashStore {
  private constructor(
    readonly dir: string,
    private readonly db: Low<TrashFile>,
  ) {}

  static async open(notebookDir: string, fs: DurableFs, setAside: (err: UnreadableFileError) => Promise<void>): Promise<TrashStore> {
    const dir = join(notebookDir, 'trash');
    await fsp.mkdir(dir, { recursive: true });
    const db = new Low(new JsonFileAdapter(join(dir, TRASH_INDEX), decodeTrashFile, fs), emptyTrashFile());
    try {
      await db.read();
    } catch (err) {
      if (!(err instanceof UnreadableFileError)) throw err;
      await setAside(err);
      db.data = emptyTrashFile();
    }
    const trash = new TrashStore(dir, db);
    await trash.listUnlistedFiles();
    return trash;
  }

  entries(): readonly TrashEntry[] {
    return this.db.data.entries;
  }

  find(kind: TrashEntry['kind'], id: string): TrashEntry | undefined {
    return this.db.data.entries.find((e) => e.kind === kind && e.id === id);
  }

  documentPath(id: string): string {
    return join(this.dir, `${id}.json`);
  }

  async add(entry: TrashEntry): Promise<void> {
    await this.write([...this.db.data.entries.filter((e) => !(e.kind === entry.kind && e.id === entry.id)), entry]);
  }

  async remove(kind: TrashEntry['kind'], id: string): Promise<void> {
    if (!this.find(kind, id)) return;
    await this.write(this.db.data.entries.filter((e) => !(e.kind === kind && e.id === id)));
  }

  /**
   * Deletes for good what has waited TRASH_DAYS (or everything, for "Empty trash"), and
   * annotations whose article is gone for good. The list is written first: a crash after it
   * leaves at most an unlisted article file, which load() lists again rather than losing.
   */
  async purge(now: Date, { all = false, liveDocuments }: { all?: boolean; liveDocuments: ReadonlySet<string> }): Promise<TrashEntry[]> {
    const expired = (e: TrashEntry) => all || isExpired(e, now);
    const gone = this.db.data.entries.filter((e) => e.kind === 'document' && expired(e)).map((e) => e.id);
    const keptDocs = new Set(this.db.data.entries.filter((e) => e.kind === 'document' && !expired(e)).map((e) => e.id));
    const removed: TrashEntry[] = [];
    const kept = this.db.data.entries.filter((e) => {
      const drop = expired(e) || (e.kind === 'annotation' && !liveDocuments.has(e.documentId) && !keptDocs.has(e.documentId));
      if (drop) removed.push(e);
      return !drop;
    });
    if (removed.length === 0) return [];
    await this.write(kept);
    for (const id of gone) await fsp.rm(this.documentPath(id), { force: true });
    return removed;
  }

  private async write(entries: TrashEntry[]): Promise<void> {
    const previous = this.db.data;
    this.db.data = { schemaVersion: SCHEMA_VERSION, entries };
    try {
      await this.db.write();
    } catch (err) {
      this.db.data = previous;
      throw err;
    }
  }

  private async listUnlistedFiles(): Promise<void> {
    const listed = new Set(this.db.data.entries.filter((e) => e.kind === 'document').map((e) => e.id));
    const found: TrashEntry[] = [];
    for (const name of await fsp.readdir(this.dir)) {
      const id = DOC_FILE.exec(name)?.[1];
      if (!id || listed.has(id)) continue;
      const path = join(this.dir, name);
      const file = await new JsonFileAdapter(path, decodeDocumentFile).read().catch(() => null);
      if (!file) continue;
      const { mtime } = await fsp.stat(path);
      found.push({ kind: 'document', id, title: file.document.title, annotationCount: file.annotations.length, deletedAt: mtime.toISOString() });
    }
    if (found.length) await this.write([...this.db.data.entries, ...found]);
  }
}
