import type { Color } from '../schemas';
import { originalRange, type FoldedText } from './fold';
import { searchesAnnotations, tagMatches, type ParsedQuery } from './query';
import type { SearchUnit } from './units';

/**
 * A unit with its folded text, as the index and the scan hold it. Always built with every
 * property in the same order (folded-document.ts): one object shape keeps the per-candidate
 * property reads in the query loop fast.
 */
export interface FoldedUnit extends SearchUnit {
  documentId: string;
  /** Position in its document's unit list: the reading order of hits. */
  ordinal: number;
  folded: FoldedText;
  /** The index's id for the unit (its posting lists); -1 outside an index. */
  id: number;
}

export interface FoldedAnnotation {
  color: Color;
  /** Folded tag names, for tag: filters. */
  tags: string[];
}

export interface FoldedDocument {
  id: string;
  title: string;
  foldedTitle: string;
  units: FoldedUnit[];
  annotations: Map<string, FoldedAnnotation>;
}

/**
 * Units that may contain a folded term; every unit that does contain it is among them.
 * `counts[i]`, when given and >= 0, is exactly what countOccurrences would find in
 * `units[i]` (the index knows it for one- and two-character terms); -1: look.
 */
export interface Candidates {
  units: FoldedUnit[];
  counts?: number[];
}

/** Where a term may be: the candidate units of each term (from the index, or every unit). */
export interface MatchSource {
  document(id: string): FoldedDocument | undefined;
  documents(): Iterable<FoldedDocument>;
  candidates(term: string): Candidates;
}

/** A unit that matched and how many matches it holds (not yet where: see rangesIn). */
export interface UnitCount {
  unit: FoldedUnit;
  count: number;
}

/** An article that matched, its matching units in reading order. */
export interface DocumentCount {
  document: FoldedDocument;
  units: UnitCount[];
  matchCount: number;
  inTitle: boolean;
}

export interface Matches {
  documents: DocumentCount[];
  /** The folded strings to highlight in those units (the terms; doc: values when alone). */
  highlight: string[];
}

/**
 * Appends the non-overlapping occurrences of `term` in the folded text, left to right, as
 * ORIGINAL ranges, flat ([start0, end0, start1, end1, …]), to `out`. Returns how many.
 */
export const occurrences = (folded: FoldedText, term: string, out: number[] = []): number => {
  const text = folded.text;
  const before = out.length;
  let at = text.indexOf(term);
  if (at < 0) return 0;
  if (!folded.starts) {
    for (; at >= 0; at = text.indexOf(term, at + term.length)) out.push(at, at + term.length);
    return (out.length - before) / 2;
  }
  for (; at >= 0; at = text.indexOf(term, at + term.length)) {
    const [s, e] = originalRange(folded, at, at + term.length);
    // Two folded matches inside one expanded character (ﬃ) are one original range.
    if (out.length > before && out[out.length - 2] === s && out[out.length - 1] === e) continue;
    out.push(s, e);
  }
  return (out.length - before) / 2;
};

const scratch: number[] = [];

/** How many occurrences() would find, without keeping them (the common, unmapped case allocates nothing). */
export const countOccurrences = (folded: FoldedText, term: string): number => {
  if (folded.starts) {
    scratch.length = 0;
    return occurrences(folded, term, scratch);
  }
  const text = folded.text;
  let n = 0;
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) n++;
  return n;
};

/** Every match of every string in one unit, as flat original ranges sorted by start. */
export const rangesIn = (unit: FoldedUnit, strings: readonly string[]): number[] => {
  const flat: number[] = [];
  for (const s of strings) occurrences(unit.folded, s, flat);
  if (strings.length < 2) return flat;
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < flat.length; i += 2) pairs.push([flat[i], flat[i + 1]]);
  pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return pairs.flat();
};

/**
 * The query's meaning, given candidates. Without annotation filters, an article matches
 * when every term occurs somewhere in it (title, text, notes, quotes or tags); with tag: or
 * color:, an annotation matches when it passes the filters and every term occurs in its own
 * quote, note or tags. doc: narrows either to articles by title. Matches are every
 * occurrence of every term in the matching articles or annotations.
 *
 * Only counted here: a common term has tens of thousands of matches, and where they are is
 * needed only for the articles that are shown (rangesIn).
 */
