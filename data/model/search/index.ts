/**
 * Search across the notebook: folding (NFKC, case, Traditional -> Simplified) with a map
 * back to the original characters, a query language, and an n-gram index whose candidates
 * are verified on folded text, so recall equals a folded substring scan. Lives in the host
 * process (service), never in the renderer: see docs/decisions/0020-search.md.
 */
export { foldForSearch, foldText, originalRange, type FoldedText } from './fold';
export { parseQuery, isEmptyQuery, type ParsedQuery } from './query';
export { SearchIndex } from './search-index';
export { ScanSearch } from './scan';
export { buildResult } from './results';
export type { DocumentMatch, UnitMatch } from './match';
