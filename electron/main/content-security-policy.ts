/**
 * The page's Content-Security-Policy, sent as a response header as well as the meta tag in
 * renderer/index.html (a test keeps them the same). The meta tag is what always applies to
 * file:// pages; the header is defence in depth where Chromium reports headers for them.
 * The header also carries frame-ancestors, which browsers ignore in a meta tag (so the meta
 * tag may leave it out).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

type Headers = Record<string, string | string[]>;

/**
 * The response headers with our policy in place of any other: a response cannot loosen it
 * by bringing its own CSP header under a differently-cased name.
 */
export const withContentSecurityPolicy = (headers: Headers | undefined): Headers => {
  const out: Headers = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    const lower = name.toLowerCase();
    if (lower === 'content-security-policy' || lower === 'content-security-policy-report-only') continue;
    out[name] = value;
  }
  out['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY];
  out['X-Content-Type-Options'] = ['nosniff'];
  return out;
};
