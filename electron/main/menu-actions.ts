import type { BaseWindow } from 'electron';
import type { Implementation, MenuCommand } from '../../data/model/api';
import { sendMenuCommand } from './event-forwarding';
import { exportNotebookTo } from './export-notebook';
import { importPaths } from './import-files';
import type { MenuActions } from './menu-template';
import { exportSummaryText } from './messages';
import { EXPORT_FOLDER_DIALOG, IMPORT_DIALOG, showBox, showOpen, type DialogLike } from './native-dialogs';
import type { RegisteredWindow, WindowRegistry } from './window-registry';

export interface MenuActionsContext {
  service: Pick<Implementation, 'importFiles' | 'listDocuments' | 'exportDocumentMarkdown' | 'getDocument' | 'getSettings'>;
  dialog: DialogLike;
  windows: Pick<WindowRegistry<RegisteredWindow & BaseWindow>, 'main' | 'has'>;
  log: (message: string, err?: unknown) => void;
  about: { name: string; version: string; versions: Partial<Record<'electron' | 'chrome' | 'node', string>> };
  /** Defaults to exportNotebookTo; injectable so tests need no disk. */
  exportTo?: typeof exportNotebookTo;
}

/**
 * What the menu items do in the main process. Each action returns its promise (handy in
 * tests; the menu ignores it) and never rejects: a failure is logged and shown in a box.
 */
export const createMenuActions = (ctx: MenuActionsContext) => {
  const { service, dialog, windows, log } = ctx;
  const exportTo = ctx.exportTo ?? exportNotebookTo;

  const guarded = (what: string, run: (parent: BaseWindow | undefined) => Promise<void>) => async () => {
    const parent = windows.main();
    try {
      await run(parent);
    } catch (err) {
      log(`${what} failed`, err);
      await showBox(dialog, parent, { type: 'error', message: `${what} failed.`, detail: String((err as Error)?.message ?? err) }).catch(() => {});
    }
  };

  return {
    importFiles: guarded('Import', async (parent) => {
      const { canceled, filePaths } = await showOpen(dialog, parent, IMPORT_DIALOG);
      if (canceled || filePaths.length === 0) return;
      await importPaths({ service, dialog, log }, filePaths, parent);
    }),

    exportNotebook: guarded('Export', async (parent) => {
      const { canceled, filePaths } = await showOpen(dialog, parent, EXPORT_FOLDER_DIALOG);
      if (canceled || filePaths.length === 0) return;
      const outcome = await exportTo(filePaths[0], service);
      const text = exportSummaryText(outcome);
      await showBox(dialog, parent, { type: outcome.failed.length ? 'warning' : 'info', ...text });
    }),

    command: (command: MenuCommand, focused: BaseWindow | undefined) => {
      sendMenuCommand(windows, command, focused);
    },

    about: guarded('About', async (parent) => {
      const { name, version, versions } = ctx.about;
      await showBox(dialog, parent, {
        type: 'info',
        title: `About ${name}`,
        message: `${name} ${version}`,
        detail: `A local research notebook.\nElectron ${versions.electron ?? '?'} · Chromium ${versions.chrome ?? '?'} · Node ${versions.node ?? '?'}`,
      });
    }),
  } satisfies MenuActions;
};
