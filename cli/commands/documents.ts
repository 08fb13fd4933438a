import { basename, resolve } from 'node:path';
import { readImportFiles, type FileReading } from '../../data/import';
import type { ImportFailure, ImportReport } from '../../data/model/api';
import { GlossaError } from '../../data/model/result';
import type { DocumentSummary } from '../../data/model/schemas';
import type { NotebookService } from '../../data/service';
import { canonicalText, blockText } from '../../data/model/text';
import { call, printJson, ReportedError, resolveDocumentId, type CliContext } from '../context';
import { UsageError } from '../usage';

const summaryLine = (d: DocumentSummary) =>
  `${d.id}  ${d.title}  (${d.encoding ?? d.format}, ${d.blockCount} blocks, ${d.characters} characters)`;

/** Files read up to and including the first accepted one; none accepted leaves `first` undefined. */
const readUntilAccepted = async (readings: AsyncIterator<FileReading>) => {
  const refused: FileReading[] = [];
  for (let next = await readings.next(); !next.done; next = await readings.next()) {
    if (!('refused' in next.value)) return { refused, first: next.value };
    refused.push(next.value);
  }
  return { refused, first: undefined };
};

async function* prepend<T>(items: readonly T[], rest: AsyncIterator<T>): AsyncGenerator<T, void, undefined> {
  yield* items;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/** "a.txt: the file is empty": a refusal names its file already, a failure to save may not. */
const failureLine = ({ file, message }: ImportFailure) => {
  const name = basename(file);
  return `glossa: ${message.startsWith(`${name}: `) ? message : `${name}: ${message}`}\n`;
};

/**
 * Imports files; each refused file is one line on stderr and makes the exit code 1, the
 * others are still imported. The notebook is opened (and so created) only when a file is
 * accepted: a refused import changes nothing at all.
 */
export const importCommand = async (
  ctx: Omit<CliContext, 'service'>,
  files: string[],
  openService: () => Promise<NotebookService>,
): Promise<number> => {
  if (files.length === 0) throw new UsageError('import needs at least one FILE');
  const readings = readImportFiles(files.map((f) => resolve(f)));
  const { refused, first } = await readUntilAccepted(readings);
  let report: ImportReport;
  if (first === undefined) {
    report = { imported: [], failed: refused.flatMap((r) => ('refused' in r ? [r.refused] : [])) };
  } else {
    const service = await openService();
    try {
      report = await service.importReadings(prepend([...refused, first], readings), files.length);
    } catch (err) {
      if (err instanceof GlossaError) throw new ReportedError(err.message);
      throw err;
    }
  }
  if (ctx.json) printJson(ctx, report);
  else for (const d of report.imported) ctx.out(`imported ${summaryLine(d)}\n`);
  for (const f of report.failed) ctx.err(failureLine(f));
  return report.failed.length ? 1 : 0;
};

export const listCommand = async (ctx: CliContext) => {
  const docs = await call(ctx, 'listDocuments', {});
  if (ctx.json) return printJson(ctx, docs);
  if (docs.length === 0) return ctx.out(`no articles yet in ${ctx.notebookDir}; add one with: glossa import FILE\n`);
  for (const d of docs) {
    ctx.out(`${d.id}  ${d.createdAt.slice(0, 10)}  ${String(d.excerptCount).padStart(3)} ${d.excerptCount === 1 ? 'excerpt ' : 'excerpts'}  ${d.title}\n`);
  }
};

export const showCommand = async (ctx: CliContext, doc: string | undefined, textOnly: boolean) => {
  if (!doc) throw new UsageError('show needs a DOC');
  const id = await resolveDocumentId(ctx, doc);
  const { document, annotations } = await call(ctx, 'getDocument', { id });
  if (textOnly) return ctx.out(canonicalText(document.blocks));
  if (ctx.json) return printJson(ctx, { document, annotations });
  const s = document.source;
  ctx.out(
    [
      `id:        ${document.id}`,
      `title:     ${document.title}`,
      `format:    ${document.format}`,
      `source:    ${s.url ?? s.path ?? s.fileName ?? s.kind}`,
      `encoding:  ${s.encoding ?? '-'}`,
      `sha256:    ${s.sha256 ?? '-'}`,
      `imported:  ${s.importedAt}`,
      `blocks:    ${document.blocks.length}`,
      `characters: ${canonicalText(document.blocks).length}`,
      `annotations: ${annotations.length}`,
      '',
      ...document.blocks.map((b, i) => {
        const text = blockText(b);
        const head = b.kind === 'heading' ? `h${b.level}` : b.kind;
        return `${String(i + 1).padStart(4)} ${head.padEnd(9)} ${text.length > 60 ? `${text.slice(0, 60)}…` : text}`;
      }),
      '',
    ].join('\n'),
  );
};

export const replaceCommand = async (ctx: CliContext, doc: string | undefined, file: string | undefined) => {
  if (!doc || !file) throw new UsageError('replace needs DOC and FILE');
  const id = await resolveDocumentId(ctx, doc);
  const report = await call(ctx, 'replaceDocumentText', { id, path: resolve(file) });
  if (ctx.json) return printJson(ctx, report);
  const c = report.counts;
  ctx.out(`re-anchored ${report.entries.length} annotation(s): ${c.kept} kept, ${c.moved} moved, ${c.fuzzy} fuzzy, ${c.orphaned} orphaned\n`);
  for (const e of report.entries) {
    const where = e.to ? `${e.to.start}-${e.to.end}` : 'not found';
    ctx.out(`  ${e.outcome.padEnd(8)} ${e.annotationId}  ${where}  "${clip(e.exact)}"\n`);
  }
};

const clip = (s: string) => {
  const flat = s.replace(/\n+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
};
