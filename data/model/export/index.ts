/** Markdown export: pure functions from documents and annotations to files' text and names. */
export { exportDocumentMarkdown, type ExportOptions } from './document-markdown';
export { colorLabel } from './color-label';
export { tagToHashtag, tagName } from './hashtag';
export { safeFileName, uniqueFileName, exportFileName } from './file-name';
export { blockId } from './block-id';
// Research across the notebook: tag notes, the index note, the annotated article, deep links.
export { exportAnnotatedMarkdown, type AnnotatedResult } from './annotated-markdown';
export { exportTagMarkdown, matchingAnnotations, type ArticleExport } from './tag-markdown';
export { exportIndexMarkdown, type IndexArticle, type IndexTag } from './index-markdown';
export { parseTagQuery, matchesTagQuery, mayMatchTags, type TagQuery } from './tag-query';
export { glossaOpenUrl } from '../deep-link';
export { textFragmentUrl } from './text-fragment';
export { INDEX_NOTE_STEM, planArticleNames, tagNoteStem } from './note-names';
export {
  buildNoteSet,
  createBlockIdCache,
  indexEntry,
  planNoteNames,
  renderArticleNote,
  renderTagNote,
  tagIndexEntries,
  tagQueriesOf,
  type ExportFormat,
  type NoteFile,
  type NoteNames,
  type NoteSetOptions,
} from './notebook-export';
