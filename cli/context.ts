import type { InputOf, OperationName, OutputOf } from '../data/model/api';
import { invoke } from '../data/model/invoke';
import type { NotebookService } from '../data/service';

/** A problem the user should read: one plain line on stderr and exit code 1. */
export class ReportedError extends Error {
  override name = 'ReportedError';
}

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
}

export interface CliContext extends Output {
  service: NotebookService;
  json: boolean;
  notebookDir: string;
}

/** The CLI calls operations through the same validation and Result wrapping as every host. */
export const call = async <K extends OperationName>(
  ctx: CliContext,
  name: K,
  input: InputOf<K>,
): Promise<OutputOf<K>> => {
  const result = await invoke(ctx.service, name, input, (err) => ctx.err(String((err as Error)?.stack ?? err)));
  if (!result.ok) throw new ReportedError(result.error.message);
  return result.value as OutputOf<K>;
};

export const printJson = (ctx: Output, value: unknown) => ctx.out(`${JSON.stringify(value, null, 2)}\n`);

/** DOC on the command line: an id, a unique id prefix, or an exact title. */
export const resolveDocumentId = async (ctx: CliContext, doc: string): Promise<string> => {
  const docs = await call(ctx, 'listDocuments', {});
  const byId = docs.find((d) => d.id === doc);
  if (byId) return byId.id;
  const byPrefix = docs.filter((d) => d.id.startsWith(doc));
  if (byPrefix.length === 1) return byPrefix[0].id;
  const byTitle = docs.filter((d) => d.title === doc);
  if (byTitle.length === 1) return byTitle[0].id;
  if (byPrefix.length > 1 || byTitle.length > 1) {
    throw new ReportedError(`"${doc}" matches more than one article; use its full id (glossa list)`);
  }
  throw new ReportedError(`no article "${doc}" in ${ctx.notebookDir} (glossa list shows them)`);
};
