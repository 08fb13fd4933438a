import type { BrowserWindow } from 'electron';
import { filesFromArgv } from './argv-files';

export type FocusableWindow = Pick<BrowserWindow, 'isMinimized' | 'restore' | 'isVisible' | 'show' | 'focus'>;

/** Brings a window forward: a second launch should feel like switching to the app. */
export const focusWindow = (win: FocusableWindow): void => {
  if (win.isMinimized()) win.restore();
  if (!win.isVisible()) win.show();
  win.focus();
};

export interface SecondInstanceContext<W extends FocusableWindow> {
  mainWindow: () => W | undefined;
  defaultApp: boolean;
  importPaths: (paths: string[], parent: W | undefined) => Promise<unknown>;
}

/**
 * One app instance owns the notebook (one writer per file). A second launch, such as
 * `glossa article.txt` or "Open with", only hands over its arguments: the first instance comes
 * to the front and imports the files, resolved against the second launch's folder.
 */
export const handleSecondInstance = async <W extends FocusableWindow>(
  argv: readonly string[],
  workingDirectory: string,
  ctx: SecondInstanceContext<W>,
): Promise<void> => {
  const win = ctx.mainWindow();
  if (win) focusWindow(win);
  const paths = filesFromArgv(argv, { defaultApp: ctx.defaultApp, cwd: workingDirectory });
  if (paths.length > 0) await ctx.importPaths(paths, win);
};
