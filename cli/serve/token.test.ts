import { describe, expect, it } from 'vitest';
import { bearerMatches, newToken } from './token';

describe('the token', () => {
  it('is 256 random bits, URL-safe, new each time', () => {
    const a = newToken();
    expect(a).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Buffer.from(a, 'base64url')).toHaveLength(32);
    expect(newToken()).not.toBe(a);
  });

  it('matches only an exact Bearer header', () => {
    const t = newToken();
    expect(bearerMatches(`Bearer ${t}`, t)).toBe(true);
    expect(bearerMatches(`bearer ${t}`, t)).toBe(true);
    for (const wrong of [undefined, '', t, `Bearer ${t} `, `Bearer  ${t}`, `Basic ${t}`, `Bearer ${t.slice(1)}`, `Bearer ${t}x`, `Bearer ${t.slice(0, -1)}!`]) {
      expect(bearerMatches(wrong, t)).toBe(false);
    }
  });
});
