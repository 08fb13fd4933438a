import type { DownloadItem, Session, WebContents } from 'electron';
import { withContentSecurityPolicy } from './content-security-policy';
import { isAppPage } from './url-policy';

/** The parts of a session we lock down; a structural type so tests can pass a fake. */
export type GuardableSession = Pick<Session, 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'on'> & {
  webRequest: Pick<Session['webRequest'], 'onHeadersReceived'>;
};

/**
 * Only downloads our own page made (an exported article saved through a blob: or data:
 * link) may be saved; Electron then asks where with the native save dialog. Anything else,
 * such as a link to a remote file, is cancelled.
 */
export const isOwnDownload = (url: string): boolean => /^(blob|data):/i.test(url);

const isFileUrl = (url: string): boolean => /^file:/i.test(url);

/**
 * The one web permission the app grants: Chromium asks for it before every
 * `navigator.clipboard.writeText` (Copy as Markdown). A sanitised write only puts text on
 * the clipboard, and Chromium still requires a user gesture. Reading the clipboard, which
 * could leak whatever the person copied elsewhere, stays denied with everything else.
 */
export const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

/** isOwnPage as the app needs it: one of our windows' webContents, showing our index.html. */
export const makeIsOwnPage =
  (ourContentsIds: ReadonlySet<number>, appUrl: string) =>
  (contentsId: number, url: string): boolean =>
    ourContentsIds.has(contentsId) && isAppPage(url, appUrl);

export interface SessionGuardOptions {
  log?: (message: string) => void;
  /**
   * True when `url` in webContents `contentsId` is our own page in one of our windows. Only
   * such a page (its main frame) is granted GRANTED_PERMISSIONS; without this, nothing is.
   */
  isOwnPage?: (contentsId: number, url: string) => boolean;
  /** Prepares the save dialog of an own download and reports its outcome (export-downloads.ts). */
  onOwnDownload?: (item: DownloadItem, requester: WebContents) => void;
}

/**
 * Session-wide rules: no web permission is granted except a clipboard write from our own page
 * (camera, notifications, clipboard read, geolocation...: a reading app needs none), our
 * file:// pages get the CSP as a header too, and only self-made downloads are saved.
 */
export const guardSession = (session: GuardableSession, options: SessionGuardOptions = {}): void => {
  const { log = () => {}, isOwnPage = () => false } = options;
  const grants = (permission: string, contents: Pick<WebContents, 'id'> | null, url: string | undefined, isMainFrame: boolean): boolean =>
    GRANTED_PERMISSIONS.has(permission) && contents !== null && isMainFrame && typeof url === 'string' && isOwnPage(contents.id, url);

  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const granted = grants(permission, contents, details?.requestingUrl, details?.isMainFrame === true);
    if (!granted) log(`denied permission request: ${permission} from ${String(details?.requestingUrl).slice(0, 200)}`);
    callback(granted);
  });
  session.setPermissionCheckHandler((contents, permission, _origin, details) =>
    grants(permission, contents, details?.requestingUrl, details?.isMainFrame === true),
  );
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isFileUrl(details.url)) return callback({});
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.on('will-download', (event, item, contents) => {
    if (!isOwnDownload(item.getURL())) {
      log(`cancelled download of ${item.getURL().slice(0, 200)}`);
      event.preventDefault();
      return;
    }
    options.onOwnDownload?.(item, contents);
  });
};
