import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeBytes } from './decode-bytes';
import { SIMPLIFIED_SAMPLE, TRADITIONAL_SAMPLE } from './fixtures/chinese-samples';
import { pseudoRandomBytes, refusalOf } from './fixtures/test-support';

const bytesOf = (text: string, encoding: string, addBOM = false): Uint8Array =>
  new Uint8Array(iconv.encode(text, encoding, { addBOM }));

const concat = (...parts: ArrayLike<number>[]): Uint8Array => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

/** Characters of `text` that Big5 cannot hold, replaced by □ (which it can). */
const big5Safe = (text: string): string =>
  Array.from(text, (ch) => (iconv.decode(iconv.encode(ch, 'big5'), 'big5') === ch ? ch : '□')).join('');

describe('decodeBytes: Unicode', () => {
  it('reads plain UTF-8', () => {
    expect(decodeBytes(bytesOf('héllo 世界', 'utf-8'), 'a.txt')).toEqual({ text: 'héllo 世界', encoding: 'utf-8' });
  });

  it('drops a UTF-8 byte order mark instead of keeping U+FEFF', () => {
    const { text, encoding } = decodeBytes(concat([0xef, 0xbb, 0xbf], bytesOf('標題', 'utf-8')), 'a.txt');
    expect(text).toBe('標題');
    expect(encoding).toBe('utf-8');
  });

  it.each([
    ['utf-16le', true],
    ['utf-16be', true],
    ['utf-16le', false],
    ['utf-16be', false],
  ])('reads %s (byte order mark: %s) for both samples', (encoding, addBOM) => {
    for (const sample of [TRADITIONAL_SAMPLE, SIMPLIFIED_SAMPLE]) {
      const decoded = decodeBytes(bytesOf(sample, encoding, addBOM), 'a.txt');
      expect(decoded.encoding).toBe(encoding);
      expect(decoded.text).toBe(sample);
    }
  });

  it('reads BOM-less UTF-16 of plain English', () => {
    const text = 'Plain English notes.\nSecond line, still ASCII.';
    expect(decodeBytes(bytesOf(text, 'utf-16le'), 'a.txt')).toEqual({ text, encoding: 'utf-16le' });
    expect(decodeBytes(bytesOf(text, 'utf-16be'), 'a.txt')).toEqual({ text, encoding: 'utf-16be' });
  });

  it('normalises CRLF and lone CR to LF', () => {
    expect(decodeBytes(bytesOf('a\r\nb\rc\n\r\nd', 'utf-8'), 'a.txt').text).toBe('a\nb\nc\n\nd');
    expect(decodeBytes(bytesOf('一\r\n二', 'utf-16le', true), 'a.txt').text).toBe('一\n二');
  });

  it('refuses bytes that contradict their byte order mark', () => {
    const message = refusalOf(() => decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x41]), 'bad.txt'));
    expect(message).toMatch(/^bad\.txt: .*UTF-8 byte order mark.*not valid UTF-8/);
  });
});

