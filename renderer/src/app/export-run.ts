import type { GlossaBridge, MarkdownExport } from '../../../data/model/api';
import type { ExportFormat } from '../../../data/model/export';
import { errorFor, type ShownError } from '../../../data/model/i18n/error-text';

/**
 * The export dialog's work, apart from React: asks the notebook for Markdown and hands the
 * files back. A whole notebook goes article by article (one `exportMarkdown` call each,
 * then the index), so the dialog can show progress and stop between two articles; one
 * call for everything would be one long wait with nothing to cancel.
 */

export type ExportScopeChoice = 'document' | 'tag' | 'notebook';

export interface ExportRequest {
  scope: ExportScopeChoice;
  documentId?: string;
  query?: string;
  format: ExportFormat;
  deepLinks: boolean;
}

export interface ExportProgress {
  done: number;
  total: number;
  file: string;
}

export class ExportAborted extends Error {
  override name = 'ExportAborted';
}

/** A failed export, keeping the notebook's error whole so the dialog can word its reason. */
export class ExportFailed extends Error {
  override name = 'ExportFailed';
  constructor(readonly error: ShownError) {
    super(error.message);
  }
}

const noOpenDocument = (): ExportFailed => {
  const { message, detail } = errorFor('invalid_input', { reason: 'no_open_document', params: {} });
  return new ExportFailed({ message, ...detail });
};

type Bridge = Pick<GlossaBridge, 'exportMarkdown' | 'listDocuments'>;

const unwrap = async <T,>(result: Promise<{ ok: true; value: T } | { ok: false; error: ShownError }>): Promise<T> => {
  const r = await result;
  if (!r.ok) throw new ExportFailed(r.error);
  return r.value;
};

export const runExport = async (
  bridge: Bridge,
  request: ExportRequest,
  { signal, onProgress }: { signal?: AbortSignal; onProgress?: (p: ExportProgress) => void } = {},
): Promise<MarkdownExport[]> => {
  const { format, deepLinks } = request;
  const check = () => {
    if (signal?.aborted) throw new ExportAborted('cancelled');
  };
  if (request.scope === 'document') {
    if (!request.documentId) throw noOpenDocument();
    return (await unwrap(bridge.exportMarkdown({ scope: { kind: 'document', id: request.documentId }, format, deepLinks }))).files;
  }
  if (request.scope === 'tag') {
    return (await unwrap(bridge.exportMarkdown({ scope: { kind: 'tag', query: request.query ?? '' }, format, deepLinks }))).files;
  }
  const documents = await unwrap(bridge.listDocuments({}));
  const total = documents.length + 1;
  const files: MarkdownExport[] = [];
  for (const [i, doc] of documents.entries()) {
    check();
    const { files: one } = await unwrap(bridge.exportMarkdown({ scope: { kind: 'document', id: doc.id }, format, deepLinks }));
    files.push(...one);
    onProgress?.({ done: i + 1, total, file: one[0]?.fileName ?? doc.title });
  }
  check();
  const { files: index } = await unwrap(bridge.exportMarkdown({ scope: { kind: 'index' }, format, deepLinks }));
  files.push(...index);
  onProgress?.({ done: total, total, file: index[0]?.fileName ?? '' });
  return files;
};

/**
 * Several saves in a row, each awaited (in Electron each is a save dialog), spaced out as
 * browsers drop (or ask about) a quick burst of downloads. Returns each save's outcome.
 */
export const downloadAll = async <T>(
  files: readonly MarkdownExport[],
  save: (fileName: string, text: string) => T | Promise<T>,
  pause = (ms: number) => new Promise((r) => setTimeout(r, ms)),
): Promise<T[]> => {
  const outcomes: T[] = [];
  for (const [i, f] of files.entries()) {
    if (i > 0) await pause(300);
    outcomes.push(await save(f.fileName, f.markdown));
  }
  return outcomes;
};
