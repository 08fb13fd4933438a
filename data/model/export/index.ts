/** Markdown export: pure functions from documents and annotations to files' text and names. */
export { exportDocumentMarkdown, type ExportOptions } from './document-markdown';
export { colorLabel } from './color-label';
export { tagToHashtag, tagName } from './hashtag';
export { safeFileName, uniqueFileName, exportFileName } from './file-name';
export { blockId } from './block-id';
