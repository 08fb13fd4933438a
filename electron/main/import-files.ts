import type { BaseWindow } from 'electron';
import type { ImportReport, Implementation } from '../../data/model/api';
import { translate } from '../../data/model/i18n/catalogue';
import type { Language } from '../../data/model/i18n/language';
import { invoke } from '../../data/model/invoke';
import { importFailureText } from './messages';
import { showBox, type DialogLike } from './native-dialogs';

export interface ImportFilesContext {
  service: Pick<Implementation, 'importFiles'>;
  dialog: DialogLike;
  log: (message: string, err?: unknown) => void;
  /** The interface language at the moment a box is shown. */
  language: () => Language;
}

/**
 * Imports files the main process was given (menu dialog, command line, second launch).
 * Goes through `invoke` like any other call, so an unexpected throw becomes a Result and a
 * log line rather than an unhandled rejection. Failures are shown in a native message box,
 * one line per file; the renderer learns of new documents from notebookChanged.
 */
export const importPaths = async (
  ctx: ImportFilesContext,
  paths: string[],
  parent: BaseWindow | undefined,
): Promise<ImportReport | null> => {
  if (paths.length === 0) return null;
  const result = await invoke(ctx.service as Implementation, 'importFiles', { paths }, (err) => ctx.log('importFiles failed', err));
  if (!result.ok) {
    await showBox(ctx.dialog, parent, { type: 'error', message: translate(ctx.language(), 'host.importFailed'), detail: result.error.message });
    return null;
  }
  const report = result.value as ImportReport;
  const failures = importFailureText(ctx.language(), report);
  if (failures) await showBox(ctx.dialog, parent, { type: 'warning', ...failures });
  return report;
};
