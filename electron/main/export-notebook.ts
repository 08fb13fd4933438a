import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import type { Implementation } from '../../data/model/api';
import { safeFileName, uniqueFileName } from '../../data/model/export';
import { writeFileDurably } from '../../data/store/durable-write';
import type { NotebookExportOutcome } from './messages';

export type ExportingService = Pick<Implementation, 'listDocuments' | 'exportDocumentMarkdown'>;

export interface ExportNotebookOptions {
  write?: (path: string, content: string) => Promise<void>;
  readdir?: (folder: string) => Promise<string[]>;
}

const stemOf = (fileName: string): string => fileName.replace(/\.md$/i, '');

/**
 * One Markdown file per article in `folder`, each written durably. Names come from the
 * exporter (already safe); `uniqueFileName` keeps two articles with the same title apart,
 * and files already in the folder count as taken, so an export never overwrites anything
 * (a person may have edited an earlier export in Obsidian). One failure does not stop the
 * others; each is reported by title.
 */
export const exportNotebookTo = async (
  folder: string,
  service: ExportingService,
  { write = writeFileDurably, readdir = (dir) => fsp.readdir(dir) }: ExportNotebookOptions = {},
): Promise<NotebookExportOutcome> => {
  const taken = new Set(await readdir(folder));
  const outcome: NotebookExportOutcome = { folder, written: [], failed: [] };
  for (const summary of await service.listDocuments({})) {
    try {
      const { fileName, markdown } = await service.exportDocumentMarkdown({ id: summary.id });
      const name = uniqueFileName(safeFileName(stemOf(fileName), summary.id), 'md', taken);
      await write(join(folder, name), markdown);
      outcome.written.push(name);
    } catch (err) {
      outcome.failed.push({ title: summary.title, message: err instanceof Error ? err.message : String(err) });
    }
  }
  return outcome;
};
