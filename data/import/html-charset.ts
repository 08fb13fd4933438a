import { legacyEncodingName } from './encoding-names';

/** Browsers look for a charset declaration in the first 1024 bytes; so do we. */
const PRESCAN_BYTES = 1024;

const META = /<meta\b[^>]*>/gi;
const CHARSET = /charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/i;

/**
 * The legacy encoding an HTML file declares with `<meta charset>` or
 * `<meta http-equiv="Content-Type" content="...; charset=...">`, or undefined when it
 * declares none, declares a Unicode encoding, or names one iconv-lite cannot decode.
 */
export const sniffHtmlCharset = (bytes: Uint8Array): string | undefined => {
  // latin1 maps each byte to one character, so ASCII markup reads the same in any encoding.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, PRESCAN_BYTES)).toString('latin1');
  for (const tag of head.match(META) ?? []) {
    const match = CHARSET.exec(tag);
    if (match) return legacyEncodingName(match[1]);
  }
  return undefined;
};
