import type { Implementation } from '../model/api';
import type { ArticleExport, ExportFormat, NoteSetOptions } from '../model/export';
import type { DocumentSummary } from '../model/schemas';

/**
 * What an export reads: the service's own operations (NotebookService, or a stub in tests),
 * so exports see exactly what every other door sees.
 */
export type NotebookSource = Pick<Implementation, 'listDocuments' | 'getDocument' | 'getSettings'>;

export interface ExportChoices {
  format: ExportFormat;
  deepLinks?: boolean;
  glossaVersion?: string;
}

/** The options every note of one export is rendered with (colour names from settings). */
export const noteOptions = async (source: NotebookSource, choices: ExportChoices): Promise<NoteSetOptions> => {
  const { colorNames } = await source.getSettings({});
  return {
    format: choices.format,
    deepLinks: choices.deepLinks ?? true,
    ...(colorNames === undefined ? {} : { colorNames }),
    ...(choices.glossaVersion === undefined ? {} : { glossaVersion: choices.glossaVersion }),
  };
};

export class ExportCancelled extends Error {
  override name = 'ExportCancelled';
}

/** Reads the given documents one by one, stopping between two reads when cancelled. */
export const readArticles = async (
  source: NotebookSource,
  summaries: readonly DocumentSummary[],
  signal?: AbortSignal,
): Promise<ArticleExport[]> => {
  const articles: ArticleExport[] = [];
  for (const summary of summaries) {
    if (signal?.aborted) throw new ExportCancelled('the export was cancelled');
    const { document, annotations } = await source.getDocument({ id: summary.id });
    articles.push({ document, annotations });
  }
  return articles;
};
