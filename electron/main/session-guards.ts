import type { Session } from 'electron';
import { withContentSecurityPolicy } from './content-security-policy';

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
 * Session-wide rules: no web permission is ever granted (camera, notifications, clipboard
 * read, geolocation...: a reading app needs none), our file:// pages get the CSP as a
 * header too, and only self-made downloads are saved.
 */
export const guardSession = (session: GuardableSession, log: (message: string) => void = () => {}): void => {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    log(`denied permission request: ${permission}`);
    callback(false);
  });
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isFileUrl(details.url)) return callback({});
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
  session.on('will-download', (event, item) => {
    if (isOwnDownload(item.getURL())) return;
    log(`cancelled download of ${item.getURL().slice(0, 200)}`);
    event.preventDefault();
  });
};
