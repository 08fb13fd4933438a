import type { SearchField } from '../api-search';
import type { Color, DocumentFile } from '../schemas';
import { canonicalText } from '../text';

/**
 * What of a document is searched, as units: one piece of text with the field and annotation
 * it belongs to. Units come in reading order (title, text, note, then annotations by their
 * position in the text), which is also the order hits are shown in.
 */
export interface SearchUnit {
  field: SearchField;
  annotationId?: string;
  /** The original text: snippets and offsets refer to it. */
  text: string;
}

export interface AnnotationInfo {
  id: string;
  color: Color;
  tags: string[];
}

/**
 * An annotation's tags are one unit joined by NUL: a query never contains NUL (query.ts
 * removes it), so no match can run from one tag into the next.
 */
export const TAG_SEPARATOR = '\u0000';

/** Annotations in reading order: by start offset, then those without a passage. */
export const annotationsInOrder = (file: DocumentFile) =>
  file.annotations
    .map((a, i) => ({ a, i }))
    .sort((x, y) => {
      const sx = x.a.target?.position.start ?? Number.MAX_SAFE_INTEGER;
      const sy = y.a.target?.position.start ?? Number.MAX_SAFE_INTEGER;
      return sx - sy || x.i - y.i;
    })
    .map(({ a }) => a);

export const documentUnits = (file: DocumentFile): SearchUnit[] => {
  const { document } = file;
  const units: SearchUnit[] = [];
  const add = (field: SearchField, text: string, annotationId?: string) => {
    if (text) units.push(annotationId === undefined ? { field, text } : { field, text, annotationId });
  };
  add('title', document.title);
  add('text', canonicalText(document.blocks));
  add('note', document.note);
  for (const a of annotationsInOrder(file)) {
    if (a.target) add('quote', a.target.quote.exact, a.id);
    add('note', a.note, a.id);
    add('tag', a.tags.join(TAG_SEPARATOR), a.id);
  }
  return units;
};
