import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../data/model/api';
import { translate, type Params } from '../../data/model/i18n/catalogue';
import type { Language } from '../../data/model/i18n/language';
import type { MessageKey } from '../../data/model/i18n/messages-en';
import { shortcutById, type ShortcutId } from '../../data/model/shortcuts';

/** What the menu can do; main wires these to dialogs, the service and the renderer. */
export interface MenuActions {
  /** Native open dialog, then service.importFiles. */
  importFiles(): void;
  /** Native folder dialog, then one Markdown file per article. */
  exportNotebook(): void;
  /** Handed to the renderer as a menuCommand event (it owns undo, text size, theme, panes). */
  command(command: MenuCommand, focused: BaseWindow | undefined): void;
  about(): void;
}

export interface MenuOptions {
  appName: string;
  isPackaged: boolean;
  platform: NodeJS.Platform;
  actions: MenuActions;
  /** The interface language the labels are in. */
  language: Language;
}

/**
 * The shortcut behind each renderer command, so its accelerator is the declared key
 * (data/model/shortcuts.ts). A page sees a key first; if it handles it (and calls
 * preventDefault) the menu does not fire, so the renderer binds the same keys in browser mode
 * without running a command twice.
 */
export const COMMAND_SHORTCUTS: Partial<Record<MenuCommand, ShortcutId>> = {
  exportCurrent: 'exportCurrent',
  undo: 'undo',
  redo: 'redo',
  zoomIn: 'textLarger',
  zoomOut: 'textSmaller',
  toggleTheme: 'theme',
  toggleLibrary: 'library',
  toggleAnnotations: 'annotations',
  showShortcuts: 'shortcuts',
  commandPalette: 'palette',
};

/** Windows and Linux underline the letter after "&"; macOS has no mnemonics, so "檔案(&F)" is "檔案" there. */
export const menuLabel = (text: string, isMac: boolean): string =>
  isMac ? text.replace(/\(&\w\)/g, '').replace(/&(?!&)/g, '') : text;

/**
 * The application menu as plain data, so it is tested without Electron. Labels come from the
 * message catalogue in the interface language; accelerators from the shortcut declaration.
 * Items the renderer owns send a menuCommand: undo/redo in particular are NOT Electron's
 * roles, because the app keeps its own undo stack (annotations, deletes), which the native
 * role cannot reach. Page zoom is Electron's: the roles zoom the whole window, while Larger and
 * Smaller Text change only the reader's font size.
 */
export const buildMenuTemplate = ({ appName, isPackaged, platform, actions, language }: MenuOptions): MenuItemConstructorOptions[] => {
  const isMac = platform === 'darwin';
  const label = (key: MessageKey, params?: Params) => menuLabel(translate(language, key, params), isMac);
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  /** The declared key; further keys of a shortcut the page does not handle become hidden items. */
  const keyed = (item: MenuItemConstructorOptions, shortcut: ShortcutId): MenuItemConstructorOptions[] => {
    const { keys, by } = shortcutById(shortcut);
    const extra = by === 'host' ? keys.slice(1) : [];
    return [
      { ...item, accelerator: keys[0] },
      ...extra.map((accelerator, i) => ({ ...item, id: `${item.id}-${i + 2}`, accelerator, visible: false, acceleratorWorksWhenHidden: true })),
    ];
  };
  const command = (id: MenuCommand, key: MessageKey): MenuItemConstructorOptions => {
    const item: MenuItemConstructorOptions = { id, label: label(key), click: (_item, focused) => actions.command(id, focused) };
    const shortcut = COMMAND_SHORTCUTS[id];
    return shortcut ? { ...item, accelerator: shortcutById(shortcut).keys[0] } : item;
  };
  const role = (r: NonNullable<MenuItemConstructorOptions['role']>, key: MessageKey, params?: Params): MenuItemConstructorOptions => ({
    role: r,
    label: label(key, params),
  });
  const about: MenuItemConstructorOptions = { id: 'about', label: label('menu.about', { name: appName }), click: () => actions.about() };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [
      about,
      sep,
      { ...role('services', 'menu.services'), id: 'services' },
      sep,
      role('hide', 'menu.hide', { name: appName }),
      role('hideOthers', 'menu.hideOthers'),
      role('unhide', 'menu.unhide'),
      sep,
      { ...role('quit', 'menu.quitApp', { name: appName }), id: 'quit' },
    ],
  };
  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: label('menu.file'),
    submenu: [
      { id: 'importFiles', label: label('menu.import'), accelerator: shortcutById('import').keys[0], click: () => actions.importFiles() },
      sep,
      command('exportCurrent', 'menu.exportCurrent'),
      ...keyed({ id: 'exportNotebook', label: label('menu.exportNotebook'), click: () => actions.exportNotebook() }, 'exportNotebook'),
      ...(isMac ? [] : [sep, { ...role('quit', 'menu.quit'), id: 'quit' }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: label('menu.edit'),
    submenu: [
      command('undo', 'menu.undo'),
      command('redo', 'menu.redo'),
      sep,
      role('cut', 'menu.cut'),
      role('copy', 'menu.copy'),
      role('paste', 'menu.paste'),
      sep,
      role('selectAll', 'menu.selectAll'),
    ],
  };
  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: label('menu.view'),
    submenu: [
      ...keyed({ ...role('zoomIn', 'menu.zoomIn'), id: 'pageZoomIn' }, 'zoomIn'),
      ...keyed({ ...role('zoomOut', 'menu.zoomOut'), id: 'pageZoomOut' }, 'zoomOut'),
      ...keyed({ ...role('resetZoom', 'menu.actualSize'), id: 'pageZoomReset' }, 'zoomReset'),
      sep,
      command('zoomIn', 'menu.largerText'),
      command('zoomOut', 'menu.smallerText'),
      command('zoomReset', 'menu.defaultText'),
      sep,
      command('toggleTheme', 'menu.toggleTheme'),
      command('toggleLibrary', 'menu.toggleLibrary'),
      command('toggleAnnotations', 'menu.toggleAnnotations'),
      // DevTools can run anything in the page; only a developer's unpackaged build gets it.
      ...(isPackaged ? [] : [sep, { ...role('toggleDevTools', 'menu.devTools'), id: 'toggleDevTools' }]),
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    id: 'window',
    role: 'windowMenu',
    label: label('menu.window'),
    submenu: [role('minimize', 'menu.minimize'), role('zoom', 'menu.zoomWindow'), sep, role('front', 'menu.front')],
  };
  const help: MenuItemConstructorOptions = {
    id: 'help',
    label: label('menu.help'),
    role: 'help',
    submenu: [command('showShortcuts', 'menu.shortcuts'), command('commandPalette', 'menu.palette'), ...(isMac ? [] : [sep, about])],
  };
  return [...(isMac ? [appMenu] : []), file, edit, view, ...(isMac ? [windowMenu] : []), help];
};
