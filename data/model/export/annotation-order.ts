import type { Annotation } from '../schemas';
import { compareCodeUnits } from './plain-text';

/**
 * Which section each annotation goes to, and in which order, independent of the order the
 * caller passes them in (the store's order is an accident of history).
 */

export interface AnnotationSections {
  /** With a target, found in the current text (anchored or fuzzy): document order. */
  excerpts: Annotation[];
  /** With a target that is no longer found: stored document order. */
  orphans: Annotation[];
  /** Without a target (about the whole document): creation order. */
  documentNotes: Annotation[];
}

const byCreation = (a: Annotation, b: Annotation): number =>
  compareCodeUnits(a.createdAt, b.createdAt) || compareCodeUnits(a.id, b.id);

const byPosition = (a: Annotation, b: Annotation): number =>
  (a.target?.position.start ?? 0) - (b.target?.position.start ?? 0) || byCreation(a, b);

export const sectionAnnotations = (annotations: readonly Annotation[]): AnnotationSections => {
  const excerpts: Annotation[] = [];
  const orphans: Annotation[] = [];
  const documentNotes: Annotation[] = [];
  for (const a of annotations) {
    if (a.target === undefined) documentNotes.push(a);
    else if (a.state === 'orphaned') orphans.push(a);
    else excerpts.push(a);
  }
  return {
    excerpts: excerpts.sort(byPosition),
    orphans: orphans.sort(byPosition),
    documentNotes: documentNotes.sort(byCreation),
  };
};
