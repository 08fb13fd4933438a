import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { guardSession, isOwnDownload, makeIsOwnPage, type GuardableSession } from './session-guards';

/** Captures the handlers guardSession installs, so each can be called like Electron would. */
const fakeSession = () => {
  const handlers: Record<string, (...args: never[]) => unknown> = {};
  const session = {
    setPermissionRequestHandler: (h: never) => (handlers.request = h),
    setPermissionCheckHandler: (h: never) => (handlers.check = h),
    webRequest: { onHeadersReceived: (h: never) => (handlers.headers = h) },
    on: (event: string, h: never) => (handlers[event] = h),
  };
  return { session: session as unknown as GuardableSession, handlers: handlers as Record<string, (...args: unknown[]) => unknown> };
};

const APP_URL = 'file:///app/out/renderer/index.html';
const OUR_CONTENTS = 7;
/** As index.ts wires it: our window's webContents showing our index.html. */
const isOwnPage = makeIsOwnPage(new Set([OUR_CONTENTS]), APP_URL);
const ALL_PERMISSIONS = ['media', 'geolocation', 'notifications', 'clipboard-read', 'clipboard-sanitized-write', 'openExternal', 'fullscreen', 'unknown'];

/** Asks both handlers as Electron would; true only when both grant. */
const ask = (handlers: Record<string, (...args: unknown[]) => unknown>, permission: string, contents: { id: number } | null, url: string, isMainFrame = true) => {
  const callback = vi.fn();
  handlers.request(contents, permission, callback, { requestingUrl: url, isMainFrame });
  expect(callback).toHaveBeenCalledTimes(1);
  const requested = callback.mock.calls[0][0] as boolean;
  const checked = handlers.check(contents, permission, 'file://', { requestingUrl: url, isMainFrame }) as boolean;
  expect(requested).toBe(checked);
  return checked;
};

describe('guardSession', () => {
  it('denies every permission request and check when no page is ours', () => {
    const { session, handlers } = fakeSession();
    guardSession(session);
    for (const permission of ALL_PERMISSIONS) expect(ask(handlers, permission, { id: OUR_CONTENTS }, APP_URL)).toBe(false);
  });

  it('grants our own page a clipboard write and nothing else', () => {
    const { session, handlers } = fakeSession();
    guardSession(session, { isOwnPage });
    expect(ask(handlers, 'clipboard-sanitized-write', { id: OUR_CONTENTS }, APP_URL)).toBe(true);
    expect(ask(handlers, 'clipboard-sanitized-write', { id: OUR_CONTENTS }, `${APP_URL}#doc=1`)).toBe(true);
    for (const permission of ALL_PERMISSIONS.filter((p) => p !== 'clipboard-sanitized-write')) {
      expect(ask(handlers, permission, { id: OUR_CONTENTS }, APP_URL)).toBe(false);
    }
  });

  it('refuses the clipboard write to any other origin, frame or webContents', () => {
    const { session, handlers } = fakeSession();
    const log = vi.fn();
    guardSession(session, { isOwnPage, log });
    const write = 'clipboard-sanitized-write';
    for (const url of ['https://evil.com/', 'http://127.0.0.1:4173/index.html', 'file:///etc/passwd', 'file:///app/out/renderer/other.html', 'devtools://devtools/bundled/inspector.html', 'null', '']) {
      expect(ask(handlers, write, { id: OUR_CONTENTS }, url)).toBe(false);
    }
    expect(ask(handlers, write, { id: 8 }, APP_URL)).toBe(false);
    expect(ask(handlers, write, { id: OUR_CONTENTS }, APP_URL, false)).toBe(false);
    expect(handlers.check(null, write, 'file://', { requestingUrl: APP_URL, isMainFrame: true })).toBe(false);
    expect(handlers.check({ id: OUR_CONTENTS }, write, 'file://', { isMainFrame: true })).toBe(false);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('denied permission request: clipboard-sanitized-write from https://evil.com/'));
  });

  it('sends the CSP as a header for file:// responses and leaves other responses alone', () => {
    const { session, handlers } = fakeSession();
    guardSession(session);
    const own = vi.fn();
    handlers.headers({ url: 'file:///app/out/renderer/index.html', responseHeaders: { 'content-security-policy': ['default-src *'] } }, own);
    expect(own).toHaveBeenCalledWith({
      responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY], 'X-Content-Type-Options': ['nosniff'] },
    });
    const other = vi.fn();
    handlers.headers({ url: 'devtools://devtools/bundled/inspector.html', responseHeaders: {} }, other);
    expect(other).toHaveBeenCalledWith({});
  });

  it('lets the page save its own blob: exports, handing them on, and cancels any other download', () => {
    const { session, handlers } = fakeSession();
    const onOwnDownload = vi.fn();
    guardSession(session, { onOwnDownload });
    const item = (url: string) => ({ getURL: () => url });
    const contents = { id: OUR_CONTENTS };
    const ownEvent = { preventDefault: vi.fn() };
    const own = item('blob:file:///4a1b-uuid');
    handlers['will-download'](ownEvent, own, contents);
    expect(ownEvent.preventDefault).not.toHaveBeenCalled();
    expect(onOwnDownload).toHaveBeenCalledWith(own, contents);
    const remoteEvent = { preventDefault: vi.fn() };
    handlers['will-download'](remoteEvent, item('https://evil.com/payload.exe'), contents);
    expect(remoteEvent.preventDefault).toHaveBeenCalled();
    expect(onOwnDownload).toHaveBeenCalledTimes(1);
  });
});

describe('isOwnDownload', () => {
  it('accepts blob: and data: only', () => {
    expect(isOwnDownload('blob:null/123')).toBe(true);
    expect(isOwnDownload('data:text/markdown;charset=utf-8,%23%20x')).toBe(true);
    for (const url of ['https://example.com/a.md', 'file:///etc/passwd', 'javascript:1']) expect(isOwnDownload(url)).toBe(false);
  });
});
