import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';
import { MIN_SIZE, type InitialBounds } from './window-bounds';

/**
 * The renderer is untrusted (it shows imported articles): isolated, sandboxed, no Node, web
 * security left on, no webview, and dropping a file never navigates the window (the renderer
 * imports dropped files itself through importFileData). Our preload is the only one.
 */
export const secureWebPreferences = (preload: string): WebPreferences => ({
  preload,
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
});

/** The main window: hidden until its first paint (no white flash), at the fitted bounds. */
export const mainWindowOptions = (preload: string, bounds: InitialBounds, title = 'Glossa'): BrowserWindowConstructorOptions => ({
  ...bounds,
  minWidth: MIN_SIZE.width,
  minHeight: MIN_SIZE.height,
  title,
  show: false,
  webPreferences: secureWebPreferences(preload),
});
