/**
 * Where the window may go and which links may leave the app. Pure functions over strings,
 * so the hostile cases are unit-tested without Electron.
 *
 * The renderer is untrusted (it shows imported articles), so a URL it hands us is treated
 * like user input: only plain http(s) links go to the system browser, and the window itself
 * never leaves our own index.html.
 */

/** Long enough for any real link; short enough that a URL cannot smuggle a payload. */
export const MAX_EXTERNAL_URL_LENGTH = 2048;

/**
 * Control characters, whitespace (ASCII and Unicode) and bidi/zero-width marks. The URL
 * parser silently strips some of these (tabs, newlines), which is how `java\tscript:` and
 * similar tricks get past naive prefix checks; we refuse the string instead.
 */
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007F-\u00A0\u1680\u180E\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\uFEFF]/;

/**
 * The normalised href to hand to the system browser, or null when the URL must not leave
 * the app: anything but http/https (javascript:, data:, file:, vbscript:, chrome:, UNC
 * paths...), credentials in the URL (`http://bank.com@evil.com` phishing), backslashes
 * (parsers disagree about them), control characters or whitespace, or excessive length.
 * IDN hosts are allowed: the browser shows them with its own homograph protection.
 */
export const safeExternalUrl = (url: unknown): string | null => {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  if (UNSAFE_CHARACTERS.test(url) || url.includes('\\')) return null;
  if (!/^https?:\/\//i.test(url)) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  if (parsed.username !== '' || parsed.password !== '') return null;
  if (parsed.hostname === '') return null;
  if (parsed.href.length > MAX_EXTERNAL_URL_LENGTH) return null;
  return parsed.href;
};

export const isSafeExternalUrl = (url: unknown): boolean => safeExternalUrl(url) !== null;

/** Windows file URLs differ in drive-letter case (file:///C:/ vs file:///c:/). */
const comparablePath = (pathname: string): string | null => {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  return /^\/[A-Za-z]:\//.test(decoded) ? decoded.toLowerCase() : decoded;
};

/**
 * True when `url` is our own page: the same file:// document as `appUrl`, whatever its query
 * or #fragment (the renderer may keep view state there). Nothing else counts, not even
 * another file in the same folder.
 */
export const isAppPage = (url: unknown, appUrl: string): boolean => {
  if (typeof url !== 'string') return false;
  let target: URL;
  let app: URL;
  try {
    target = new URL(url);
    app = new URL(appUrl);
  } catch {
    return false;
  }
  if (target.protocol !== 'file:' || app.protocol !== 'file:') return false;
  if (target.host !== app.host || target.username !== '' || target.password !== '') return false;
  const a = comparablePath(target.pathname);
  return a !== null && a === comparablePath(app.pathname);
};

export type NavigationDecision =
  /** Our own index.html (a reload): let it happen. */
  | { action: 'allow' }
  /** Stay put; the link was a plain web link, so open it in the system browser. */
  | { action: 'deny'; openExternal: string }
  /** Stay put and do nothing else. */
  | { action: 'deny' };

/**
 * For `will-navigate` / `will-frame-navigate` / `will-redirect`: the window never leaves our
 * page. A clicked web link is what a reader expects to open, so it goes to the browser.
 */
export const navigationDecision = (url: unknown, appUrl: string): NavigationDecision => {
  if (isAppPage(url, appUrl)) return { action: 'allow' };
  const external = safeExternalUrl(url);
  return external ? { action: 'deny', openExternal: external } : { action: 'deny' };
};

/**
 * For `setWindowOpenHandler`: never a new Electron window (it would have to be secured all
 * over again). A safe web link (target=_blank) opens in the system browser instead.
 */
export const windowOpenDecision = (url: unknown): { action: 'deny'; openExternal?: string } => {
  const external = safeExternalUrl(url);
  return external ? { action: 'deny', openExternal: external } : { action: 'deny' };
};
