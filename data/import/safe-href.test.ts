import { describe, expect, it } from 'vitest';
import { safeHref } from './safe-href';

describe('safeHref', () => {
  it('keeps http, https and mailto links', () => {
    expect(safeHref('https://example.com/a?b=1#c')).toBe('https://example.com/a?b=1#c');
    expect(safeHref('HTTP://EXAMPLE.com')).toBe('http://example.com/');
    expect(safeHref('mailto:a@b.org')).toBe('mailto:a@b.org');
  });

  it.each([
    'javascript:alert(1)',
    ' JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'data:text/html;base64,PHNjcmlwdD4=',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.com/',
    '',
    '   ',
  ])('drops %j', (href) => {
    expect(safeHref(href)).toBeUndefined();
    expect(safeHref(href, 'https://example.com/')).toBeUndefined();
  });

  it('resolves relative links only against a base', () => {
    expect(safeHref('../b.html', 'https://example.com/x/y/a.html')).toBe('https://example.com/x/b.html');
    expect(safeHref('../b.html')).toBeUndefined();
    expect(safeHref(null)).toBeUndefined();
  });
});
