import type { SearchResult } from '../api-search';
import type { DocumentFile } from '../schemas';
import { foldDocument } from './folded-document';
import { findMatches, type Candidates, type FoldedDocument, type FoldedUnit, type MatchSource } from './match';
import { parseQuery } from './query';
import { buildResult } from './results';

/**
 * Search without an index: every unit is a candidate, so every query is a folded substring
 * scan of the whole notebook. The reference the index is tested against (recall must be
 * equal) and the baseline the benchmark measures it against.
 */
export class ScanSearch implements MatchSource {
  private readonly docs = new Map<string, FoldedDocument>();
  private all: FoldedUnit[] = [];

  constructor(files: Iterable<DocumentFile>) {
    for (const file of files) this.docs.set(file.document.id, foldDocument(file));
    this.all = [...this.docs.values()].flatMap((d) => d.units);
  }

  document(id: string) {
    return this.docs.get(id);
  }
  documents() {
    return this.docs.values();
  }
  candidates(): Candidates {
    return { units: this.all };
  }

  search(query: string, limit?: number): SearchResult {
    return buildResult(query, findMatches(parseQuery(query), this), limit);
  }
}
