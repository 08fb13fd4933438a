import { describe, expect, it } from 'vitest';
import { takeStartLink } from './start-link';

const page = (href: string) => {
  const urls: string[] = [];
  return { urls, location: { href }, history: { state: null, replaceState: (_d: unknown, _u: string, url?: string) => void urls.push(url ?? '') } };
};

describe('takeStartLink', () => {
  it('takes the passage of /open and puts the address back to /', () => {
    const p = page('http://127.0.0.1:4000/open?doc=d1&annotation=a1');
    expect(takeStartLink(p)).toEqual({ documentId: 'd1', annotationId: 'a1' });
    expect(p.urls).toEqual(['/']);
  });

  it('leaves any other page alone', () => {
    const p = page('http://127.0.0.1:4000/?x=1');
    expect(takeStartLink(p)).toBeUndefined();
    expect(p.urls).toEqual([]);
  });

  it('ignores an /open without a valid document id, still clearing the address', () => {
    const p = page('http://127.0.0.1:4000/open?doc=..%2Fx');
    expect(takeStartLink(p)).toBeUndefined();
    expect(p.urls).toEqual(['/']);
  });
});
