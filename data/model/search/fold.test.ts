import { describe, expect, it } from 'vitest';
import { foldForSearch, foldText, originalRange } from './fold';

describe('foldForSearch', () => {
  it.each([
    ['阿里雲', '阿里云'],
    ['阿里云', '阿里云'],
    ['臺灣', '台湾'],
    ['台灣', '台湾'],
    ['ＡＩ', 'ai'],
    ['AI', 'ai'],
    ['Ｑｗｅｎ－７２Ｂ', 'qwen-72b'],
    ['Qwen-72B', 'qwen-72b'],
    ['ﬁnance', 'finance'],
    ['ﬀ', 'ff'],
    ['Straße', 'straße'],
    ['ΟΔΟΣ', 'οδοσ'],
    ['οδος', 'οδοσ'],
    ['１２月１日', '12月1日'],
    ['通義千問發布會', '通义千问发布会'],
    ['麼', '幺'],
    ['Cafe\u0301', 'café'],
    ['ｶﾞ', 'ガ'],
    ['　', ' '],
  ])('%s folds to %s', (input, folded) => {
    expect(foldText(input)).toBe(folded);
  });

  it('makes Traditional and Simplified, full and half width, and case meet', () => {
    expect(foldText('阿里雲')).toBe(foldText('阿里云'));
    expect(foldText('臺灣')).toBe(foldText('台湾'));
    expect(foldText('ＡＩ')).toBe(foldText('ai'));
    expect(foldText('Ｑｗｅｎ－７２Ｂ')).toBe(foldText('qwen-72b'));
  });

  it('is idempotent', () => {
    for (const s of ['阿里雲 ＡＩ', 'ﬁ ㍿ İstanbul', '麼么幺', 'Cafe\u0301 ΟΔΟΣ', 'ㄱㅏ', '𠀾𫢸僤']) {
      expect(foldText(foldText(s))).toBe(foldText(s));
    }
  });

  it('equals NFKC of the whole string where folding per segment could differ', () => {
    // Composition happens across characters (e + ◌́, ｶ + ﾞ, ㄱ + ㅏ); segments keep it.
    for (const s of ['Cafe\u0301 ok', 'ｶﾞｷﾞｸﾞ', 'ㄱㅏㄴ', 'a\u0308\u0301b', '\u1100\u1161\u11a8x']) {
      expect(foldText(s)).toBe(s.normalize('NFKC').toLowerCase());
    }
  });

  it('keeps plain text as it is, with no offset map', () => {
    const text = '阿里云正面向未来下注 AI 2023';
    const folded = foldForSearch(text.toLowerCase());
    expect(folded.text).toBe(text.toLowerCase());
    expect(folded.starts).toBeUndefined();
  });

  it('has no offset map when every character folds to one (雲 -> 云)', () => {
    const folded = foldForSearch('阿里雲ＡＩ');
    expect(folded.text).toBe('阿里云ai');
    expect(folded.starts).toBeUndefined();
    expect(originalRange(folded, 2, 5)).toEqual([2, 5]);
  });
});

describe('offset map', () => {
  it('maps an expanded ligature back to the one original character', () => {
    const original = 'x ﬁnance';
    const folded = foldForSearch(original);
    expect(folded.text).toBe('x finance');
    // "fin" in folded text covers ﬁ + n in the original.
    const at = folded.text.indexOf('fin');
    const [s, e] = originalRange(folded, at, at + 3);
    expect(original.slice(s, e)).toBe('ﬁn');
    // "nance" after the ligature is shifted by one.
    const n = folded.text.indexOf('nance');
    expect(original.slice(...originalRange(folded, n, n + 5))).toBe('nance');
    // A match inside the expansion ("i") highlights the whole ligature.
    const i = folded.text.indexOf('i');
    expect(original.slice(...originalRange(folded, i, i + 1))).toBe('ﬁ');
  });

  it('maps ㍿ (four characters folded) and composed accents', () => {
    const original = '㍿会社 Cafe\u0301 au lait';
    const folded = foldForSearch(original);
    expect(folded.text).toBe('株式会社会社 café au lait');
    const at = folded.text.indexOf('式会');
    expect(original.slice(...originalRange(folded, at, at + 2))).toBe('㍿');
    const cafe = folded.text.indexOf('café');
    expect(original.slice(...originalRange(folded, cafe, cafe + 4))).toBe('Cafe\u0301');
    const lait = folded.text.indexOf('lait');
    expect(original.slice(...originalRange(folded, lait, lait + 4))).toBe('lait');
  });

  it('maps every folded character inside the original text, in order', () => {
    const original = 'ﬀ㍿ｶﾞ阿里雲 İ ΟΔΟΣ 𠀾ａ';
    const folded = foldForSearch(original);
    expect(folded.starts).toBeDefined();
    let last = 0;
    for (let j = 0; j < folded.text.length; j++) {
      const [s, e] = originalRange(folded, j, j + 1);
      expect(s).toBeGreaterThanOrEqual(last);
      expect(e).toBeGreaterThan(s);
      expect(e).toBeLessThanOrEqual(original.length);
      last = s;
    }
    // Folding each mapped original range gives back the folded text.
    const pieces: string[] = [];
    for (let j = 0; j < folded.text.length; ) {
      const [s, e] = originalRange(folded, j, j + 1);
      const part = foldText(original.slice(s, e));
      pieces.push(part);
      j += part.length;
    }
    expect(pieces.join('')).toBe(folded.text);
  });

  it('keeps surrogate pairs whole', () => {
    const original = '𠀾ﬁ𠀾';
    const folded = foldForSearch(original);
    const at = folded.text.lastIndexOf('𠀾');
    expect(originalRange(folded, at, at + 2)).toEqual([3, 5]);
  });
});
