import { describe, expect, it } from 'vitest';
import type { Document } from '../schemas';
import { exportFileName, safeFileName, uniqueFileName } from './file-name';

const utf8Bytes = (s: string): number => new TextEncoder().encode(s).length;
const hasLoneSurrogate = (s: string): boolean =>
  /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);

describe('safeFileName', () => {
  it.each([
    ['阿里云正面向未來“下注”', '阿里云正面向未來“下注”'],
    ['../../etc/passwd', 'etc-passwd'],
    ['a/b', 'a-b'],
    ['2023/12/01 notes', '2023-12-01 notes'],
    ['Q: why?', 'Q why'],
    ['C:\\Windows\\system32', 'C-Windows-system32'],
    ['<script>alert(1)</script>', 'script-alert(1)-script'],
    ['say "hi" | bye', 'say hi bye'],
    ['#1 [draft] ^x', '1 draft x'],
    ['tab\there\nnewline', 'tab here newline'],
    ['  .hidden. ', 'hidden'],
    ['trailing dots...', 'trailing dots'],
    ['CON', 'CON_'],
    ['con', 'con_'],
    ['Con.txt', 'Con_.txt'],
    ['NUL .tar.gz', 'NUL _.tar.gz'],
    ['COM1', 'COM1_'],
    ['lpt9', 'lpt9_'],
    ['CONSOLE', 'CONSOLE'],
    ['COM0', 'COM0'],
    ['evil\u202Etxt.exe', 'evil-txt.exe'],
  ])('%j -> %j', (title, expected) => {
    expect(safeFileName(title)).toBe(expected);
  });

  it.each(['', '   ', '.', '..', '...', '. . .', '///', '\u0000\u0001', '?*?'])('%j falls back', (title) => {
    expect(safeFileName(title)).toBe('untitled');
    expect(safeFileName(title, '文件')).toBe('文件');
  });

  it('sanitises an unsafe fallback too', () => {
    expect(safeFileName('', '../x')).toBe('x');
    expect(safeFileName('', '..')).toBe('untitled');
  });

  it('caps 300 Chinese characters at 200 UTF-8 bytes (66 characters)', () => {
    const name = safeFileName('雲'.repeat(300));
    expect(utf8Bytes(name)).toBeLessThanOrEqual(200);
    expect(name).toBe('雲'.repeat(66));
  });

  it('caps ASCII at 120 UTF-16 units', () => {
    expect(safeFileName('a'.repeat(300))).toBe('a'.repeat(120));
  });

  it('never splits a surrogate pair at the cut point', () => {
    for (let pad = 0; pad < 8; pad++) {
      const name = safeFileName('a'.repeat(115 + pad) + '🎉'.repeat(10));
      expect(hasLoneSurrogate(name)).toBe(false);
      expect(name.length).toBeLessThanOrEqual(120);
      expect(utf8Bytes(name)).toBeLessThanOrEqual(200);
    }
    const emoji = safeFileName('🎉'.repeat(100));
    expect(emoji).toBe('🎉'.repeat(50));
    expect(hasLoneSurrogate(safeFileName('x\uD800y'))).toBe(false);
  });

  it('does not leave a dangling emoji joiner or trailing space at the cut', () => {
    const family = '👨\u200D👩\u200D👧';
    const name = safeFileName('a'.repeat(117) + family);
    expect(name.endsWith('\u200D')).toBe(false);
    expect(safeFileName('a'.repeat(119) + ' b')).toBe('a'.repeat(119));
  });

  it('keeps CJK punctuation and normalises to NFC', () => {
    expect(safeFileName('阿里云：公共云優先？')).toBe('阿里云：公共云優先？');
    expect(safeFileName('Cafe\u0301')).toBe('Café');
  });
});

describe('uniqueFileName', () => {
  it('adds (2), (3)... case-insensitively and records the choice', () => {
    const taken = new Set<string>(['Notes.md']);
    expect(uniqueFileName('notes', '.md', taken)).toBe('notes (2).md');
    expect(uniqueFileName('NOTES', 'md', taken)).toBe('NOTES (3).md');
    expect(uniqueFileName('other', 'md', taken)).toBe('other.md');
    expect([...taken]).toEqual(['Notes.md', 'notes (2).md', 'NOTES (3).md', 'other.md']);
  });

  it('treats NFC and NFD spellings as the same name', () => {
    const taken = new Set<string>(['Cafe\u0301.md']);
    expect(uniqueFileName('Café', 'md', taken)).toBe('Café (2).md');
  });

  it('works with CJK names and without an extension', () => {
    const taken = new Set<string>();
    expect(uniqueFileName('雲端', '', taken)).toBe('雲端');
    expect(uniqueFileName('雲端', '', taken)).toBe('雲端 (2)');
  });
});

describe('exportFileName', () => {
  it('is the safe title with .md', () => {
    const doc = { title: 'a/b: c?' } as Document;
    expect(exportFileName(doc)).toBe('a-b c.md');
    expect(exportFileName({ title: '' } as Document)).toBe('untitled.md');
  });
});
