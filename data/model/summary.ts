import { isExcerpt, type DocumentFile, type DocumentSummary } from './schemas';
import { canonicalText } from './text';

/** The library.json row for a document; derived, so it can always be rebuilt. */
export const summarize = (file: DocumentFile): DocumentSummary => {
  const { document: doc, annotations } = file;
  const tagCounts: Record<string, number> = {};
  for (const a of annotations) for (const t of a.tags) tagCounts[t] = (tagCounts[t] ?? 0) + 1;
  return {
    id: doc.id,
    title: doc.title,
    format: doc.format,
    ...(doc.source.fileName !== undefined ? { fileName: doc.source.fileName } : {}),
    ...(doc.source.encoding !== undefined ? { encoding: doc.source.encoding } : {}),
    characters: canonicalText(doc.blocks).length,
    blockCount: doc.blocks.length,
    annotationCount: annotations.length,
    excerptCount: annotations.filter(isExcerpt).length,
    orphanCount: annotations.filter((a) => a.state === 'orphaned').length,
    tagCounts,
    createdAt: doc.createdAt,
    updatedAt: doc.updatedAt,
  };
};

/** True when two summaries differ in more than their edit time (library.json must change). */
export const summaryChanged = (a: DocumentSummary | undefined, b: DocumentSummary): boolean => {
  if (!a) return true;
  return JSON.stringify({ ...a, updatedAt: '' }) !== JSON.stringify({ ...b, updatedAt: '' });
};
