import type { Block } from '../model/schemas';

/** What every parser returns; '' as title means "none found", for the caller to fill. */
export interface ParsedDocument {
  title: string;
  blocks: Block[];
}
