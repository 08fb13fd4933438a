import { describe, expect, it } from 'vitest';
import { takePageToken, type PageLike } from './page-token';

const fakePage = (href: string, stored: Record<string, string> = {}) => {
  const replaced: string[] = [];
  const page: PageLike = {
    location: { href },
    history: { state: { s: 1 }, replaceState: (_data, _unused, url) => void replaced.push(url ?? '') },
    sessionStorage: { getItem: (k) => stored[k] ?? null, setItem: (k, v) => void (stored[k] = v) },
  };
  return { page, replaced, stored };
};

describe('takePageToken', () => {
  it('takes the token from the URL, keeps it for the tab and removes it from the address bar', () => {
    const { page, replaced, stored } = fakePage('http://127.0.0.1:5000/?token=abc-_1&x=2#doc');
    expect(takePageToken(page)).toBe('abc-_1');
    expect(stored['glossa.token']).toBe('abc-_1');
    expect(replaced).toEqual(['/?x=2#doc']);
  });

  it('uses the stored token after a reload, without touching history', () => {
    const { page, replaced } = fakePage('http://127.0.0.1:5000/', { 'glossa.token': 'kept' });
    expect(takePageToken(page)).toBe('kept');
    expect(replaced).toEqual([]);
  });

  it('prefers a new token in the URL (a new server run) and copes without storage', () => {
    const { page } = fakePage('http://127.0.0.1:5000/?token=new', { 'glossa.token': 'old' });
    expect(takePageToken(page)).toBe('new');
    const broken = fakePage('http://127.0.0.1:5000/').page;
    broken.sessionStorage = {
      getItem: () => {
        throw new Error('disabled');
      },
      setItem: () => {
        throw new Error('disabled');
      },
    };
    expect(takePageToken(broken)).toBeNull();
  });
});
