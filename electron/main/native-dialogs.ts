import type { BaseWindow, Dialog, MessageBoxOptions, OpenDialogOptions, OpenDialogReturnValue } from 'electron';

export type DialogLike = Pick<Dialog, 'showOpenDialog' | 'showMessageBox'>;

/** Electron's dialogs take the parent window as an optional first argument; undefined is not allowed. */
export const showOpen = (dialog: DialogLike, parent: BaseWindow | undefined, options: OpenDialogOptions): Promise<OpenDialogReturnValue> =>
  parent ? dialog.showOpenDialog(parent, options) : dialog.showOpenDialog(options);

export const showBox = async (dialog: DialogLike, parent: BaseWindow | undefined, options: MessageBoxOptions): Promise<void> => {
  await (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options));
};

/** The formats data/import reads; the dialog offers only these. */
export const IMPORT_FILTERS: OpenDialogOptions['filters'] = [
  { name: 'Articles (text, Markdown, HTML)', extensions: ['txt', 'md', 'html', 'htm'] },
];

export const IMPORT_DIALOG: OpenDialogOptions = {
  title: 'Import articles',
  properties: ['openFile', 'multiSelections'],
  filters: IMPORT_FILTERS,
};

export const EXPORT_FOLDER_DIALOG: OpenDialogOptions = {
  title: 'Export the notebook as Markdown',
  buttonLabel: 'Export Here',
  properties: ['openDirectory', 'createDirectory'],
};
