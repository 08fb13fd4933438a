import { BrowserWindow, screen } from 'electron';
import { fitBounds } from './window-bounds';
import { mainWindowOptions } from './window-options';
import type { WindowRegistry } from './window-registry';
import type { WindowStateFile } from './window-state';

export interface MainWindowContext {
  preloadPath: string;
  indexHtml: string;
  windows: WindowRegistry<BrowserWindow>;
  windowState: WindowStateFile;
}

/**
 * Opens the main window where it was last (if that place is still on a screen), registers
 * it (so its IPC calls are trusted and it receives host events) and loads our page. The
 * navigation, window-open and webview guards are installed for every webContents from
 * `web-contents-created` in index.ts, before this window exists.
 */
export const openMainWindow = async ({ preloadPath, indexHtml, windows, windowState }: MainWindowContext): Promise<BrowserWindow> => {
  const saved = await windowState.load();
  const bounds = fitBounds(
    saved,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow(mainWindowOptions(preloadPath, bounds));
  windows.add(win);
  windowState.track(win);
  win.once('ready-to-show', () => {
    if (saved?.maximized) win.maximize();
    win.show();
  });
  await win.loadFile(indexHtml);
  return win;
};

/** Resolves once the window is on screen (it opens hidden until its first paint). */
export const whenShown = (win: Pick<BrowserWindow, 'isVisible' | 'once'>): Promise<void> =>
  new Promise((resolve) => {
    if (win.isVisible()) resolve();
    else win.once('show', () => resolve());
  });
