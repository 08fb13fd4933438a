import { buildBlockIndex } from '../reader/block-index';
import { rangeToOffsets } from '../reader/dom-offsets';

/**
 * The reader's text selection, captured before something takes the focus away from it. The
 * command palette focuses its input, which ends the page's selection, and with it the
 * reader's toolbar; so the palette takes this snapshot as it opens, acts on it, and puts the
 * selection back when it closes without using it.
 */
export interface CapturedSelection {
  documentId: string;
  /** Canonical offsets, mapped the way the reader's own toolbar maps them. */
  start: number;
  end: number;
  range: Range;
}

/** The reader's article element (reader.tsx): its blocks carry their canonical offsets. */
const ARTICLE_SELECTOR = 'article.glossa-reader-text';

export const captureReaderSelection = (doc: Document, documentId: string | null): CapturedSelection | null => {
  const article = doc.querySelector(ARTICLE_SELECTOR);
  const selection = doc.getSelection();
  if (!documentId || !article || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(article)) return null;
  const offsets = rangeToOffsets(buildBlockIndex(article), range);
  return offsets ? { documentId, ...offsets, range: range.cloneRange() } : null;
};

/** Selects the captured text again (the reader then shows its toolbar for it), if it is still on the page. */
export const restoreSelection = (doc: Document, captured: CapturedSelection): void => {
  if (!captured.range.startContainer.isConnected || !captured.range.endContainer.isConnected) return;
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(captured.range);
};
