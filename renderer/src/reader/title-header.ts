import type { Document } from '../../../data/model/schemas';
import { blockText } from '../../../data/model/text';

/**
 * The title the reader shows above the text, or null. Most imports start with the title
 * as an h1 block already; showing it twice would look like a bug. The header is never part
 * of the canonical text (it is not a block), so offsets do not move either way.
 */
export const titleToShow = (document: Pick<Document, 'title' | 'blocks'>): string | null => {
  const title = document.title.trim();
  if (title === '') return null;
  const first = document.blocks[0];
  if (first && first.kind === 'heading' && (first.level ?? 1) === 1 && blockText(first).trim() === title) return null;
  return title;
};
