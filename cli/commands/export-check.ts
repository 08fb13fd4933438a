import { writeOut } from './export-notes';
import { checkNotebook } from '../../data/store/check';
import { call, printJson, ReportedError, resolveDocumentId, type CliContext } from '../context';
import { UsageError } from '../usage';

export const exportCommand = async (ctx: CliContext, doc: string | undefined, out: string | undefined) => {
  if (!doc) throw new UsageError('export needs a DOC');
  const id = await resolveDocumentId(ctx, doc);
  const { markdown, fileName } = await call(ctx, 'exportDocumentMarkdown', { id });
  await writeOut(ctx, out, { documentId: id, fileName, markdown });
};

export const checkCommand = async (ctx: CliContext) => {
  const findings = await checkNotebook(ctx.notebookDir);
  if (ctx.json) printJson(ctx, findings);
  else for (const f of findings) ctx.out(`${f.severity}: ${f.file}: ${f.problem}\n`);
  const errors = findings.filter((f) => f.severity === 'error').length;
  if (errors) throw new ReportedError(`${errors} problem(s) found in ${ctx.notebookDir}`);
  if (!ctx.json) ctx.out(`ok: ${ctx.notebookDir}\n`);
};
