import type { MenuCommand } from '../../../data/model/api';
import type { Actions } from './actions';
import { isTextField } from './dom-focus';

/**
 * The host's menu items (Electron's app menu) arrive as menuCommand events. Undo and redo
 * from the menu while typing in a field mean text undo, as they would in any editor. The zoom
 * commands are the reader's text size (Larger/Smaller Text); page zoom is Electron's own role.
 */
export const runMenuCommand = (actions: Actions, command: MenuCommand): void => {
  if ((command === 'undo' || command === 'redo') && isTextField(document.activeElement)) {
    // execCommand is deprecated but remains the only way to reach the field's own undo stack.
    document.execCommand(command);
    return;
  }
  const run: Record<MenuCommand, () => unknown> = {
    import: actions.import,
    exportCurrent: actions.exportCurrent,
    toggleTheme: actions.toggleTheme,
    toggleLibrary: actions.toggleLibrary,
    toggleAnnotations: actions.toggleAnnotations,
    zoomIn: actions.zoomIn,
    zoomOut: actions.zoomOut,
    zoomReset: actions.zoomReset,
    showShortcuts: actions.showShortcuts,
    commandPalette: actions.commandPalette,
    undo: actions.undo,
    redo: actions.redo,
  };
  void run[command]();
};
