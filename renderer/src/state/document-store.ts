import type { GlossaBridge } from '../../../data/model/api';
import type { Annotation, Document } from '../../../data/model/schemas';
import type { CreateRequest } from '../reader/reader-props';
import { createStore } from './create-store';
import { errorParam, type NoticesStore } from './notices-store';
import { shareAnnotations, shareDocument } from './structural-sharing';
import { createUndoStack, type AnnotationFields, type RecordOptions, type UndoStackOptions } from './undo-stack';

/**
 * The open document and its annotations, the selection, and every change to them. Each
 * change goes to the notebook, patches local state from the answer (so the UI does not wait
 * for notebookChanged) and records its inverse on the undo stack.
 */
export interface DocumentState {
  documentId: string | null;
  document: Document | null;
  annotations: Annotation[];
  loading: boolean;
  selectedId: string | null;
  /** Ask the reader to scroll to an annotation; a new nonce repeats the request. */
  reveal?: { id: string; nonce: number };
  /** Ask the annotations pane to focus an annotation's note editor. */
  noteFocus?: { id: string; nonce: number };
}

export type DocumentStore = ReturnType<typeof createDocumentStore>;

const EMPTY: DocumentState = { documentId: null, document: null, annotations: [], loading: false, selectedId: null };

export const createDocumentStore = (bridge: GlossaBridge, notices: NoticesStore, undoOptions?: UndoStackOptions) => {
  const store = createStore<DocumentState>(EMPTY);
  let nonce = 0;
  let openToken = 0;

  const failed = (result: { ok: false; error: { message: string } }): false => {
    notices.error('error.action', { message: errorParam(result.error) });
    return false;
  };
  const isCurrent = (documentId: string) => store.get().documentId === documentId;
  const patchAnnotations = (documentId: string, change: (list: Annotation[]) => Annotation[]) => {
    if (isCurrent(documentId)) store.set((s) => ({ ...s, annotations: change(s.annotations) }));
  };
  const upsert = (a: Annotation) =>
    patchAnnotations(a.documentId, (list) =>
      list.some((x) => x.id === a.id) ? list.map((x) => (x.id === a.id ? a : x)) : [...list, a],
    );
  const drop = (documentId: string, id: string) => {
    patchAnnotations(documentId, (list) => list.filter((x) => x.id !== id));
    if (store.get().selectedId === id) store.set((s) => ({ ...s, selectedId: null }));
  };

  const executor = {
    async recreateAnnotation(a: Annotation) {
      // A deleted annotation waits in the trash: bring that one back, same id and all.
      const fromTrash = await bridge.restoreAnnotation({ documentId: a.documentId, id: a.id });
      if (fromTrash.ok) {
        upsert(fromTrash.value);
        return fromTrash.value;
      }
      // Emptied from the trash meanwhile: make it again from what the undo entry kept.
      // Orphans are re-created by their quote (their stored position may now be other text).
      const anchor = a.target
        ? a.state === 'orphaned'
          ? { exact: a.target.quote.exact, prefix: a.target.quote.prefix, suffix: a.target.quote.suffix }
          : { start: a.target.position.start, end: a.target.position.end }
        : undefined;
      const result = await bridge.createAnnotation({
        documentId: a.documentId,
        anchor,
        color: a.color,
        tags: a.tags,
        note: a.note,
      });
      if (!result.ok) return failed(result) || null;
      upsert(result.value);
      return result.value;
    },
    async deleteAnnotation(documentId: string, id: string) {
      const result = await bridge.deleteAnnotation({ documentId, id });
      if (!result.ok) return failed(result);
      drop(documentId, id);
      return true;
    },
    async updateAnnotation(documentId: string, id: string, fields: Partial<AnnotationFields>) {
      const result = await bridge.updateAnnotation({ documentId, id, ...fields });
      if (!result.ok) return failed(result);
      upsert(result.value);
      return true;
    },
    async setDocumentNote(documentId: string, note: string) {
      const result = await bridge.updateDocument({ id: documentId, note });
      if (!result.ok) return failed(result);
      if (isCurrent(documentId)) store.set((s) => ({ ...s, document: result.value }));
      return true;
    },
  };
  const undo = createUndoStack(executor, undoOptions);

  const fetchDocument = async (id: string, token: number): Promise<void> => {
    const result = await bridge.getDocument({ id });
    if (token !== openToken) return;
    if (!result.ok) {
      store.set(EMPTY);
      if (result.error.code !== 'not_found') notices.error('error.openDocument', { message: errorParam(result.error) });
      return;
    }
    const fetched = result.value;
    store.set((s) => ({
      ...s,
      document: shareDocument(s.document, fetched.document),
      annotations: shareAnnotations(s.annotations, fetched.annotations),
      loading: false,
      selectedId: fetched.annotations.some((a) => a.id === s.selectedId) ? s.selectedId : null,
    }));
  };

  const findAnnotation = (id: string) => store.get().annotations.find((a) => a.id === id);

  return {
    store,
    undo,
    async open(id: string | null): Promise<void> {
      const token = ++openToken;
      if (id === null) return store.set(EMPTY);
      store.set({ ...EMPTY, documentId: id, loading: true });
      await fetchDocument(id, token);
    },
    /** notebookChanged: refetch when the open document is among the changed ones. */
    async reload(documentIds?: string[]): Promise<void> {
      const { documentId } = store.get();
      if (!documentId || (documentIds && documentIds.length && !documentIds.includes(documentId))) return;
      await fetchDocument(documentId, openToken);
    },
    select(id: string | null, options: { reveal?: boolean } = {}) {
      store.set((s) => ({
        ...s,
        selectedId: id,
        reveal: id && options.reveal ? { id, nonce: ++nonce } : s.reveal,
      }));
    },
    async create(request: CreateRequest): Promise<Annotation | null> {
      const { documentId } = store.get();
      if (!documentId) return null;
      const result = await bridge.createAnnotation({
        documentId,
        anchor: { start: request.start, end: request.end },
        color: request.color,
        tags: request.tags,
      });
      if (!result.ok) return failed(result) || null;
      const annotation = result.value;
      upsert(annotation);
      undo.record({ kind: 'create', annotation });
      store.set((s) => ({
        ...s,
        selectedId: annotation.id,
        noteFocus: request.intent === 'note' ? { id: annotation.id, nonce: ++nonce } : s.noteFocus,
      }));
      return annotation;
    },
    async update(id: string, fields: Partial<AnnotationFields>, options: RecordOptions = {}): Promise<boolean> {
      const before = findAnnotation(id);
      if (!before) return false;
      const result = await bridge.updateAnnotation({ documentId: before.documentId, id, ...fields });
      if (!result.ok) return failed(result);
      upsert(result.value);
      const old: Partial<AnnotationFields> = {};
      for (const key of Object.keys(fields) as (keyof AnnotationFields)[]) Object.assign(old, { [key]: before[key] });
      undo.record({ kind: 'update', documentId: before.documentId, id, before: old, after: fields }, options);
      return true;
    },
    async remove(id: string): Promise<boolean> {
      const annotation = findAnnotation(id);
      if (!annotation) return false;
      const done = await executor.deleteAnnotation(annotation.documentId, id);
      if (done) undo.record({ kind: 'delete', annotation });
      return done;
    },
    async setDocumentNote(note: string, options: RecordOptions = {}): Promise<boolean> {
      const { document } = store.get();
      if (!document || document.note === note) return false;
      const before = document.note;
      const done = await executor.setDocumentNote(document.id, note);
      if (done) undo.record({ kind: 'documentNote', documentId: document.id, before, after: note }, options);
      return done;
    },
    /** Keep the note editor's request and the reveal after they were served. */
    requestNoteFocus(id: string) {
      store.set((s) => ({ ...s, noteFocus: { id, nonce: ++nonce } }));
    },
  };
};
