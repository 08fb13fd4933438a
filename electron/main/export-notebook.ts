import { exportToFolder, type FolderExportOptions } from '../../data/export-folder/export-to-folder';
import type { NotebookSource } from '../../data/export-folder/notebook-source';
import type { NotebookExportOutcome } from './messages';

/** What the export reads: the service's own operations. */
export type ExportingService = NotebookSource;

export type ExportNotebookOptions = Partial<Pick<FolderExportOptions, 'write' | 'fs' | 'format' | 'mode' | 'glossaVersion'>>;

/**
 * "Export notebook…": the folder exporter (data/export-folder) into the chosen folder, one
 * note per article plus the index. Exporting into the same folder again updates the notes
 * Glossa wrote (found by their markers, even renamed) and keeps what the person added
 * around them; a file Glossa did not write is never overwritten (a colliding name gets
 * `Title (2).md`). One failure does not stop the others; each is reported by title.
 */
export const exportNotebookTo = async (
  folder: string,
  service: ExportingService,
  options: ExportNotebookOptions = {},
): Promise<NotebookExportOutcome> => {
  const outcome = await exportToFolder({ service, dir: folder, mode: 'articles', format: 'digest', ...options });
  return { folder, written: outcome.articles, failed: outcome.failed.map(({ title, message }) => ({ title, message })) };
};
