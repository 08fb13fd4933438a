import { describe, expect, it } from 'vitest';
import { notebookDirIn, resolveNotebookDir, userDataDir } from './notebook-location';

describe('notebook location', () => {
  it("matches Electron's userData folder for the app name on each OS", () => {
    expect(userDataDir('linux', {}, '/home/lin')).toBe('/home/lin/.config/Glossa');
    expect(userDataDir('linux', { XDG_CONFIG_HOME: '/xdg' }, '/home/lin')).toBe('/xdg/Glossa');
    expect(userDataDir('darwin', {}, '/Users/mei')).toBe('/Users/mei/Library/Application Support/Glossa');
    expect(userDataDir('win32', { APPDATA: 'C:/Users/wei/AppData/Roaming' }, 'C:/Users/wei')).toMatch(/AppData[\\/]Roaming[\\/]Glossa$/);
    expect(notebookDirIn('/x/Glossa')).toBe('/x/Glossa/notebook');
  });

  it('prefers --notebook, then GLOSSA_NOTEBOOK, then the app folder', () => {
    expect(resolveNotebookDir('/flag', { GLOSSA_NOTEBOOK: '/env' })).toBe('/flag');
    expect(resolveNotebookDir(undefined, { GLOSSA_NOTEBOOK: '/env' })).toBe('/env');
    expect(resolveNotebookDir(undefined, { XDG_CONFIG_HOME: '/xdg' })).toMatch(/Glossa[\\/]notebook$/);
  });

  it('agrees with package.json productName, which Electron uses for the folder', async () => {
    const pkg = await import('../../package.json');
    expect(pkg.productName).toBe('Glossa');
  });
});