describe('decodeBytes: legacy Chinese encodings', () => {
  it('tells GB18030 from Big5 for traditional text (the two share byte ranges)', () => {
    // Every character of the sample exists in Big5: the round trip below would differ otherwise.
    expect(big5Safe(TRADITIONAL_SAMPLE)).toBe(TRADITIONAL_SAMPLE);
    expect(decodeBytes(bytesOf(TRADITIONAL_SAMPLE, 'big5'), 'a.txt')).toEqual({ text: TRADITIONAL_SAMPLE, encoding: 'big5' });
    expect(decodeBytes(bytesOf(TRADITIONAL_SAMPLE, 'gb18030'), 'a.txt')).toEqual({
      text: TRADITIONAL_SAMPLE,
      encoding: 'gb18030',
    });
  });

  it('tells GB18030 from Big5 for simplified text', () => {
    expect(decodeBytes(bytesOf(SIMPLIFIED_SAMPLE, 'gb18030'), 'a.txt')).toEqual({
      text: SIMPLIFIED_SAMPLE,
      encoding: 'gb18030',
    });
    // Big5 cannot hold simplified-only characters (馆, 们...): they become □ in this fixture.
    const safe = big5Safe(SIMPLIFIED_SAMPLE);
    expect(safe).not.toBe(SIMPLIFIED_SAMPLE);
    expect(decodeBytes(bytesOf(safe, 'big5'), 'a.txt')).toEqual({ text: safe, encoding: 'big5' });
  });

  it('reads GBK files as gb18030 and normalises their CRLF', () => {
    const crlf = SIMPLIFIED_SAMPLE.replace(/\n/g, '\r\n');
    expect(decodeBytes(bytesOf(crlf, 'gbk'), 'a.txt')).toEqual({ text: SIMPLIFIED_SAMPLE, encoding: 'gb18030' });
  });

  it('refuses a short byte sequence that reads as text in both GBK and Big5', () => {
    // GBK: 你好世界; Big5: four other valid, common-enough characters.
    const bytes = new Uint8Array([0xc4, 0xe3, 0xba, 0xc3, 0xca, 0xc0, 0xbd, 0xe7]);
    expect(iconv.decode(Buffer.from(bytes), 'gbk')).toBe('你好世界');
    expect(iconv.decode(Buffer.from(bytes), 'big5')).not.toMatch(/\uFFFD/);
    const message = refusalOf(() => decodeBytes(bytes, 'short.txt'));
    expect(message).toMatch(/^short\.txt: cannot tell its text encoding \(.+\); save it as UTF-8 and import again$/);
  });

  it('refuses bytes that decode cleanly as nothing', () => {
    // 0xFF never starts a character in GB18030 or Big5, and is not UTF-8.
    const bytes = concat(bytesOf('abc', 'utf-8'), [0xff, 0xff, 0x20, 0xff, 0x81, 0x20]);
    expect(refusalOf(() => decodeBytes(bytes, 'odd.txt'))).toMatch(/^odd\.txt: cannot tell its text encoding/);
  });

  it('judges big files on their beginning but still decodes all of them', () => {
    const text = `${TRADITIONAL_SAMPLE}\n`.repeat(700); // about 650 KB in Big5
    const bytes = bytesOf(text, 'big5');
    expect(bytes.length).toBeGreaterThan(600 * 1024);
    expect(decodeBytes(bytes, 'big.txt')).toEqual({ text, encoding: 'big5' });
    const corrupt = concat(bytes, [0xff, 0xff]);
    expect(refusalOf(() => decodeBytes(corrupt, 'big.txt'))).toMatch(/^big\.txt: cannot tell its text encoding \(only its beginning decodes cleanly as Big5\)/);
  });

  it('honours a declared legacy encoding, but not over valid multi-byte UTF-8', () => {
    const big5 = bytesOf('短文', 'big5');
    expect(decodeBytes(big5, 'a.html', { declaredEncoding: 'big5' })).toEqual({ text: '短文', encoding: 'big5' });
    const utf8 = bytesOf('短文', 'utf-8');
    expect(decodeBytes(utf8, 'a.html', { declaredEncoding: 'big5' })).toEqual({ text: '短文', encoding: 'utf-8' });
  });
});

describe('decodeBytes: binary content', () => {
  it('refuses a PNG header followed by random bytes', () => {
    const png = concat([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], pseudoRandomBytes(4096));
    expect(refusalOf(() => decodeBytes(png, 'photo.png'))).toBe('photo.png: it looks like a binary file, not text');
  });

  it('refuses a file of NUL bytes (NULs on both sides are not UTF-16)', () => {
    expect(refusalOf(() => decodeBytes(new Uint8Array(1000), 'zeros.txt'))).toMatch(/^zeros\.txt: .*binary/);
  });
});
