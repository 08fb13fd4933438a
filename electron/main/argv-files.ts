import { statSync } from 'node:fs';
import { resolve } from 'node:path';

export interface ArgvOptions {
  /**
   * process.defaultApp: true when started as `electron .` (argv[1] is then the app's own
   * path), false in a packaged app (argv[1] is already the first user argument).
   */
  defaultApp: boolean;
  /** The launching process's working directory: relative paths are relative to it. */
  cwd: string;
  isFile?: (path: string) => boolean;
}

const isRegularFile = (path: string): boolean => {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
};

/**
 * The files a launch asked us to open: `glossa a.txt b.md`, a file dropped on the app icon,
 * "Open with". Flags are skipped (Electron and Chromium add their own, such as
 * --original-process-start-time in a second instance), as is the executable and, in
 * development, the app path; only existing regular files are kept, once each.
 */
export const filesFromArgv = (argv: readonly string[], { defaultApp, cwd, isFile = isRegularFile }: ArgvOptions): string[] => {
  const args = argv.slice(1);
  if (defaultApp) {
    const appPath = args.findIndex((a) => !a.startsWith('-'));
    if (appPath >= 0) args.splice(appPath, 1);
  }
  const files: string[] = [];
  let afterDoubleDash = false;
  for (const arg of args) {
    if (!afterDoubleDash && arg === '--') {
      afterDoubleDash = true;
      continue;
    }
    if (!afterDoubleDash && arg.startsWith('-')) continue;
    if (arg === '') continue;
    const path = resolve(cwd, arg);
    if (!files.includes(path) && isFile(path)) files.push(path);
  }
  return files;
};
