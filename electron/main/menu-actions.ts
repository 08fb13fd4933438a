import type { BaseWindow } from 'electron';
import type { Implementation, MenuCommand } from '../../data/model/api';
import { translate } from '../../data/model/i18n/catalogue';
import type { Language } from '../../data/model/i18n/language';
import type { MessageKey } from '../../data/model/i18n/messages-en';
import { sendMenuCommand } from './event-forwarding';
import { exportNotebookTo } from './export-notebook';
import { importPaths } from './import-files';
import type { MenuActions } from './menu-template';
import { exportSummaryText } from './messages';
import { exportFolderDialog, importDialog, showBox, showOpen, type DialogLike } from './native-dialogs';
import type { RegisteredWindow, WindowRegistry } from './window-registry';

export interface MenuActionsContext {
  service: Pick<Implementation, 'importFiles' | 'listDocuments' | 'exportDocumentMarkdown' | 'getDocument' | 'getSettings'>;
  dialog: DialogLike;
  windows: Pick<WindowRegistry<RegisteredWindow & BaseWindow>, 'main' | 'has'>;
  log: (message: string, err?: unknown) => void;
  /** The interface language, asked each time a dialog or box is shown. */
  language: () => Language;
  about: { name: string; version: string; versions: Partial<Record<'electron' | 'chrome' | 'node', string>> };
  /** Defaults to exportNotebookTo; injectable so tests need no disk. */
  exportTo?: typeof exportNotebookTo;
}

/**
 * What the menu items do in the main process. Each action returns its promise (handy in
 * tests; the menu ignores it) and never rejects: a failure is logged and shown in a box.
 */
export const createMenuActions = (ctx: MenuActionsContext) => {
  const { service, dialog, windows, log, language } = ctx;
  const exportTo = ctx.exportTo ?? exportNotebookTo;

  const guarded = (what: string, failed: MessageKey, run: (parent: BaseWindow | undefined) => Promise<void>) => async () => {
    const parent = windows.main();
    try {
      await run(parent);
    } catch (err) {
      log(`${what} failed`, err);
      const box = { type: 'error' as const, message: translate(language(), failed), detail: String((err as Error)?.message ?? err) };
      await showBox(dialog, parent, box).catch(() => {});
    }
  };

  return {
    importFiles: guarded('Import', 'host.importError', async (parent) => {
      const { canceled, filePaths } = await showOpen(dialog, parent, importDialog(language()));
      if (canceled || filePaths.length === 0) return;
      await importPaths({ service, dialog, log, language }, filePaths, parent);
    }),

    exportNotebook: guarded('Export', 'host.exportError', async (parent) => {
      const { canceled, filePaths } = await showOpen(dialog, parent, exportFolderDialog(language()));
      if (canceled || filePaths.length === 0) return;
      const outcome = await exportTo(filePaths[0], service);
      const text = exportSummaryText(language(), outcome);
      await showBox(dialog, parent, { type: outcome.failed.length ? 'warning' : 'info', ...text });
    }),

    command: (command: MenuCommand, focused: BaseWindow | undefined) => {
      sendMenuCommand(windows, command, focused);
    },

    about: guarded('About', 'host.actionError', async (parent) => {
      const { name, version, versions } = ctx.about;
      await showBox(dialog, parent, {
        type: 'info',
        title: translate(language(), 'host.aboutTitle', { name }),
        message: `${name} ${version}`,
        // The product names and versions are the same in every language.
        detail: `${translate(language(), 'host.aboutDetail')}\nElectron ${versions.electron ?? '?'} · Chromium ${versions.chrome ?? '?'} · Node ${versions.node ?? '?'}`,
      });
    }),
  } satisfies MenuActions;
};
