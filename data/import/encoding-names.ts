import iconv from 'iconv-lite';

/**
 * Canonical, lower-case names for encodings we decode with iconv-lite. GB2312 and GBK
 * are subsets of GB18030, and iconv-lite's big5 is Big5-HKSCS (a superset of CP950), so
 * decoding with the superset never loses a character the subset could encode.
 */
const ALIASES = new Map<string, string>([
  ['gb2312', 'gb18030'],
  ['gbk', 'gb18030'],
  ['x-gbk', 'gb18030'],
  ['cp936', 'gb18030'],
  ['euc-cn', 'gb18030'],
  ['chinese', 'gb18030'],
  ['csgb2312', 'gb18030'],
  ['gb_2312-80', 'gb18030'],
  ['iso-ir-58', 'gb18030'],
  ['gb18030', 'gb18030'],
  ['big5', 'big5'],
  ['big5-hkscs', 'big5'],
  ['big5hkscs', 'big5'],
  ['cn-big5', 'big5'],
  ['csbig5', 'big5'],
  ['x-x-big5', 'big5'],
  ['cp950', 'big5'],
  // As browsers do: pages labelled Latin-1 or ASCII are windows-1252 in practice.
  ['iso-8859-1', 'windows-1252'],
  ['latin1', 'windows-1252'],
  ['us-ascii', 'windows-1252'],
  ['ascii', 'windows-1252'],
]);

const UNICODE = /^(utf-?8|utf-?16(le|be)?|utf-?32(le|be)?|unicode(-1-1-utf-8)?|ucs-?2)$/;

/**
 * The canonical name of a legacy (non-Unicode) encoding iconv-lite can decode, or
 * undefined for Unicode labels and encodings it does not know.
 */
export const legacyEncodingName = (label: string): string | undefined => {
  const name = label.trim().toLowerCase();
  if (name === '' || UNICODE.test(name)) return undefined;
  const canonical = ALIASES.get(name) ?? name;
  return iconv.encodingExists(canonical) ? canonical : undefined;
};
