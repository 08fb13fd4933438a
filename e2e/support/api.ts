import { readFileSync } from 'node:fs';
import type { ImportReport, OperationName } from '../../data/model/api';
import { operationPath } from '../../data/model/http-routes';
import type { Annotation, Color, DocumentSummary } from '../../data/model/schemas';
import { ARTICLE, type TestArticle } from './article';
import type { GlossaServer } from './glossa-server';

/**
 * Setting a notebook up through the running server's HTTP API (the contract the page itself
 * uses), so a test can start from a known state without clicking through it first.
 */
export const callApi = async <T>(server: GlossaServer, name: OperationName, input: unknown): Promise<T> => {
  const response = await fetch(`${server.origin}${operationPath(name)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  const result = (await response.json()) as { ok: true; value: T } | { ok: false; error: { message: string } };
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`);
  return result.value;
};

/** Imports the test article (the seed, or our fixture without it) as its file's bytes. */
export const importArticle = async (server: GlossaServer, article: TestArticle = ARTICLE): Promise<DocumentSummary> => {
  const report = await callApi<ImportReport>(server, 'importFileData', {
    files: [{ fileName: article.fileName, dataBase64: readFileSync(article.path).toString('base64') }],
  });
  if (report.imported.length !== 1) throw new Error(`importing ${article.path} failed: ${JSON.stringify(report.failed)}`);
  return report.imported[0];
};

export const annotate = (
  server: GlossaServer,
  documentId: string,
  fields: { exact: string; color?: Color; tags?: string[]; note?: string },
): Promise<Annotation> =>
  callApi<Annotation>(server, 'createAnnotation', {
    documentId,
    anchor: { exact: fields.exact },
    color: fields.color ?? 'yellow',
    tags: fields.tags ?? [],
    note: fields.note ?? '',
  });

export const listAnnotations = (server: GlossaServer, documentId: string): Promise<Annotation[]> =>
  callApi<Annotation[]>(server, 'listAnnotations', { documentId });

export const listDocuments = (server: GlossaServer): Promise<DocumentSummary[]> =>
  callApi<DocumentSummary[]>(server, 'listDocuments', {});
