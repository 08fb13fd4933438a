import { resolve } from 'node:path';
import { DEEP_LINK_SCHEME, parseDeepLink, type DeepLink } from '../../data/model/deep-link';

/** The parts of Electron's `app` the protocol needs; a fake in tests. */
export interface ProtocolApp {
  setAsDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
  isDefaultProtocolClient(protocol: string, path?: string, args?: string[]): boolean;
}

/**
 * Makes this app the handler of `glossa:` links. Started as `electron .` (development) the OS
 * must launch Electron with the app's path, or the link would open a bare Electron.
 * Returns whether the registration holds.
 */
export const registerProtocol = (
  app: ProtocolApp,
  { defaultApp, execPath, appPath }: { defaultApp: boolean; execPath: string; appPath?: string },
): boolean => {
  if (defaultApp && appPath !== undefined) {
    const args = [resolve(appPath)];
    return app.isDefaultProtocolClient(DEEP_LINK_SCHEME, execPath, args) || app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME, execPath, args);
  }
  return app.isDefaultProtocolClient(DEEP_LINK_SCHEME) || app.setAsDefaultProtocolClient(DEEP_LINK_SCHEME);
};

/**
 * The links in a launch's arguments (Windows and Linux pass the URL as an argument, to the
 * first launch or through 'second-instance'; macOS uses 'open-url'). Anything that is not a
 * valid `glossa://open` link is ignored, so a crafted argument cannot do more than open.
 */
export const deepLinksFromArgv = (argv: readonly string[]): DeepLink[] =>
  argv
    .slice(1)
    .filter((a) => a.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}:`))
    .map(parseDeepLink)
    .filter((l): l is DeepLink => l !== undefined);
