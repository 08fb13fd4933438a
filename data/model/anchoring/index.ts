/**
 * Anchoring: finding a stored passage again in a document's canonical text after that
 * text changed. describe() turns a selection into W3C selectors; resolve() finds one
 * target (position, then verbatim with context, then approximate, else orphaned);
 * reanchor() does a whole document's annotations and reports what happened to each.
 */
export { CONTEXT_LENGTH, describe } from './describe';
export { resolve, type Resolution, type ResolutionMethod, type ResolutionState, type ResolveOptions } from './resolve';
export { reanchor, type ReanchorResult } from './reanchor';
