import type { ImportReport } from '../../data/model/api';
import type { NotebookProblem } from '../../data/store/notebook-store';

/** A native message box's text: what happened, then the particulars. */
export interface BoxText {
  message: string;
  detail: string;
}

/** Long lists are cut so a box never outgrows the screen; the count says what was left out. */
const MAX_LINES = 20;

const list = (lines: string[]): string => {
  const shown = lines.slice(0, MAX_LINES);
  const rest = lines.length - shown.length;
  return [...shown, ...(rest > 0 ? [`…and ${rest} more`] : [])].join('\n');
};

/** Only the file's own name: the folder adds length, not meaning. */
const fileNameOf = (path: string): string => path.split(/[\\/]/).filter(Boolean).pop() ?? path;

/** Null when every file was imported; else one line per failed file with its reason. */
export const importFailureText = (report: ImportReport): BoxText | null => {
  if (report.failed.length === 0) return null;
  const total = report.imported.length + report.failed.length;
  const message =
    report.failed.length === total
      ? total === 1
        ? 'The file could not be imported.'
        : `None of the ${total} files could be imported.`
      : `${report.failed.length} of ${total} files could not be imported.`;
  return { message, detail: list(report.failed.map((f) => `• ${fileNameOf(f.file)}: ${f.message}`)) };
};

export interface NotebookExportOutcome {
  folder: string;
  written: string[];
  failed: { title: string; message: string }[];
}

export const exportSummaryText = ({ folder, written, failed }: NotebookExportOutcome): BoxText => {
  const noun = (n: number) => (n === 1 ? 'article' : 'articles');
  const message =
    failed.length === 0
      ? `Exported ${written.length} ${noun(written.length)} to Markdown.`
      : `Exported ${written.length} ${noun(written.length)}; ${failed.length} could not be exported.`;
  const failures = failed.map((f) => `• ${f.title}: ${f.message}`);
  return { message, detail: [`Folder: ${folder}`, ...(failures.length ? ['', list(failures)] : [])].join('\n') };
};

/** The files set aside when the notebook opened: the person should know, and where they went. */
export const notebookProblemsText = (problems: readonly NotebookProblem[]): BoxText | null => {
  if (problems.length === 0) return null;
  const message =
    problems.length === 1
      ? 'One notebook file could not be read and was set aside.'
      : `${problems.length} notebook files could not be read and were set aside.`;
  const lines = problems.map((p) => `• ${fileNameOf(p.file)}: ${p.problem}${p.movedTo ? `\n  moved to ${p.movedTo}` : ''}`);
  return { message, detail: `${list(lines)}\n\nThe rest of the notebook opened normally; the files were not changed.` };
};
