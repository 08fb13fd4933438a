import { describe, expect, it } from 'vitest';
import {
  MAX_EXTERNAL_URL_LENGTH,
  isAppPage,
  isSafeExternalUrl,
  navigationDecision,
  safeExternalUrl,
  windowOpenDecision,
} from './url-policy';

const APP_URL = 'file:///opt/Glossa/resources/app.asar/out/renderer/index.html';

/** Links an article, a compromised renderer or a crafted file could hand us. */
const HOSTILE = [
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'java\tscript:alert(1)',
  ' javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'file:///etc/passwd',
  'file://attacker/share/payload.exe',
  'vbscript:msgbox(1)',
  'http://user:pass@example.com/',
  'https://paypal.com@evil.com/',
  'https://:pass@evil.com/',
  '\\\\attacker\\share\\payload.exe',
  'https:\\\\evil.com',
  'https://evil.com\\@good.com',
  'chrome://settings',
  'chrome-extension://abc/page.html',
  'devtools://devtools/bundled/inspector.html',
  'about:blank',
  'blob:https://evil.com/uuid',
  'ftp://example.com/file',
  'smb://attacker/share',
  'ms-msdt:/id PCWDiagnostic',
  'search-ms:query=x',
  'mailto:someone@example.com',
  'http://exa mple.com/',
  'https://example.com/\npath',
  'https://example.com/\u0000',
  'https://example.com/\u202Egnp.exe',
  'https://example.com/\u200Bzero-width',
  '//evil.com/protocol-relative',
  'evil.com',
  'http://',
  'https:///',
  '',
  `https://example.com/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`,
];

describe('safeExternalUrl', () => {
  it.each(HOSTILE)('refuses %j', (url) => {
    expect(safeExternalUrl(url)).toBeNull();
    expect(isSafeExternalUrl(url)).toBe(false);
  });

  it('refuses values that are not strings', () => {
    for (const value of [undefined, null, 42, {}, ['https://example.com']]) expect(isSafeExternalUrl(value)).toBe(false);
  });

  it('allows plain http and https links and returns the normalised href', () => {
    expect(safeExternalUrl('https://example.com')).toBe('https://example.com/');
    expect(safeExternalUrl('HTTPS://Example.COM/a?b=c#d')).toBe('https://example.com/a?b=c#d');
    expect(safeExternalUrl('http://example.com:8080/path')).toBe('http://example.com:8080/path');
    expect(safeExternalUrl('https://medium.com/@someone/post')).toBe('https://medium.com/@someone/post');
  });

  it('allows IDN hosts (the browser applies its own homograph rules) as punycode', () => {
    expect(safeExternalUrl('https://аpple.com/')).toBe('https://xn--pple-43d.com/');
    expect(safeExternalUrl('https://例子.中国/文章')).toMatch(/^https:\/\/xn--/);
  });
});

describe('isAppPage', () => {
  it('accepts our index.html, with or without a query or fragment', () => {
    expect(isAppPage(APP_URL, APP_URL)).toBe(true);
    expect(isAppPage(`${APP_URL}#/doc/1`, APP_URL)).toBe(true);
    expect(isAppPage(`${APP_URL}?x=1`, APP_URL)).toBe(true);
  });

  it('refuses other files, other folders, other hosts and other schemes', () => {
    expect(isAppPage('file:///opt/Glossa/resources/app.asar/out/renderer/other.html', APP_URL)).toBe(false);
    expect(isAppPage('file:///etc/passwd', APP_URL)).toBe(false);
    expect(isAppPage('file://attacker/opt/Glossa/resources/app.asar/out/renderer/index.html', APP_URL)).toBe(false);
    expect(isAppPage('https://opt/Glossa/resources/app.asar/out/renderer/index.html', APP_URL)).toBe(false);
    expect(isAppPage('not a url', APP_URL)).toBe(false);
    expect(isAppPage(undefined, APP_URL)).toBe(false);
  });

  it('sees through percent-encoding and Windows drive-letter case', () => {
    const app = 'file:///C:/Program%20Files/Glossa/index.html';
    expect(isAppPage('file:///c:/Program Files/Glossa/index.html', app)).toBe(true);
    const cjk = 'file:///home/%E7%94%A8%E6%88%B6/glossa/index.html';
    expect(isAppPage('file:///home/用戶/glossa/index.html', cjk)).toBe(true);
  });
});

describe('navigationDecision', () => {
  it('allows only our own page', () => {
    expect(navigationDecision(APP_URL, APP_URL)).toEqual({ action: 'allow' });
    expect(navigationDecision(`${APP_URL}#x`, APP_URL)).toEqual({ action: 'allow' });
  });

  it.each(HOSTILE)('denies %j without opening anything', (url) => {
    expect(navigationDecision(url, APP_URL)).toEqual({ action: 'deny' });
  });

  it('denies a web page in the window, and hands a clicked web link to the browser', () => {
    expect(navigationDecision('https://evil.com', APP_URL)).toEqual({ action: 'deny', openExternal: 'https://evil.com/' });
  });
});

describe('windowOpenDecision', () => {
  it.each(HOSTILE)('denies %j without opening anything', (url) => {
    expect(windowOpenDecision(url)).toEqual({ action: 'deny' });
  });

  it('never opens our own page in a second window either', () => {
    expect(windowOpenDecision(APP_URL)).toEqual({ action: 'deny' });
  });

  it('denies the window but opens a safe web link in the browser', () => {
    expect(windowOpenDecision('https://example.com/a')).toEqual({ action: 'deny', openExternal: 'https://example.com/a' });
  });
});
