import type { Annotation, Color } from '../../../data/model/schemas';
import { tagMatches } from '../../../data/model/tags';

/**
 * What the annotations pane shows and in which order: document notes (no target) first, then
 * annotations in document order, then orphans in their own section. Pure, so it is tested
 * without a DOM and the j/k navigation walks exactly what is on screen.
 */
export interface AnnotationFilter {
  color: Color | null;
  tag: string | null;
}

export const NO_FILTER: AnnotationFilter = { color: null, tag: null };

export interface AnnotationGroups {
  /** Without a target: about the whole document. */
  notes: Annotation[];
  /** Found in the current text, by position. */
  found: Annotation[];
  /** "Not found in the current text": shown with their stored quote. */
  orphans: Annotation[];
  /** How many annotations there are before filtering. */
  total: number;
}

const byCreated = (a: Annotation, b: Annotation) =>
  a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0;

export const byDocumentOrder = (a: Annotation, b: Annotation): number =>
  (a.target?.position.start ?? -1) - (b.target?.position.start ?? -1) ||
  (a.target?.position.end ?? -1) - (b.target?.position.end ?? -1) ||
  byCreated(a, b);

export const isFiltered = (filter: AnnotationFilter): boolean => filter.color !== null || filter.tag !== null;

export const matchesFilter = (a: Annotation, filter: AnnotationFilter): boolean =>
  (filter.color === null || a.color === filter.color) && // Hierarchical, as everywhere: the filter `研究` also shows `研究/雲端`.
  (filter.tag === null || a.tags.some((t) => tagMatches(filter.tag!, t)));

export const groupAnnotations = (
  annotations: readonly Annotation[],
  filter: AnnotationFilter = NO_FILTER,
): AnnotationGroups => {
  const groups: AnnotationGroups = { notes: [], found: [], orphans: [], total: annotations.length };
  for (const a of annotations) {
    if (!matchesFilter(a, filter)) continue;
    if (!a.target) groups.notes.push(a);
    else if (a.state === 'orphaned') groups.orphans.push(a);
    else groups.found.push(a);
  }
  groups.notes.sort(byCreated);
  groups.found.sort(byDocumentOrder);
  groups.orphans.sort(byDocumentOrder);
  return groups;
};

/** The on-screen order, for j/k and arrow navigation. */
export const visibleOrder = (groups: AnnotationGroups): Annotation[] => [
  ...groups.notes,
  ...groups.found,
  ...groups.orphans,
];

/** The id `step` places away from `current` (wrapping stops at the ends). */
export const neighbourId = (order: readonly Annotation[], current: string | null, step: 1 | -1): string | null => {
  if (!order.length) return null;
  const at = current === null ? -1 : order.findIndex((a) => a.id === current);
  if (at === -1) return step === 1 ? order[0].id : order[order.length - 1].id;
  return order[Math.min(order.length - 1, Math.max(0, at + step))].id;
};

/** Every tag used in these annotations, most used first, for the filter menu. */
export const tagsOf = (annotations: readonly Annotation[]): string[] => {
  const counts = new Map<string, number>();
  for (const a of annotations) for (const t of a.tags) counts.set(t, (counts.get(t) ?? 0) + 1);
  return [...counts.entries()].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0])).map(([t]) => t);
};
