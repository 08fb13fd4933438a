import type { DocumentFile } from '../schemas';
import { foldForSearch, foldText } from './fold';
import type { FoldedAnnotation, FoldedDocument, FoldedUnit } from './match';
import { documentUnits, type SearchUnit } from './units';

/** A unit's identity within its document: a changed text under the same key is a new unit. */
export const unitKey = (u: SearchUnit): string => `${u.field}:${u.annotationId ?? ''}`;

/**
 * A document as search sees it: every unit folded once, annotations' colours and folded
 * tags for the filters. `reuse` hands back an already folded unit whose text is unchanged
 * (the index keeps those, with their postings, when a document is saved again).
 */
export const foldDocument = (
  file: DocumentFile,
  reuse?: (unit: SearchUnit) => FoldedUnit | undefined,
): FoldedDocument => {
  const { document } = file;
  const units = documentUnits(file).map((unit, ordinal): FoldedUnit => {
    const old = reuse?.(unit);
    if (old) {
      old.ordinal = ordinal;
      return old;
    }
    return {
      field: unit.field,
      annotationId: unit.annotationId,
      text: unit.text,
      documentId: document.id,
      ordinal,
      folded: foldForSearch(unit.text),
      id: -1,
    };
  });
  const annotations = new Map<string, FoldedAnnotation>(
    file.annotations.map((a) => [a.id, { color: a.color, tags: a.tags.map(foldText) }]),
  );
  return {
    id: document.id,
    title: document.title,
    foldedTitle: units.find((u) => u.field === 'title')?.folded.text ?? '',
    units,
    annotations,
  };
};
