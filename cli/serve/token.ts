import { randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe: the per-run secret, like Jupyter's, printed once in the URL. */
export const newToken = (): string => randomBytes(32).toString('base64url');

/**
 * True when the Authorization header is exactly `Bearer <token>`. Only the header counts:
 * a token in an API call's query string would end up in logs and history, so it is ignored.
 * Compared in constant time so the answer time does not leak how much of a guess was right.
 */
export const bearerMatches = (authorization: string | undefined, token: string): boolean => {
  const match = /^Bearer ([A-Za-z0-9_-]+)$/i.exec(authorization ?? '');
  if (!match) return false;
  const given = Buffer.from(match[1]);
  const expected = Buffer.from(token);
  // The length of the token is public (the URL shows it); only its content must not leak.
  return given.length === expected.length && timingSafeEqual(given, expected);
};
