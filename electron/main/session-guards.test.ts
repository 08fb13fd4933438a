import { describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';
import { guardSession, isOwnDownload, type GuardableSession } from './session-guards';

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

describe('guardSession', () => {
  it('denies every permission request and every permission check', () => {
    const { session, handlers } = fakeSession();
    guardSession(session);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      handlers.request({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(handlers.check({}, permission, 'file://', {})).toBe(false);
    }
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

  it('lets the page save its own blob: exports and cancels any other download', () => {
    const { session, handlers } = fakeSession();
    guardSession(session);
    const item = (url: string) => ({ getURL: () => url });
    const ownEvent = { preventDefault: vi.fn() };
    handlers['will-download'](ownEvent, item('blob:file:///4a1b-uuid'));
    expect(ownEvent.preventDefault).not.toHaveBeenCalled();
    const remoteEvent = { preventDefault: vi.fn() };
    handlers['will-download'](remoteEvent, item('https://evil.com/payload.exe'));
    expect(remoteEvent.preventDefault).toHaveBeenCalled();
  });
});

describe('isOwnDownload', () => {
  it('accepts blob: and data: only', () => {
    expect(isOwnDownload('blob:null/123')).toBe(true);
    expect(isOwnDownload('data:text/markdown;charset=utf-8,%23%20x')).toBe(true);
    for (const url of ['https://example.com/a.md', 'file:///etc/passwd', 'javascript:1']) expect(isOwnDownload(url)).toBe(false);
  });
});
