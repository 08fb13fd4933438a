import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../data/model/api';

/** What the menu can do; main wires these to dialogs, the service and the renderer. */
export interface MenuActions {
  /** Native open dialog, then service.importFiles. */
  importFiles(): void;
  /** Native folder dialog, then one Markdown file per article. */
  exportNotebook(): void;
  /** Handed to the renderer as a menuCommand event (it owns undo, zoom, theme, panes). */
  command(command: MenuCommand, focused: BaseWindow | undefined): void;
  about(): void;
}

export interface MenuOptions {
  appName: string;
  isPackaged: boolean;
  platform: NodeJS.Platform;
  actions: MenuActions;
}

/**
 * Accelerators of the commands the renderer carries out. A page sees a key first; if it
 * handles it (and calls preventDefault) the menu does not fire, so the renderer may bind the
 * same keys in browser mode without running a command twice.
 */
export const COMMAND_ACCELERATORS: Partial<Record<MenuCommand, string>> = {
  exportCurrent: 'CmdOrCtrl+E',
  undo: 'CmdOrCtrl+Z',
  redo: 'CmdOrCtrl+Shift+Z',
  zoomIn: 'CmdOrCtrl+=',
  zoomOut: 'CmdOrCtrl+-',
  zoomReset: 'CmdOrCtrl+0',
  toggleTheme: 'CmdOrCtrl+Shift+L',
  toggleLibrary: 'CmdOrCtrl+Shift+1',
  toggleAnnotations: 'CmdOrCtrl+Shift+2',
  showShortcuts: 'CmdOrCtrl+/',
  commandPalette: 'CmdOrCtrl+Shift+P',
};

/**
 * The application menu as plain data, so it is tested without Electron. Items the renderer
 * owns send a menuCommand: undo/redo in particular are NOT Electron's roles, because the app
 * keeps its own undo stack (annotations, deletes), which the native role cannot reach.
 */
export const buildMenuTemplate = ({ appName, isPackaged, platform, actions }: MenuOptions): MenuItemConstructorOptions[] => {
  const isMac = platform === 'darwin';
  const command = (id: MenuCommand, label: string): MenuItemConstructorOptions => ({
    id,
    label,
    accelerator: COMMAND_ACCELERATORS[id],
    click: (_item, focused) => actions.command(id, focused),
  });
  const about: MenuItemConstructorOptions = { id: 'about', label: `About ${appName}`, click: () => actions.about() };
  const sep: MenuItemConstructorOptions = { type: 'separator' };

  const appMenu: MenuItemConstructorOptions = {
    label: appName,
    submenu: [about, sep, { role: 'services' }, sep, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, sep, { role: 'quit' }],
  };
  const file: MenuItemConstructorOptions = {
    id: 'file',
    label: '&File',
    submenu: [
      { id: 'importFiles', label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
      sep,
      command('exportCurrent', 'Export Current Article…'),
      { id: 'exportNotebook', label: 'Export Notebook…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.exportNotebook() },
      ...(isMac ? [] : [sep, { id: 'quit', role: 'quit' as const, label: 'Quit' }]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    id: 'edit',
    label: '&Edit',
    submenu: [
      command('undo', 'Undo'),
      command('redo', 'Redo'),
      sep,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      sep,
      { role: 'selectAll' },
    ],
  };
  const view: MenuItemConstructorOptions = {
    id: 'view',
    label: '&View',
    submenu: [
      command('zoomIn', 'Larger Text'),
      command('zoomOut', 'Smaller Text'),
      command('zoomReset', 'Actual Size'),
      sep,
      command('toggleTheme', 'Toggle Light/Dark'),
      command('toggleLibrary', 'Show/Hide Library'),
      command('toggleAnnotations', 'Show/Hide Annotations'),
      // DevTools can run anything in the page; only a developer's unpackaged build gets it.
      ...(isPackaged ? [] : [sep, { id: 'toggleDevTools', role: 'toggleDevTools' as const }]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    id: 'help',
    label: '&Help',
    role: 'help',
    submenu: [
      command('showShortcuts', 'Keyboard Shortcuts'),
      command('commandPalette', 'Command Palette…'),
      ...(isMac ? [] : [sep, about]),
    ],
  };
  return [...(isMac ? [appMenu] : []), file, edit, view, ...(isMac ? [{ role: 'windowMenu' as const }] : []), help];
};
