import type { SearchResult } from './model/api-search';
import { GlossaError } from './model/result';
import type { DocumentFile } from './model/schemas';
import { SearchIndex } from './model/search';
import type { NotebookStore } from './store/notebook-store';

/**
 * The service's search index: built on the first search from every document in the
 * notebook, then kept current one document at a time. It lives in the host process
 * (Electron main or `glossa serve`), never in the renderer (docs/decisions/0020-search.md).
 *
 * The service reports every change through documentsChanged, from the one place every
 * change already passes: its notebookChanged event (saves, imports, deletes, restores, tag
 * renames that write many documents at once). Each changed document is read again from the
 * store and replaced in the index; a search waits for those refreshes, so it never answers
 * from before a change that was already reported.
 */
export class LiveSearchIndex {
  private index?: SearchIndex;
  private building?: { index: SearchIndex; done: Promise<SearchIndex>; touched: Set<string> };
  private refreshes: Promise<void> = Promise.resolve();

  constructor(private readonly store: NotebookStore) {}

  async search(query: string, limit?: number): Promise<SearchResult> {
    let index = await this.ready();
    await this.refreshes;
    if (!this.index) index = await this.ready(); // a refresh failed: built again from the store
    return index.search(query, limit);
  }

  /** After a change is on disk: these documents were saved, added or removed. */
  documentsChanged(ids: readonly string[]): void {
    const target = this.index ?? this.building?.index;
    if (!target || ids.length === 0) return; // no index yet: the first search reads the store
    // A document changed during the first build is left to this refresh: the build may hold
    // a copy read before the change, which must not overwrite the newer one.
    for (const id of ids) this.building?.touched.add(id);
    this.refreshes = this.refreshes
      .then(() => this.refresh(target, ids))
      .catch(() => {
        // Unexpected (not a damaged file): start again from the store at the next search.
        this.index = undefined;
      });
  }

  private async refresh(index: SearchIndex, ids: readonly string[]): Promise<void> {
    for (const id of ids) {
      const file = this.store.hasDocument(id) ? await this.read(id) : null;
      if (file) index.updateDocument(file);
      else index.removeDocument(id);
    }
  }

  /** A damaged file is moved aside and reported by the store; search goes on without it. */
  private async read(id: string): Promise<DocumentFile | null> {
    try {
      return await this.store.readDocument(id);
    } catch (err) {
      if (err instanceof GlossaError) return null;
      throw err;
    }
  }

  private ready(): Promise<SearchIndex> {
    if (this.index) return Promise.resolve(this.index);
    if (!this.building) {
      const index = new SearchIndex();
      const touched = new Set<string>();
      const done = this.fill(index, touched).then(
        () => {
          this.index = index;
          this.building = undefined;
          return index;
        },
        (err: unknown) => {
          this.building = undefined; // the next search tries again
          throw err;
        },
      );
      this.building = { index, done, touched };
    }
    return this.building.done;
  }

  private async fill(index: SearchIndex, touched: Set<string>): Promise<void> {
    for (const { id } of this.store.listSummaries()) {
      if (touched.has(id)) continue;
      const file = await this.read(id);
      if (file && !touched.has(id)) index.updateDocument(file);
    }
    index.trim();
  }
}
