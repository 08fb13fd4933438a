import { reanchor } from './model/anchoring';
import { GlossaError } from './model/result';
import type { Annotation } from './model/schemas';
import { canonicalText } from './model/text';
import { toTrashItem, type TrashItem } from './model/trash';
import type { RestoredItem } from './model/api-trash';
import type { NotebookStore } from './store/notebook-store';

/**
 * What NotebookService does for the trash, kept out of service.ts. Each function returns
 * the ids of the articles it changed, for notebookChanged.
 */
export const listTrashItems = (store: NotebookStore): TrashItem[] => {
  const live = new Set(store.listSummaries().map((s) => s.id));
  return store.trash
    .entries()
    .map((e) => toTrashItem(e, live))
    .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt) || a.id.localeCompare(b.id));
};

/** Lists the annotation, then removes it from its article: a crash between leaves both. */
export const trashAnnotation = async (store: NotebookStore, documentId: string, id: string, at: string): Promise<void> => {
  const file = await store.readDocument(documentId);
  const annotation = file.annotations.find((a) => a.id === id);
  if (!annotation) throw new GlossaError('not_found', `no annotation with id ${id}`);
  await store.trash.add({ kind: 'annotation', id, documentId, documentTitle: file.document.title, annotation, deletedAt: at });
  file.annotations = file.annotations.filter((a) => a.id !== id);
  await store.saveDocument(file);
};

/**
 * Back into its article, anchored in the article's text as it is now (it may have been
 * replaced by a newer version since), then off the list.
 */
export const restoreTrashedAnnotation = async (store: NotebookStore, documentId: string, id: string): Promise<Annotation> => {
  const entry = store.trash.find('annotation', id);
  if (!entry || entry.kind !== 'annotation' || entry.documentId !== documentId) {
    throw new GlossaError('not_found', `no deleted annotation with id ${id}`);
  }
  if (!store.hasDocument(documentId)) {
    throw new GlossaError('not_found', `the article “${entry.documentTitle}” of this annotation is deleted too; restore the article first`);
  }
  const file = await store.readDocument(documentId);
  let back = file.annotations.find((a) => a.id === id);
  if (!back) {
    [back] = reanchorOne(canonicalText(file.document.blocks), entry.annotation);
    file.annotations.push(back);
    await store.saveDocument(file);
  }
  await store.trash.remove('annotation', id);
  return back;
};

const reanchorOne = (text: string, annotation: Annotation): Annotation[] => reanchor(text, [annotation]).annotations;

/** Articles first, so an annotation whose article comes back in the same call can follow. */
export const restoreTrashItems = async (
  store: NotebookStore,
  items: readonly { kind: 'document' | 'annotation'; id: string }[],
): Promise<RestoredItem[]> => {
  const ordered = [...items].sort((a, b) => (a.kind === b.kind ? 0 : a.kind === 'document' ? -1 : 1));
  const restored: RestoredItem[] = [];
  for (const item of ordered) {
    if (item.kind === 'document') {
      await store.restoreDocument(item.id);
      restored.push({ kind: 'document', id: item.id, documentId: item.id });
    } else {
      const entry = store.trash.find('annotation', item.id);
      if (!entry || entry.kind !== 'annotation') throw new GlossaError('not_found', `no deleted annotation with id ${item.id}`);
      await restoreTrashedAnnotation(store, entry.documentId, item.id);
      restored.push({ kind: 'annotation', id: item.id, documentId: entry.documentId });
    }
  }
  return restored;
};
