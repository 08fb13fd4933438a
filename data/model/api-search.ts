import { z } from 'zod';
import { op, type Operation } from './operation';

/** Where in an article a search hit was found. */
export type SearchField = 'title' | 'text' | 'quote' | 'note' | 'tag';

/** One passage that matched, shown in context. */
export interface SearchHit {
  field: SearchField;
  /** The annotation the quote, note or tags belong to (absent for the document note). */
  annotationId?: string;
  /** About 40 characters of the original text around the match (newlines shown as spaces). */
  snippet: string;
  /** [start, end) of every match inside `snippet`, in the snippet's own characters. */
  ranges: Array<[number, number]>;
  /** text hits only: canonical offsets of the (first) match, to open the article there. */
  start?: number;
  end?: number;
}

/** The hits of one article: at most SEARCH_HITS_PER_GROUP of them; hitCount says how many there are. */
export interface SearchGroup {
  documentId: string;
  title: string;
  hits: SearchHit[];
  hitCount: number;
}

/** No timing in results: the same query over the same notebook gives the same answer. */
export interface SearchResult {
  query: string;
  groups: SearchGroup[];
  /**
   * Matches (occurrences) in every matching article, also those beyond `limit`; a hit may
   * show several. Filter-only queries (tag:, color:) count one per annotation.
   */
  total: number;
  /** Matching articles, also those beyond `limit`. */
  documentCount: number;
}

export const SEARCH_DEFAULT_LIMIT = 50;
export const SEARCH_MAX_LIMIT = 500;
export const SEARCH_HITS_PER_GROUP = 20;

/**
 * Operations of this area, spread into `contract` in api.ts. Each entry is
 * `name: op<ResultType>()(zodInputSchema)`. Only types and schemas here: the index itself
 * (data/model/search) lives in the host process and never reaches the renderer bundle.
 */
export const searchOperations = {
  /** Query language: see data/model/search/query.ts (terms AND, "phrases", tag:, color:, doc:). */
  search: op<SearchResult>()(
    z.object({
      query: z.string().max(500),
      /** How many articles to return. */
      limit: z.number().int().min(1).max(SEARCH_MAX_LIMIT).optional(),
    }),
  ),
} as const satisfies Record<string, Operation<z.ZodType, unknown>>;
