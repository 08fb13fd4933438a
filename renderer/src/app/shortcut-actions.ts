import type { Actions } from './actions';
import type { ShortcutId } from './shortcuts';

/**
 * What each shortcut runs in the page. Every id is listed, so a new shortcut does not compile
 * until it is given its action here or is marked as someone else's (null): the reader's
 * selection keys, and page zoom, which the browser or Electron's menu roles do themselves.
 */
export const shortcutActions = (actions: Actions): Record<ShortcutId, (() => unknown) | null> => ({
  palette: actions.commandPalette,
  shortcuts: actions.showShortcuts,
  search: actions.focusSearch,
  import: actions.import,
  exportCurrent: actions.exportCurrent,
  exportNotebook: actions.exportNotebook,
  undo: actions.undo,
  redo: actions.redo,
  nextAnnotation: actions.nextAnnotation,
  previousAnnotation: actions.previousAnnotation,
  deleteAnnotation: actions.deleteSelected,
  theme: actions.toggleTheme,
  library: actions.toggleLibrary,
  annotations: actions.toggleAnnotations,
  textLarger: actions.zoomIn,
  textSmaller: actions.zoomOut,
  escape: null,
  highlight: null,
  excerpt: null,
  note: null,
  zoomIn: null,
  zoomOut: null,
  zoomReset: null,
});
