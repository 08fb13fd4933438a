import type { Services } from './services';

/**
 * The export dialog, spread into createActions so the toolbar and the palette reach it the
 * same way. The quick "export the open article" (exportCurrent) stays as it was.
 */
export const createExportActions = (s: Services) => ({
  openExport: () => s.ui.openDialog('export'),
});
