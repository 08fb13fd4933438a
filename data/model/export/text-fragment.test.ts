import { describe, expect, it } from 'vitest';
import { encodeFragmentTerm, textDirective, textFragmentUrl } from './text-fragment';

describe('text fragments', () => {
  it('percent-encodes the characters the spec reserves, and CJK', () => {
    expect(encodeFragmentTerm('20-50%, a & b')).toBe('20%2D50%25%2C%20a%20%26%20b');
    expect(encodeFragmentTerm("(it's) *x* ~y!")).toBe('%28it%27s%29%20%2Ax%2A%20%7Ey%21');
    expect(encodeFragmentTerm('雲端')).toBe('%E9%9B%B2%E7%AB%AF');
  });

  it('writes a short one-line quote whole', () => {
    expect(textDirective('  Price cuts of 20-50%\twere common. ')).toBe('text=Price%20cuts%20of%2020%2D50%25%20were%20common.');
  });

  it('uses the first and last words of a long quote, from its first and last lines', () => {
    const quote = 'One two three four five six seven eight nine ten eleven twelve';
    expect(textDirective(quote)).toBe('text=One%20two%20three%20four,nine%20ten%20eleven%20twelve');
    expect(textDirective('公共云優先\n\n騰訊云')).toBe(`text=${encodeFragmentTerm('公共云優先')},${encodeFragmentTerm('騰訊云')}`);
    const cjk = '阿里云最新一輪組織架構調整堪稱雷厲風行，吳泳銘在財報電話會議上宣布「公共云優先」僅一周後，阿里云便成立了公共云業務事業部，由劉偉光負責業務事業部';
    expect(textDirective(cjk)).toBe(`text=${encodeFragmentTerm('阿里云最新一輪組織架')},${encodeFragmentTerm('由劉偉光負責業務事業部'.slice(1))}`);
    expect(textDirective(' \n\t')).toBeUndefined();
  });

  it('appends to the URL, after a fragment it already has, replacing an old directive', () => {
    expect(textFragmentUrl('https://x.test/a?b=1', 'hi')).toBe('https://x.test/a?b=1#:~:text=hi');
    expect(textFragmentUrl('https://x.test/a#top', 'hi')).toBe('https://x.test/a#top:~:text=hi');
    expect(textFragmentUrl('https://x.test/a#:~:text=old', 'hi')).toBe('https://x.test/a#:~:text=hi');
  });

  it('gives no link for sources that are not web pages', () => {
    expect(textFragmentUrl('file:///C:/a.html', 'hi')).toBeUndefined();
    expect(textFragmentUrl('javascript:alert(1)', 'hi')).toBeUndefined();
    expect(textFragmentUrl('https://x.test/a b', 'hi')).toBeUndefined();
  });
});
