import type { Annotation, Document } from '../../../data/model/schemas';

/**
 * Every save in the notebook comes back as notebookChanged and a refetch. Handing the reader a
 * fresh blocks array each time would re-render and re-index the whole article on every
 * keystroke pause in a note, so a refetch keeps the old objects wherever nothing changed.
 */
const sameText = (a: Document, b: Document): boolean =>
  a.id === b.id &&
  a.source.importedAt === b.source.importedAt &&
  a.source.sha256 === b.source.sha256 &&
  a.blocks.length === b.blocks.length;

export const shareDocument = (old: Document | null, next: Document): Document => {
  if (!old || !sameText(old, next)) return next;
  if (old.updatedAt === next.updatedAt && old.note === next.note && old.title === next.title) return old;
  return { ...next, blocks: old.blocks };
};

const sameAnnotation = (a: Annotation, b: Annotation): boolean =>
  a.id === b.id && a.updatedAt === b.updatedAt && a.state === b.state && JSON.stringify(a) === JSON.stringify(b);

export const shareAnnotations = (old: readonly Annotation[], next: Annotation[]): Annotation[] => {
  const byId = new Map(old.map((a) => [a.id, a]));
  let changed = old.length !== next.length;
  const merged = next.map((a, i) => {
    const previous = byId.get(a.id);
    if (previous && sameAnnotation(previous, a)) {
      if (old[i] !== previous) changed = true;
      return previous;
    }
    changed = true;
    return a;
  });
  return changed ? merged : (old as Annotation[]);
};