export const findMatches = (query: ParsedQuery, source: MatchSource): Matches => {
  if (query.unknownColor) return { documents: [], highlight: [] };
  const onAnnotations = searchesAnnotations(query);
  const titleOk = new Map<string, boolean>();
  const documentPasses = (doc: FoldedDocument) => {
    let ok = titleOk.get(doc.id);
    if (ok === undefined) titleOk.set(doc.id, (ok = query.docs.every((d) => doc.foldedTitle.includes(d))));
    return ok;
  };
  const annotationPasses = (a: FoldedAnnotation | undefined) =>
    a !== undefined &&
    query.colors.every((c) => a.color === c) &&
    query.tags.every((filter) => a.tags.some((t) => tagMatches(t, filter)));

  if (query.terms.length === 0) return filtersOnly(query, source, onAnnotations, documentPasses, annotationPasses);

  const keyOf = (u: FoldedUnit) => (onAnnotations ? `${u.documentId}\u0000${u.annotationId}` : u.documentId);
  const filtered = onAnnotations || query.docs.length > 0;
  // One term: every unit that contains it counts, no bookkeeping of what is still alive.
  const single = query.terms.length === 1;
  const counts = new Map<FoldedUnit, number>();
  const byDocument = new Map<string, UnitCount[]>();
  const addToDocument = (unit: FoldedUnit, count: number) => {
    const list = byDocument.get(unit.documentId);
    if (list) list.push({ unit, count });
    else byDocument.set(unit.documentId, [{ unit, count }]);
  };
  // The term with the fewest candidates first: later terms only verify what is still alive.
  const terms = query.terms.map((term) => ({ term, candidates: source.candidates(term) }));
  terms.sort((a, b) => a.candidates.units.length - b.candidates.units.length);
  let alive: Set<string> | null = null;
  for (const { term, candidates } of terms) {
    const next = new Set<string>();
    const { units, counts: exact } = candidates;
    for (let i = 0; i < units.length; i++) {
      const unit = units[i];
      if (onAnnotations && unit.annotationId === undefined) continue;
      const key = single ? '' : keyOf(unit);
      if (alive && !alive.has(key)) continue;
      if (filtered) {
        const doc = source.document(unit.documentId);
        if (!doc || !documentPasses(doc)) continue;
        if (onAnnotations && !annotationPasses(doc.annotations.get(unit.annotationId!))) continue;
      }
      const known = exact ? exact[i] : -1;
      const n = known >= 0 ? known : countOccurrences(unit.folded, term);
      if (n === 0) continue;
      if (single) {
        addToDocument(unit, n); // each candidate comes once: no counts to add up
        continue;
      }
      next.add(key);
      counts.set(unit, (counts.get(unit) ?? 0) + n);
    }
    if (single) break;
    alive = next;
    if (alive.size === 0) return { documents: [], highlight: [] };
  }
  for (const [unit, count] of counts) if (alive!.has(keyOf(unit))) addToDocument(unit, count);
  const documents: DocumentCount[] = [];
  for (const [id, units] of byDocument) documents.push(documentCount(source.document(id)!, units));
  return { documents, highlight: query.terms };
};

const documentCount = (document: FoldedDocument, units: UnitCount[]): DocumentCount => {
  units.sort((a, b) => a.unit.ordinal - b.unit.ordinal);
  let matchCount = 0;
  let inTitle = false;
  for (const u of units) {
    matchCount += u.count;
    if (u.unit.field === 'title' && u.count > 0) inTitle = true;
  }
  return { document, units, matchCount, inTitle };
};

/** Only filters: the annotations that pass (tag:, color:), or the articles by title (doc:). */
const filtersOnly = (
  query: ParsedQuery,
  source: MatchSource,
  onAnnotations: boolean,
  documentPasses: (doc: FoldedDocument) => boolean,
  annotationPasses: (a: FoldedAnnotation | undefined) => boolean,
): Matches => {
  const documents: DocumentCount[] = [];
  for (const doc of source.documents()) {
    if (!documentPasses(doc)) continue;
    const units: UnitCount[] = [];
    if (onAnnotations) {
      const shown = new Set<string>();
      for (const unit of doc.units) {
        const id = unit.annotationId;
        if (id === undefined || shown.has(id) || !annotationPasses(doc.annotations.get(id))) continue;
        shown.add(id); // one hit per annotation: its first unit (quote, else note, else tags)
        units.push({ unit, count: 0 });
      }
    } else if (query.docs.length) {
      const title = doc.units.find((u) => u.field === 'title');
      if (title) units.push({ unit: title, count: query.docs.reduce((n, d) => n + countOccurrences(title.folded, d), 0) });
    }
    if (units.length) documents.push(documentCount(doc, units));
  }
  return { documents, highlight: onAnnotations ? [] : query.docs };
};

/** A unit that matched, with every match as flat original ranges (for tests and tools). */
export interface UnitMatch {
  unit: FoldedUnit;
  ranges: number[];
}

export interface DocumentMatch {
  document: FoldedDocument;
  units: UnitMatch[];
}

/** Every match with its place, in every matching article: findMatches, then rangesIn for all. */
export const matchQuery = (query: ParsedQuery, source: MatchSource): DocumentMatch[] => {
  const { documents, highlight } = findMatches(query, source);
  return documents.map((d) => ({
    document: d.document,
    units: d.units.map((u) => ({ unit: u.unit, ranges: rangesIn(u.unit, highlight) })),
  }));
};
