import { looksBinaryBytes } from './binary-content';
import { detectBom } from './bom';
import { legacyEncodingName } from './encoding-names';
import { decodeClean, decodeLegacy } from './legacy-encoding';
import { normalizeLineEndings } from './line-endings';
import { refuse } from './refuse';
import { decodeUtf16Strict, decodeUtf8Strict } from './unicode-decode';
import { detectUtf16 } from './utf16-detect';

export interface DecodedText {
  text: string;
  /** Lower-case canonical name: 'utf-8', 'utf-16le', 'utf-16be', 'gb18030', 'big5', ... */
  encoding: string;
}

export interface DecodeOptions {
  /** An encoding the file itself declares (an HTML `<meta charset>`), tried before guessing. */
  declaredEncoding?: string;
}

const hasNonAscii = (bytes: Uint8Array): boolean => {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return true;
  return false;
};

const decodeRaw = (bytes: Uint8Array, fileName: string, options: DecodeOptions): DecodedText => {
  const bom = detectBom(bytes);
  if (bom !== undefined) {
    const body = bytes.subarray(bom.length);
    const text =
      bom.encoding === 'utf-8'
        ? decodeUtf8Strict(body)
        : decodeUtf16Strict(body, bom.encoding === 'utf-16le' ? 'le' : 'be');
    if (text === undefined) throw refuse(fileName, 'bom_mismatch', { encoding: bom.encoding });
    return { text, encoding: bom.encoding };
  }

  // Before the binary test: UTF-16 text is full of NUL bytes and is still text.
  const utf16 = detectUtf16(bytes);
  if (utf16 !== undefined) return utf16;

  if (looksBinaryBytes(bytes)) throw refuse(fileName, 'binary');

  const utf8 = decodeUtf8Strict(bytes);
  const declared = options.declaredEncoding === undefined ? undefined : legacyEncodingName(options.declaredEncoding);
  // A page re-saved as UTF-8 often keeps its old <meta charset>; multi-byte UTF-8 that
  // validates is practically never a legacy encoding by accident, so it wins.
  if (declared !== undefined && !(utf8 !== undefined && hasNonAscii(bytes))) {
    const text = decodeClean(bytes, declared);
    if (text !== undefined) return { text, encoding: declared };
  }
  if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8' };
  return decodeLegacy(bytes, fileName);
};

/**
 * Bytes to text: byte order mark, then UTF-16 told by its NUL pattern, then (past a
 * binary check) a declared legacy encoding, strict UTF-8, and finally the legacy
 * encodings (GB18030, Big5 and the detector's guesses) scored against each other. Line
 * endings come out as LF. Throws import_refused for binary content and for encodings it
 * cannot tell apart.
 */
export const decodeBytes = (bytes: Uint8Array, fileName: string, options: DecodeOptions = {}): DecodedText => {
  const { text, encoding } = decodeRaw(bytes, fileName, options);
  return { text: normalizeLineEndings(text), encoding };
};
