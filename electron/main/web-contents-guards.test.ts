import { describe, expect, it, vi } from 'vitest';
import { guardWebContents, type GuardableContents } from './web-contents-guards';

const APP_URL = 'file:///app/out/renderer/index.html';

/** A webContents that records its listeners and window-open handler, so the test can fire them. */
const setup = () => {
  const listeners: Record<string, (event: unknown) => void> = {};
  let openHandler: ((details: { url: string }) => unknown) | undefined;
  const contents = {
    on: (name: string, listener: (event: unknown) => void) => (listeners[name] = listener),
    setWindowOpenHandler: (handler: typeof openHandler) => (openHandler = handler),
  } as unknown as GuardableContents;
  const openExternal = vi.fn(async (_url: string) => {});
  const log = vi.fn();
  guardWebContents(contents, { appUrl: APP_URL, openExternal, log });
  const fire = (name: string, fields: Record<string, unknown>) => {
    const event = { preventDefault: vi.fn(), ...fields };
    listeners[name](event);
    return event;
  };
  return { fire, openWindow: (url: string) => openHandler!({ url }), openExternal, log };
};

describe('guardWebContents', () => {
  it('lets the window reload our own page', () => {
    const { fire, openExternal } = setup();
    expect(fire('will-navigate', { url: `${APP_URL}#/doc/1` }).preventDefault).not.toHaveBeenCalled();
    expect(openExternal).not.toHaveBeenCalled();
  });

  it.each(['https://evil.com', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,x', 'chrome://settings', 'about:blank'])(
    'never navigates the window to %s',
    (url) => {
      const { fire } = setup();
      expect(fire('will-navigate', { url }).preventDefault).toHaveBeenCalled();
    },
  );

  it('opens a clicked web link in the system browser, and nothing else', () => {
    const { fire, openExternal } = setup();
    fire('will-navigate', { url: 'https://example.com/article' });
    fire('will-navigate', { url: 'javascript:alert(1)' });
    fire('will-navigate', { url: 'http://user:pass@example.com/' });
    expect(openExternal.mock.calls).toEqual([['https://example.com/article']]);
  });

  it('blocks any subframe navigation and leaves the main frame to will-navigate', () => {
    const { fire } = setup();
    expect(fire('will-frame-navigate', { url: APP_URL, isMainFrame: false }).preventDefault).toHaveBeenCalled();
    expect(fire('will-frame-navigate', { url: 'https://x.org', isMainFrame: true }).preventDefault).not.toHaveBeenCalled();
  });

  it.each(['about:blank', 'javascript:alert(1)', APP_URL, 'file:///etc/passwd', '\\\\attacker\\share'])(
    'denies window.open(%j) and opens nothing',
    (url) => {
      const { openWindow, openExternal } = setup();
      expect(openWindow(url)).toEqual({ action: 'deny' });
      expect(openExternal).not.toHaveBeenCalled();
    },
  );

  it('denies window.open of a web link but opens it in the browser', () => {
    const { openWindow, openExternal } = setup();
    expect(openWindow('https://example.com/')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledWith('https://example.com/');
  });

  it('prevents <webview> attachment', () => {
    const { fire } = setup();
    expect(fire('will-attach-webview', {}).preventDefault).toHaveBeenCalled();
  });

  it('logs, rather than throws, when the system browser cannot be opened', async () => {
    const { openWindow, openExternal, log } = setup();
    openExternal.mockRejectedValueOnce(new Error('no browser'));
    openWindow('https://example.com/');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(log).toHaveBeenCalledWith(expect.stringContaining('no browser'));
  });
});
