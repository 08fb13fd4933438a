import type { BaseWindow, Dialog, MessageBoxOptions, OpenDialogOptions, OpenDialogReturnValue } from 'electron';
import { translate } from '../../data/model/i18n/catalogue';
import type { Language } from '../../data/model/i18n/language';

export type DialogLike = Pick<Dialog, 'showOpenDialog' | 'showMessageBox'>;

/** Electron's dialogs take the parent window as an optional first argument; undefined is not allowed. */
export const showOpen = (dialog: DialogLike, parent: BaseWindow | undefined, options: OpenDialogOptions): Promise<OpenDialogReturnValue> =>
  parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);

export const showBox = async (dialog: DialogLike, parent: BaseWindow | undefined, options: MessageBoxOptions): Promise<void> => {
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
};

/** The formats data/import reads; the dialog offers only these. */
export const IMPORT_EXTENSIONS = ['txt', 'md', 'html', 'htm'];

/** The native dialogs in the interface language. */
export const importDialog = (language: Language): OpenDialogOptions => ({
  title: translate(language, 'host.importTitle'),
  properties: ['openFile', 'multiSelections'],
  filters: [{ name: translate(language, 'host.importFilter'), extensions: IMPORT_EXTENSIONS }],
});

export const exportFolderDialog = (language: Language): OpenDialogOptions => ({
  title: translate(language, 'host.exportTitle'),
  buttonLabel: translate(language, 'host.exportButton'),
  properties: ['openDirectory', 'createDirectory'],
});
