import type { DeletedTag, TagChangeReport, TagOccurrence } from './model/api-tags';
import { GlossaError } from './model/result';
import type { DocumentFile, Tag } from './model/schemas';
import {
  documentExcerpts,
  groupExcerpts,
  renameTagColors,
  rewriteTags,
  tagMatches,
  tagMatchesAny,
  type ColorNames,
  type ExcerptCollection,
  type ExcerptQuery,
} from './model/tags';
import type { NotebookStore } from './store/notebook-store';

/**
 * Tag operations over the whole notebook, for NotebookService. Documents are found through
 * the index's tag counts, so only the articles that carry a tag are read, and only the ones
 * that change are written (all of them first, then library.json once).
 */
export interface TagEdit {
  report: TagChangeReport;
  /** Ids of the documents written, for notebookChanged. */
  documentIds: string[];
}

/** Every tag name in use, from the index (no document is read). */
export const tagsInUse = (store: NotebookStore): string[] => {
  const names = new Set<string>();
  for (const s of store.listSummaries()) for (const name of Object.keys(s.tagCounts)) names.add(name);
  return [...names];
};

const documentsWithTag = (store: NotebookStore, matches: (tag: string) => boolean): string[] =>
  store
    .listSummaries()
    .filter((s) => Object.keys(s.tagCounts).some(matches))
    .map((s) => s.id);

/** Refuses a tag that no annotation and no colour entry mentions: a typo should not pass. */
export const requireTag = (store: NotebookStore, name: string): void => {
  const known = tagsInUse(store).some((t) => tagMatches(name, t)) || store.tags().some((t) => tagMatches(name, t.name));
  if (!known) throw new GlossaError('not_found', `no tag "${name}" in the notebook (glossa tags lists them)`);
};

const save = async (store: NotebookStore, files: DocumentFile[], report: TagChangeReport): Promise<TagEdit> => {
  await store.saveDocuments(files);
  return { report, documentIds: files.map((f) => f.document.id) };
};

/** Renames tags everywhere (`rename` answers undefined for tags it leaves alone). */
export const renameEverywhere = async (
  store: NotebookStore,
  at: string,
  rename: (tag: string) => string | undefined,
): Promise<TagEdit> => {
  const files: DocumentFile[] = [];
  const touched = new Set<string>();
  let annotations = 0;
  for (const id of documentsWithTag(store, (t) => rename(t) !== undefined)) {
    const file = await store.readDocument(id);
    let changed = false;
    for (const a of file.annotations) {
      const next = rewriteTags(a.tags, rename);
      if (!next.changed) continue;
      for (const t of a.tags) if (rename(t) !== undefined && rename(t) !== t) touched.add(t);
      a.tags = next.tags;
      a.updatedAt = at;
      annotations += 1;
      changed = true;
    }
    if (changed) files.push(file);
  }
  const colors = store.tags();
  const renamedColors = renameTagColors(colors, (name) => (rename(name) === name ? undefined : rename(name)));
  if (JSON.stringify(renamedColors) !== JSON.stringify(colors)) {
    for (const t of colors) if (rename(t.name) !== undefined && rename(t.name) !== t.name) touched.add(t.name);
    await store.setTags(renamedColors);
  }
  return save(store, files, { documents: files.length, annotations, tags: [...touched].sort() });
};

/** Removes a tag and its descendants, remembering where each stood so it can come back. */
export const deleteEverywhere = async (store: NotebookStore, at: string, name: string): Promise<DeletedTag & { documentIds: string[] }> => {
  const matches = (t: string) => tagMatches(name, t);
  const files: DocumentFile[] = [];
  const occurrences: TagOccurrence[] = [];
  const removed = new Set<string>();
  let annotations = 0;
  for (const id of documentsWithTag(store, matches)) {
    const file = await store.readDocument(id);
    for (const a of file.annotations) {
      if (!a.tags.some(matches)) continue;
      a.tags.forEach((tag, index) => {
        if (!matches(tag)) return;
        occurrences.push({ documentId: id, annotationId: a.id, tag, index });
        removed.add(tag);
      });
      a.tags = a.tags.filter((t) => !matches(t));
      a.updatedAt = at;
      annotations += 1;
    }
    files.push(file);
  }
  const colors = store.tags().filter((t) => matches(t.name));
  if (colors.length) await store.setTags(store.tags().filter((t) => !matches(t.name)));
  for (const c of colors) removed.add(c.name);
  await store.saveDocuments(files);
  const documentIds = files.map((f) => f.document.id);
  return { name, colors, occurrences, documents: files.length, annotations, tags: [...removed].sort(), documentIds };
};

/** Undo of a delete: each tag back at its old place, unless the annotation has it again. */
export const restoreEverywhere = async (
  store: NotebookStore,
  at: string,
  input: { colors: Tag[]; occurrences: TagOccurrence[] },
): Promise<TagEdit> => {
  const byDocument = new Map<string, TagOccurrence[]>();
  for (const o of input.occurrences) byDocument.set(o.documentId, [...(byDocument.get(o.documentId) ?? []), o]);
  const files: DocumentFile[] = [];
  const restored = new Set<string>();
  let annotations = 0;
  for (const [id, list] of byDocument) {
    // The article may have been deleted since: what can come back, comes back.
    if (!store.hasDocument(id)) continue;
    const file = await store.readDocument(id);
    let changed = false;
    for (const a of file.annotations) {
      const mine = list.filter((o) => o.annotationId === a.id).sort((x, y) => x.index - y.index);
      const missing = mine.filter((o) => !a.tags.includes(o.tag));
      if (!missing.length) continue;
      const tags = [...a.tags];
      for (const o of missing) tags.splice(Math.min(o.index, tags.length), 0, o.tag);
      for (const o of missing) restored.add(o.tag);
      a.tags = tags;
      a.updatedAt = at;
      annotations += 1;
      changed = true;
    }
    if (changed) files.push(file);
  }
  const existing = new Set(store.tags().map((t) => t.name));
  const colors = input.colors.filter((c) => c.color && !existing.has(c.name));
  if (colors.length) await store.setTags([...store.tags(), ...colors]);
  return save(store, files, { documents: files.length, annotations, tags: [...restored].sort() });
};

/** The excerpt collection: only articles that can match are read. */
export const collectExcerpts = async (
  store: NotebookStore,
  query: ExcerptQuery,
  colorNames: ColorNames,
): Promise<ExcerptCollection> => {
  const tags = query.tags ?? [];
  const ids = store
    .listSummaries()
    .filter((s) => !query.documentIds?.length || query.documentIds.includes(s.id))
    .filter((s) => !tags.length || Object.keys(s.tagCounts).some((t) => tagMatchesAny(tags, t)))
    .map((s) => s.id);
  const items = [];
  for (const id of ids) {
    const { document, annotations } = await store.readDocument(id);
    items.push(...documentExcerpts(document, annotations, query, colorNames));
  }
  return groupExcerpts(items, query.groupBy ?? 'document', tags);
};
