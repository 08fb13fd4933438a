import type { ImportReport } from '../../data/model/api';
import { plural, translate } from '../../data/model/i18n/catalogue';
import { errorText } from '../../data/model/i18n/error-text';
import type { Language } from '../../data/model/i18n/language';
import type { NotebookProblem } from '../../data/store/notebook-store';

/**
 * The text of the host's native message boxes, in the interface language (the catalogue's
 * `host.*` keys). The particulars (file names, reasons, folders) are quoted as they are.
 */
export interface BoxText {
  message: string;
  detail: string;
}

/** Long lists are cut so a box never outgrows the screen; the count says what was left out. */
const MAX_LINES = 20;

const list = (language: Language, lines: string[]): string => {
  const shown = lines.slice(0, MAX_LINES);
  const rest = lines.length - shown.length;
  return [...shown, ...(rest > 0 ? [translate(language, 'host.more', { count: rest })] : [])].join('\n');
};

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Only the file's own name: the folder adds length, not meaning. */
const fileNameOf = (path: string): string => path.split(/[\\/]/).filter(Boolean).pop() ?? path;

/** Null when every file was imported; else one line per failed file with its reason. */
export const importFailureText = (language: Language, report: ImportReport): BoxText | null => {
  if (report.failed.length === 0) return null;
  const total = report.imported.length + report.failed.length;
  const message =
    report.failed.length === total
      ? plural(language, 'host.importNone', total)
      : translate(language, 'host.importSome', { failed: report.failed.length, total });
  // The reason in the interface language when the failure carries one (error-detail.ts);
  // the file's own name either way, never its folder.
  const line = (f: ImportReport['failed'][number]) =>
    `• ${errorText(language, { ...f, params: isRecord(f.params) ? { ...f.params, file: fileNameOf(f.file) } : f.params }, { file: fileNameOf(f.file) })}`;
  return { message, detail: list(language, report.failed.map(line)) };
};

export interface NotebookExportOutcome {
  folder: string;
  written: string[];
  failed: { title: string; message: string }[];
}

export const exportSummaryText = (language: Language, { folder, written, failed }: NotebookExportOutcome): BoxText => {
  const message =
    failed.length === 0
      ? plural(language, 'host.exported', written.length)
      : plural(language, 'host.exportedSome', written.length, { failed: failed.length });
  const failures = failed.map((f) => `• ${f.title}: ${f.message}`);
  const folderLine = translate(language, 'host.folder', { folder });
  return { message, detail: [folderLine, ...(failures.length ? ['', list(language, failures)] : [])].join('\n') };
};

/** The files set aside when the notebook opened: the person should know, and where they went. */
export const notebookProblemsText = (language: Language, problems: readonly NotebookProblem[]): BoxText | null => {
  if (problems.length === 0) return null;
  const lines = problems.map(
    (p) => `• ${fileNameOf(p.file)}: ${p.problem}${p.movedTo ? `\n  ${translate(language, 'host.movedTo', { path: p.movedTo })}` : ''}`,
  );
  return {
    message: plural(language, 'host.problems', problems.length),
    detail: `${list(language, lines)}\n\n${translate(language, 'host.problemsRest')}`,
  };
};
