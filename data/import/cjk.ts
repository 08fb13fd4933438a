/**
 * Character classes used to join wrapped lines and to judge decodings. Chinese and
 * Japanese are written without spaces, so joining two lines of CJK text must add nothing.
 */

export const isHan = (cp: number): boolean =>
  (cp >= 0x4e00 && cp <= 0x9fff) ||
  (cp >= 0x3400 && cp <= 0x4dbf) ||
  (cp >= 0xf900 && cp <= 0xfaff) ||
  (cp >= 0x20000 && cp <= 0x3134f);

export const isKana = (cp: number): boolean =>
  (cp >= 0x3040 && cp <= 0x30ff) || (cp >= 0x31f0 && cp <= 0x31ff);

/** CJK symbols and punctuation, plus full-width forms: they carry their own spacing. */
export const isCjkPunct = (cp: number): boolean =>
  (cp >= 0x3000 && cp <= 0x303f) || (cp >= 0xff00 && cp <= 0xffef);

const isCjkLetter = (cp: number): boolean => isHan(cp) || isKana(cp);

const isSpacedWordChar = (ch: string): boolean => {
  const cp = ch.codePointAt(0) ?? 0;
  return /[\p{L}\p{N}]/u.test(ch) && !isCjkLetter(cp);
};

const lastChar = (s: string): string => {
  const chars = Array.from(s.slice(-2));
  return chars[chars.length - 1] ?? '';
};

const firstChar = (s: string): string => Array.from(s.slice(0, 2))[0] ?? '';

/**
 * What a line break between `before` and `after` becomes inside a paragraph: nothing
 * where a CJK character meets CJK text or punctuation, a space between words of spaced
 * scripts (Latin, Cyrillic, Korean...).
 */
export const lineJoiner = (before: string, after: string): string => {
  const a = lastChar(before);
  const b = firstChar(after);
  if (a === '' || b === '') return '';
  const cpA = a.codePointAt(0) ?? 0;
  const cpB = b.codePointAt(0) ?? 0;
  if (isCjkPunct(cpA) || isCjkPunct(cpB)) return '';
  if (isCjkLetter(cpA) && !isSpacedWordChar(b)) return '';
  if (isCjkLetter(cpB) && !isSpacedWordChar(a)) return '';
  return ' ';
};
