import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format';

describe('detectFormat', () => {
  it.each([
    ['a.txt', 'text'],
    ['a.TEXT', 'text'],
    ['a.md', 'markdown'],
    ['a.markdown', 'markdown'],
    ['a.mdown', 'markdown'],
    ['a.html', 'html'],
    ['a.HTM', 'html'],
    ['a.xhtml', 'html'],
  ])('reads %s as %s from its extension', (name, format) => {
    expect(detectFormat(name, 'plain words')).toBe(format);
  });

  it('trusts the extension over the content', () => {
    expect(detectFormat('notes.txt', '<!DOCTYPE html><html><body>x</body></html>')).toBe('text');
    expect(detectFormat('page.html', '# not markdown')).toBe('html');
  });

  it('sniffs unknown extensions: an HTML document, else text', () => {
    expect(detectFormat('saved', '  <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN">')).toBe('html');
    expect(detectFormat('saved.page', '<html lang="zh"><body></body></html>')).toBe('html');
    expect(detectFormat('saved', '<!-- saved from url=(0014)about:internet -->\n<html>')).toBe('html');
    expect(detectFormat('README', '# Title\n\ntext')).toBe('text');
    expect(detectFormat('.bashrc', '<html>')).toBe('html');
    expect(detectFormat('x.csv', 'a,b\n<html>')).toBe('text');
  });

  it('is not fooled by extensions that name Object.prototype members', () => {
    for (const ext of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) {
      expect(detectFormat(`a.${ext}`, 'plain')).toBe('text');
    }
  });
});
