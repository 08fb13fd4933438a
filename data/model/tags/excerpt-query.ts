import type { AnchorState, Annotation, Color } from '../schemas';
import { colorDisplayName, type ColorNames } from './color-names';
import { tagMatches } from './tag-path';

/**
 * Excerpt collections: every passage across the notebook that matches a query, in reading
 * order, grouped by article or by tag. Pure, so the service, the CLI and the tests share
 * one definition of "matches" and "in order".
 */
export type ExcerptGroupBy = 'document' | 'tag';
export type TagMatchMode = 'any' | 'all';

export interface ExcerptQuery {
  /** Hierarchical: `研究` also matches `研究/雲端`. */
  tags?: readonly string[];
  /** `any` (default): an excerpt with at least one of the tags; `all`: with every one. */
  tagMatch?: TagMatchMode;
  colors?: readonly Color[];
  documentIds?: readonly string[];
  /** Creation date from (inclusive): `YYYY-MM-DD` (a local calendar day) or an ISO time. */
  from?: string;
  /** Creation date to (inclusive): a date-only value includes that whole day. */
  to?: string;
  groupBy?: ExcerptGroupBy;
}

export interface ExcerptItem {
  documentId: string;
  documentTitle: string;
  annotationId: string;
  quote: string;
  start: number;
  end: number;
  state: AnchorState;
  color: Color;
  /** The person's name for the colour, when it has one. */
  colorName?: string;
  tags: string[];
  note: string;
  createdAt: string;
  updatedAt: string;
}

export interface ExcerptGroup {
  /** Stable across calls: `document:<id>`, `tag:<name>` or `untagged`. */
  key: string;
  kind: ExcerptGroupBy;
  /** The article's title or the tag's name ('' for the untagged group). */
  label: string;
  documentId?: string;
  /** Tag groups: the tag, or null for excerpts without tags. */
  tag?: string | null;
  excerpts: ExcerptItem[];
}

export interface ExcerptCollection {
  groupBy: ExcerptGroupBy;
  /** Distinct excerpts (one excerpt under two tags counts once). */
  total: number;
  documents: number;
  groups: ExcerptGroup[];
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Milliseconds for a bound; a date-only value is a local calendar day, `end` its last moment. */
export const parseDateBound = (value: string, end: boolean): number => {
  const m = DATE_ONLY.exec(value.trim());
  if (m) {
    const day = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + (end ? 1 : 0)).getTime();
    return end ? day - 1 : day;
  }
  return Date.parse(value);
};

export const isDateBound = (value: string): boolean => {
  const m = DATE_ONLY.exec(value.trim());
  if (m) {
    const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
    return d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]);
  }
  return /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value));
};

const tagsMatch = (tags: readonly string[], filters: readonly string[], mode: TagMatchMode): boolean => {
  if (filters.length === 0) return true;
  const has = (f: string) => tags.some((t) => tagMatches(f, t));
  return mode === 'all' ? filters.every(has) : filters.some(has);
};

/**
 * Is this annotation in the collection? Only passages count (an annotation with a target,
 * orphans included since their stored quote is still research material); a note about a
 * whole article has no quote to collect.
 */
export const matchesExcerptQuery = (a: Annotation, q: ExcerptQuery): boolean => {
  if (!a.target) return false;
  if (q.documentIds?.length && !q.documentIds.includes(a.documentId)) return false;
  if (q.colors?.length && !q.colors.includes(a.color)) return false;
  if (!tagsMatch(a.tags, q.tags ?? [], q.tagMatch ?? 'any')) return false;
  const created = Date.parse(a.createdAt);
  if (q.from && created < parseDateBound(q.from, false)) return false;
  if (q.to && created > parseDateBound(q.to, true)) return false;
  return true;
};

/** One article's matching excerpts, in the order they appear in its text. */
export const documentExcerpts = (
  doc: { id: string; title: string },
  annotations: readonly Annotation[],
  q: ExcerptQuery,
  colorNames: ColorNames = {},
): ExcerptItem[] =>
  annotations
    .filter((a) => a.documentId === doc.id && matchesExcerptQuery(a, q))
    .map((a) => {
      const name = colorDisplayName(a.color, colorNames, '');
      return {
        documentId: doc.id,
        documentTitle: doc.title,
        annotationId: a.id,
        quote: a.target!.quote.exact,
        start: a.target!.position.start,
        end: a.target!.position.end,
        state: a.state,
        color: a.color,
        ...(name ? { colorName: name } : {}),
        tags: [...a.tags],
        note: a.note,
        createdAt: a.createdAt,
        updatedAt: a.updatedAt,
      };
    })
    .sort(byPosition);

const byPosition = (a: ExcerptItem, b: ExcerptItem): number =>
  a.start - b.start || a.end - b.end || a.createdAt.localeCompare(b.createdAt) || cmp(a.annotationId, b.annotationId);

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Articles by title, then id (two articles may share a title); inside one, by position. */
export const byDocumentThenPosition = (a: ExcerptItem, b: ExcerptItem): number =>
  a.documentTitle.localeCompare(b.documentTitle) || cmp(a.documentId, b.documentId) || byPosition(a, b);

/**
 * Groups excerpts for display. By tag, an excerpt appears under each of its tags that the
 * query asked for (each tag when there was no tag filter), so a collection on `研究` shows
 * `研究/雲端` and `研究/AI` as their own groups; excerpts without tags close the list.
 */
export const groupExcerpts = (
  items: readonly ExcerptItem[],
  groupBy: ExcerptGroupBy = 'document',
  tagFilters: readonly string[] = [],
): ExcerptCollection => {
  const ordered = [...items].sort(byDocumentThenPosition);
  const groups = new Map<string, ExcerptGroup>();
  const add = (key: string, make: () => Omit<ExcerptGroup, 'excerpts'>, item: ExcerptItem) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { ...make(), excerpts: [] }));
    g.excerpts.push(item);
  };
  for (const item of ordered) {
    if (groupBy === 'document') {
      add(`document:${item.documentId}`, () => ({ key: `document:${item.documentId}`, kind: 'document', label: item.documentTitle, documentId: item.documentId }), item);
      continue;
    }
    const tags = tagFilters.length ? item.tags.filter((t) => tagFilters.some((f) => tagMatches(f, t))) : item.tags;
    if (tags.length === 0) add('untagged', () => ({ key: 'untagged', kind: 'tag', label: '', tag: null }), item);
    for (const tag of tags) add(`tag:${tag}`, () => ({ key: `tag:${tag}`, kind: 'tag', label: tag, tag }), item);
  }
  const list = [...groups.values()];
  if (groupBy === 'tag') {
    list.sort((a, b) => (a.tag === null ? 1 : b.tag === null ? -1 : a.label.localeCompare(b.label) || cmp(a.label, b.label)));
  }
  return {
    groupBy,
    total: ordered.length,
    documents: new Set(ordered.map((i) => i.documentId)).size,
    groups: list,
  };
};
