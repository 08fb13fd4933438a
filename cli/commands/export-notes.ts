import { dirname, resolve } from 'node:path';
import { exportToFolder, type FolderExportOutcome, type FolderExportProgress } from '../../data/export-folder/export-to-folder';
import { GlossaError } from '../../data/model/result';
import { writeFileDurably } from '../../data/store/durable-write';
import { call, printJson, ReportedError, resolveDocumentId, type CliContext } from '../context';
import { UsageError } from '../usage';

/**
 * The notebook forms of `glossa export` (decision 0022):
 *
 *     glossa export DOC [--out FILE] (--annotated | --links)   one article note
 *     glossa export --tag QUERY [--out FILE]                  one tag note
 *     glossa export --all --dir DIR [--by-tag] [--annotated]  a folder, updated on re-export
 *     glossa export --tag QUERY --dir DIR [--by-tag] [...]    the matching articles into a folder
 *
 * Plain `glossa export DOC [--out FILE]` stays in export-check.ts, byte for byte as before.
 */

export interface ExportFlags {
  out?: string;
  annotated?: boolean;
  links?: boolean;
  'no-links'?: boolean;
  tag?: string;
  all?: boolean;
  dir?: string;
  'by-tag'?: boolean;
}

/** True when the command line asks for more than the plain per-document export. */
export const wantsNotebookExport = (flags: ExportFlags): boolean =>
  Boolean(flags.annotated || flags.links || flags['no-links'] || flags.tag !== undefined || flags.all || flags.dir !== undefined || flags['by-tag']);

/** Where progress goes: a redrawn line on a terminal, nothing when stderr is piped. */
export interface ProgressSink {
  isTTY: boolean;
  columns: number;
}

const stderrSink = (): ProgressSink => ({ isTTY: Boolean(process.stderr.isTTY), columns: process.stderr.columns || 80 });

const BAR = 20;

/** `[########------------] 12/40 name.md`, cut to the terminal's width. */
export const progressLine = ({ done, total, file }: FolderExportProgress, columns: number): string => {
  const filled = total === 0 ? BAR : Math.round((done / total) * BAR);
  const line = `[${'#'.repeat(filled)}${'-'.repeat(BAR - filled)}] ${done}/${total} ${file}`;
  const chars = Array.from(line);
  return chars.length < columns ? line : `${chars.slice(0, Math.max(0, columns - 2)).join('')}…`;
};

/** One exported note and what it is the note of: an article (documentId) or a tag query. */
export interface ExportedNote {
  documentId?: string;
  tag?: string;
  fileName: string;
  markdown: string;
}

/**
 * The note to stdout, exactly its Markdown (paste-ready), or with --json as
 * {documentId | tag, fileName, markdown}; with --out to that file, --json then describing the file.
 */
export const writeOut = async (ctx: CliContext, out: string | undefined, note: ExportedNote) => {
  const { markdown, ...about } = note;
  if (out === undefined) return ctx.json ? printJson(ctx, note) : ctx.out(markdown);
  const path = resolve(out);
  try {
    await writeFileDurably(path, markdown);
  } catch (err) {
    // The durable write goes through a temporary file beside the target: name what the
    // person asked for (and its folder), not that internal file.
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? `the folder ${dirname(path)} does not exist`
      : code === 'EACCES' || code === 'EPERM' ? `no permission to write in ${dirname(path)}`
      : code === 'EISDIR' ? 'it is a folder'
      : (err as Error).message;
    throw new ReportedError(`cannot write ${path}: ${why}`);
  }
  if (ctx.json) printJson(ctx, { ...about, path, bytes: Buffer.byteLength(markdown) });
  else ctx.err(`wrote ${path}\n`);
};

const summary = (o: FolderExportOutcome): string => {
  const parts = [`${o.written.length} written`, `${o.unchanged.length} unchanged`];
  if (o.failed.length) parts.push(`${o.failed.length} failed`);
  if (o.stale.length) parts.push(`${o.stale.length} kept from deleted articles or tags`);
  return `${o.cancelled ? 'cancelled: ' : ''}${parts.join(', ')} in ${o.dir}\n`;
};

const folderExport = async (ctx: CliContext, flags: ExportFlags, sink: ProgressSink) => {
  const controller = new AbortController();
  const stop = () => controller.abort();
  process.once('SIGINT', stop);
  let drawn = false;
  try {
    const outcome = await exportToFolder({
      service: ctx.service,
      dir: resolve(flags.dir!),
      mode: flags['by-tag'] ? 'articles+tags' : 'articles',
      ...(flags.tag === undefined ? {} : { tagQuery: flags.tag }),
      format: flags.annotated ? 'annotated' : 'digest',
      deepLinks: !flags['no-links'],
      signal: controller.signal,
      onProgress: (p) => {
        if (!sink.isTTY) return;
        ctx.err(`\r\u001b[2K${progressLine(p, sink.columns)}`);
        drawn = true;
      },
    });
    if (drawn) ctx.err('\n');
    if (ctx.json) printJson(ctx, outcome);
    else ctx.err(summary(outcome));
    for (const f of outcome.failed) ctx.err(`glossa: ${f.file ?? f.title}: ${f.message}\n`);
    if (outcome.cancelled) throw new ReportedError('the export was cancelled; the files written so far are complete');
    if (outcome.failed.length) throw new ReportedError(`${outcome.failed.length} note(s) could not be written`);
  } catch (err) {
    if (err instanceof GlossaError) throw new ReportedError(err.message);
    if ((err as NodeJS.ErrnoException)?.code) throw new ReportedError(`cannot export to ${resolve(flags.dir!)}: ${(err as Error).message}`);
    throw err;
  } finally {
    process.removeListener('SIGINT', stop);
  }
};

export const exportNotesCommand = async (ctx: CliContext, doc: string | undefined, flags: ExportFlags, sink: ProgressSink = stderrSink()) => {
  if (flags.links && flags['no-links']) throw new UsageError('give --links or --no-links, not both');
  if (flags.all && flags.dir === undefined) throw new UsageError('export --all needs --dir DIR');
  if (flags.dir !== undefined) {
    if (doc !== undefined) throw new UsageError('export --dir writes the notebook (--all) or a tag (--tag), not one DOC');
    if (!flags.all && flags.tag === undefined) throw new UsageError('export --dir needs --all or --tag QUERY');
    if (flags.out !== undefined) throw new UsageError('give --out FILE or --dir DIR, not both');
    if (flags.links) throw new UsageError('--links is the default with --dir (--no-links turns them off)');
    return folderExport(ctx, flags, sink);
  }
  if (flags['by-tag']) throw new UsageError('--by-tag needs --all --dir DIR');
  const format = flags.annotated ? 'annotated' : 'digest';
  if (flags.tag !== undefined) {
    if (doc !== undefined) throw new UsageError('give a DOC or --tag QUERY, not both');
    const { files } = await call(ctx, 'exportMarkdown', { scope: { kind: 'tag', query: flags.tag }, format, deepLinks: !flags['no-links'] });
    return writeOut(ctx, flags.out, { tag: flags.tag, fileName: files[0].fileName, markdown: files[0].markdown });
  }
  if (!doc) throw new UsageError('export needs a DOC, --tag QUERY or --all --dir DIR');
  const id = await resolveDocumentId(ctx, doc);
  const { files } = await call(ctx, 'exportMarkdown', { scope: { kind: 'document', id }, format, deepLinks: !flags['no-links'] });
  return writeOut(ctx, flags.out, { documentId: id, fileName: files[0].fileName, markdown: files[0].markdown });
};
