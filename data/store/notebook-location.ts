import { homedir } from 'node:os';
import { join } from 'node:path';

/** Must equal package.json "productName": Electron names its user-data folder after it. */
export const APP_NAME = 'Glossa';

/**
 * Electron's app.getPath('userData') computed without Electron, so the CLI and the app
 * open the same notebook: %APPDATA%\Glossa, ~/Library/Application Support/Glossa, or
 * $XDG_CONFIG_HOME/Glossa (~/.config/Glossa). The notebook is its `notebook` subfolder,
 * apart from Chromium's caches that Electron keeps in the same place.
 */
export const userDataDir = (
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string => {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), APP_NAME);
};

export const notebookDirIn = (userData: string): string => join(userData, 'notebook');

/** --notebook DIR wins, then GLOSSA_NOTEBOOK, then the app's own folder. */
export const resolveNotebookDir = (
  flag: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): string => flag || env.GLOSSA_NOTEBOOK || notebookDirIn(userDataDir(process.platform, env));
