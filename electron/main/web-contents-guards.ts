import type { WebContents } from 'electron';
import { navigationDecision, windowOpenDecision } from './url-policy';

export type GuardableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

export interface ContentsGuardOptions {
  /** file:// URL of our index.html: the only page a window may show. */
  appUrl: string;
  /** shell.openExternal in the app; only ever called with a URL that passed url-policy. */
  openExternal: (url: string) => Promise<void>;
  log: (message: string) => void;
}

/**
 * Rules for every webContents the app creates (installed from `web-contents-created`, so
 * none can be missed): no navigation away from our page, no new windows, no <webview>.
 * Safe web links go to the system browser instead.
 */
export const guardWebContents = (contents: GuardableContents, options: ContentsGuardOptions): void => {
  const { appUrl, log } = options;
  const openExternal = (url: string) => {
    options.openExternal(url).catch((err: unknown) => log(`could not open ${url}: ${String(err)}`));
  };

  contents.on('will-navigate', (event) => {
    const decision = navigationDecision(event.url, appUrl);
    if (decision.action === 'allow') return;
    event.preventDefault();
    if ('openExternal' in decision) openExternal(decision.openExternal);
    else log(`blocked navigation to ${String(event.url).slice(0, 200)}`);
  });

  // Our page has no frames (the CSP allows none); a subframe navigating is never legitimate.
  // The main frame is left to will-navigate above, so a link opens only once.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return;
    event.preventDefault();
    log(`blocked subframe navigation to ${String(event.url).slice(0, 200)}`);
  });

  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternal) openExternal(decision.openExternal);
    else log(`blocked window.open of ${String(url).slice(0, 200)}`);
    return { action: 'deny' };
  });

  // webviewTag is off in webPreferences; this also stops one that slips in some other way.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('blocked a <webview>');
  });
};
