import { spawn } from 'node:child_process';

/** The system's "open this URL" command for each platform. */
export const browserCommand = (url: string, platform: NodeJS.Platform = process.platform): [string, string[]] => {
  if (platform === 'darwin') return ['open', [url]];
  // `start` is a cmd built-in; its first quoted argument is a window title, hence the "".
  // Our URL holds only [A-Za-z0-9:/?=._-], nothing cmd would interpret.
  if (platform === 'win32') return ['cmd', ['/d', '/c', 'start', '""', url]];
  return ['xdg-open', [url]];
};

/**
 * Opens the URL in the default browser, detached so the browser outlives nothing of ours.
 * A failure is only a notice: the URL is printed anyway and can be opened by hand.
 */
export const openBrowser = (url: string, notice: (line: string) => void): void => {
  const [command, args] = browserCommand(url);
  const tell = (why: string) => notice(`glossa: could not open a browser (${why}); open the URL above yourself\n`);
  try {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsVerbatimArguments: true });
    child.once('error', (err) => tell(`${command}: ${err.message}`));
    child.once('exit', (code) => {
      if (code) tell(`${command} exited with ${code}`);
    });
    child.unref();
  } catch (err) {
    tell(`${command}: ${(err as Error).message}`);
  }
};
