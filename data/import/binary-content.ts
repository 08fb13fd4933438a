/** Control characters that never occur in text (tab, LF, CR, FF and ESC excepted). */
const isControlByte = (b: number): boolean =>
  b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b;

/** Share of control characters above which content is binary, not text with a stray byte... */
export const MAX_CONTROL_SHARE = 0.01;
/** ...counting from this many, so a few stray bytes in a short note do not condemn it. */
const TOLERATED_CONTROLS = 4;

const tooManyControls = (controls: number, length: number): boolean =>
  controls > TOLERATED_CONTROLS && controls > length * MAX_CONTROL_SHARE;

/**
 * Bytes that no text encoding we accept would produce: any NUL (UTF-16 is recognised
 * before this runs), or more than 1% control bytes (and more than a few). Legacy CJK encodings never use
 * bytes below 0x40 inside a character, so this holds for them too.
 */
export const looksBinaryBytes = (bytes: Uint8Array): boolean => {
  let controls = 0;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (isControlByte(b)) controls++;
  }
  return tooManyControls(controls, bytes.length);
};

const CONTROL_CHARS = /[\x00-\x08\x0B\x0E-\x1F\x7F]/g;

/** The same test on decoded text (a UTF-16 file can decode to NULs and controls). */
export const looksBinaryText = (text: string): boolean => {
  if (text.includes('\0')) return true;
  const controls = text.match(CONTROL_CHARS)?.length ?? 0;
  return tooManyControls(controls, text.length);
};

/** Removes the few stray control characters a text file may carry; they have no glyph. */
export const stripControlChars = (text: string): string => text.replace(CONTROL_CHARS, '');
