import type { EventPayloads, GlossaBridge, TagCount } from '../../../data/model/api';
import type { DocumentSummary } from '../../../data/model/schemas';
import { createStore } from './create-store';
import { errorParam, type NoticesStore } from './notices-store';
import { readFileBase64, type FileLike } from './read-file-base64';

/**
 * The library: document summaries, tags, imports and deletes. Files are imported one call
 * each, so one bad file never sinks the batch, progress is real, and no request grows past
 * browser mode's size limit.
 */
export interface ImportProgress {
  done: number;
  total: number;
  file: string;
}

export interface DocumentsState {
  loaded: boolean;
  documents: DocumentSummary[];
  tags: TagCount[];
  progress: ImportProgress | null;
}

export type DocumentsStore = ReturnType<typeof createDocumentsStore>;

const byNewest = (a: DocumentSummary, b: DocumentSummary) =>
  a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.title.localeCompare(b.title);

export const createDocumentsStore = (bridge: GlossaBridge, notices: NoticesStore) => {
  const store = createStore<DocumentsState>({ loaded: false, documents: [], tags: [], progress: null });
  let importing = false;

  const load = async (): Promise<DocumentSummary[]> => {
    const [docs, tags] = await Promise.all([bridge.listDocuments({}), bridge.listTags({})]);
    if (!docs.ok) notices.error('error.loadLibrary', { message: errorParam(docs.error) });
    const documents = docs.ok ? [...docs.value].sort(byNewest) : store.get().documents;
    store.set((s) => ({ ...s, loaded: true, documents, tags: tags.ok ? tags.value : s.tags }));
    return documents;
  };

  const setProgress = (progress: ImportProgress | null) => store.set((s) => ({ ...s, progress }));

  return {
    store,
    load,
    /** Import the chosen or dropped files; resolves to what was imported. */
    async importFiles(files: readonly FileLike[]): Promise<DocumentSummary[]> {
      const imported: DocumentSummary[] = [];
      if (!files.length) return imported;
      importing = true;
      try {
        for (const [i, file] of files.entries()) {
          setProgress({ done: i, total: files.length, file: file.name });
          let dataBase64: string;
          try {
            dataBase64 = await readFileBase64(file);
          } catch (err) {
            notices.error('import.failed', { message: errorParam({ message: String((err as Error)?.message ?? err) }, { file: file.name }) });
            continue;
          }
          const result = await bridge.importFileData({ files: [{ fileName: file.name, dataBase64 }] });
          if (!result.ok) {
            notices.error('import.failed', { message: errorParam(result.error, { file: file.name }) });
            continue;
          }
          imported.push(...result.value.imported);
          // Each failure names its file, in the interface language (see errorText).
          for (const f of result.value.failed) notices.error('import.failed', { message: errorParam(f, { file: f.file }) });
        }
      } finally {
        importing = false;
        setProgress(null);
      }
      if (imported.length) {
        notices.toast(imported.length === 1 ? 'import.done.one' : 'import.done.other', { count: imported.length });
        await load();
      }
      return imported;
    },
    /** Progress of an import someone else started (a host menu): shown the same way. */
    onImportProgress(payload: EventPayloads['importProgress']) {
      if (importing) return;
      // The host reports files finished; we show the file being worked on (done is 0-based).
      setProgress(payload.done >= payload.total ? null : { ...payload, done: Math.max(0, payload.done - 1) });
    },
    async importText(text: string, title: string): Promise<DocumentSummary | null> {
      const result = await bridge.importText({ text, title, format: 'markdown' });
      if (!result.ok) {
        notices.error('import.failed', { message: errorParam(result.error, { file: title }) });
        return null;
      }
      await load();
      return result.value;
    },
    /** Delete, with an Undo toast that restores from the notebook's trash. */
    async deleteDocument(summary: DocumentSummary, onRestored?: (id: string) => void): Promise<boolean> {
      const result = await bridge.deleteDocument({ id: summary.id });
      if (!result.ok) {
        notices.error('error.action', { message: errorParam(result.error) });
        return false;
      }
      store.set((s) => ({ ...s, documents: s.documents.filter((d) => d.id !== summary.id) }));
      notices.toast('library.deleted', { title: summary.title }, {
        label: { key: 'action.undo' },
        run: async () => {
          const restored = await bridge.restoreDocument({ id: summary.id });
          if (!restored.ok) return void notices.error('error.action', { message: errorParam(restored.error) });
          await load();
          onRestored?.(summary.id);
        },
      });
      void load();
      return true;
    },
  };
};
