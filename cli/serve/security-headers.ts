import type { ServerResponse } from 'node:http';

/** The same policy as renderer/index.html's meta tag, sent as a header so it also covers API answers. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // The page URL carries the token: never send it to anyone as a Referer.
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Set on every response, before anything else is written. */
export const setSecurityHeaders = (res: ServerResponse): void => {
  for (const [name, value] of Object.entries(HEADERS)) res.setHeader(name, value);
};
