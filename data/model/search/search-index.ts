import type { SearchResult } from '../api-search';
import type { DocumentFile } from '../schemas';
import { foldDocument, unitKey } from './folded-document';
import { forEachGram, queryGrams } from './grams';
import {
  findMatches,
  matchQuery,
  type Candidates,
  type DocumentMatch,
  type FoldedDocument,
  type FoldedUnit,
  type MatchSource,
} from './match';
import { COUNT_SATURATED, intersect, PostingList } from './posting-list';
import { parseQuery, type ParsedQuery } from './query';
import { buildResult } from './results';

export interface SearchIndexOptions {
  /** Dead units are dropped from the posting lists once there are this many and they outnumber the live ones. */
  compactAfter?: number;
}

/**
 * The search index of a notebook: folded units, and n-gram posting lists (see grams.ts)
 * that name the units that may contain a term. Every candidate is verified on its folded
 * text (match.ts), so the index only has to be fast, never exact.
 *
 * Updates are per document and per unit: a saved document's unchanged units keep their ids
 * and postings; changed or removed units are marked dead (filtered out of every lookup) and
 * new units get new, higher ids, so posting lists stay sorted by appending.
 */
export class SearchIndex implements MatchSource {
  private readonly docs = new Map<string, FoldedDocument>();
  private readonly units: (FoldedUnit | undefined)[] = [];
  private readonly unigrams: (PostingList | undefined)[] = new Array(0x10000);
  private readonly bigrams = new Map<number, PostingList>();
  private readonly trigrams = new Map<number, PostingList>();
  private live = 0;
  private dead = 0;
  private readonly compactAfter: number;

  constructor(options: SearchIndexOptions = {}) {
    this.compactAfter = options.compactAfter ?? 20_000;
  }

  static build(files: Iterable<DocumentFile>, options?: SearchIndexOptions): SearchIndex {
    const index = new SearchIndex(options);
    for (const file of files) index.updateDocument(file);
    index.trim();
    return index;
  }

  get documentCount(): number {
    return this.docs.size;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  /** Adds a document, or replaces what the index holds of it. */
  updateDocument(file: DocumentFile): void {
    const previous = this.docs.get(file.document.id);
    const old = new Map<string, FoldedUnit>();
    for (const u of previous?.units ?? []) old.set(unitKey(u), u);
    const doc = foldDocument(file, (unit) => {
      const key = unitKey(unit);
      const same = old.get(key);
      if (!same || same.text !== unit.text) return undefined;
      old.delete(key);
      return same;
    });
    for (const gone of old.values()) this.kill(gone);
    for (const unit of doc.units) if (unit.id < 0) this.add(unit);
    this.docs.set(doc.id, doc);
    this.maybeCompact();
  }

  removeDocument(id: string): void {
    const doc = this.docs.get(id);
    if (!doc) return;
    for (const unit of doc.units) this.kill(unit);
    this.docs.delete(id);
    this.maybeCompact();
  }

  search(query: string, limit?: number): SearchResult {
    return buildResult(query, findMatches(parseQuery(query), this), limit);
  }

  match(query: ParsedQuery): DocumentMatch[] {
    return matchQuery(query, this);
  }

  document(id: string): FoldedDocument | undefined {
    return this.docs.get(id);
  }

  documents(): Iterable<FoldedDocument> {
    return this.docs.values();
  }

  candidates(term: string): Candidates {
    const exact = this.exactList(term);
    if (exact) return this.counted(exact);
    const grams = queryGrams(term);
    const lists: PostingList[] = [];
    for (const c of grams.unigrams) lists.push(this.unigrams[c] ?? EMPTY);
    for (const k of grams.bigrams) lists.push(this.bigrams.get(k) ?? EMPTY);
    for (const k of grams.trigrams) lists.push(this.trigrams.get(k) ?? EMPTY);
    if (lists.length === 0) return { units: [...this.docs.values()].flatMap((d) => d.units) };
    const units: FoldedUnit[] = [];
    for (const id of intersect(lists)) {
      const unit = this.units[id];
      if (unit) units.push(unit);
    }
    return { units };
  }

  /**
   * The one list whose counts ARE the term's matches: a one-character term's unigram, or a
   * two-character term's bigram when its characters differ (then two occurrences cannot
   * overlap, and non-overlapping matches = bigram occurrences). Common short terms (的,
   * 阿里) have the most matches; counting them from the list saves reading every text.
   */
  private exactList(term: string): PostingList | null {
    const grams = queryGrams(term);
    if (term.length === 1 && grams.unigrams.length === 1) return this.unigrams[grams.unigrams[0]] ?? EMPTY;
    if (term.length === 2 && term[0] !== term[1] && grams.bigrams.length === 1) return this.bigrams.get(grams.bigrams[0]) ?? EMPTY;
    return null;
  }

  private counted(list: PostingList): Candidates {
    const units: FoldedUnit[] = [];
    const counts: number[] = [];
    for (let i = 0; i < list.length; i++) {
      const unit = this.units[list.ids[i]];
      if (!unit) continue;
      units.push(unit);
      // With an offset map, matches inside one expanded character count once: look.
      const n = list.counts[i];
      counts.push(unit.folded.starts || n === COUNT_SATURATED ? -1 : n);
    }
    return { units, counts };
  }

  /** Gives back the growth room of every posting list: after building from many documents at once. */
  trim(): void {
    for (const list of this.unigrams) list?.trim();
    this.bigrams.forEach((list) => list.trim());
    this.trigrams.forEach((list) => list.trim());
  }

  /** Sizes, for the benchmark and for curiosity; no effect on results. */
  stats(): { documents: number; units: number; deadUnits: number; grams: number; postings: number } {
    let grams = 0;
    let postings = 0;
    const count = (list: PostingList | undefined) => {
      if (!list) return;
      grams++;
      postings += list.length;
    };
    this.unigrams.forEach(count);
    this.bigrams.forEach(count);
    this.trigrams.forEach(count);
    return { documents: this.docs.size, units: this.live, deadUnits: this.dead, grams, postings };
  }

  private add(unit: FoldedUnit): void {
    const id = this.units.length;
    unit.id = id;
    this.units.push(unit);
    this.live++;
    const { unigrams, bigrams, trigrams } = this;
    forEachGram(
      unit.folded.text,
      (c) => (unigrams[c] ??= new PostingList()).add(id),
      (k) => listFor(bigrams, k).add(id),
      (k) => listFor(trigrams, k).add(id),
    );
  }

  private kill(unit: FoldedUnit): void {
    if (this.units[unit.id] !== unit) return;
    this.units[unit.id] = undefined;
    this.live--;
    this.dead++;
  }

  private maybeCompact(): void {
    if (this.dead < this.compactAfter || this.dead < this.live) return;
    const alive = (id: number) => this.units[id] !== undefined;
    for (let c = 0; c < this.unigrams.length; c++) {
      const list = this.unigrams[c];
      if (!list) continue;
      list.retain(alive);
      if (list.length === 0) this.unigrams[c] = undefined;
    }
    for (const map of [this.bigrams, this.trigrams]) {
      for (const [key, list] of map) {
        list.retain(alive);
        if (list.length === 0) map.delete(key);
      }
    }
    this.dead = 0;
  }
}

const EMPTY = new PostingList();

const listFor = (map: Map<number, PostingList>, key: number): PostingList => {
  let list = map.get(key);
  if (!list) map.set(key, (list = new PostingList()));
  return list;
};
