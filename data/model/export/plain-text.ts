/**
 * Small text normalisations shared by every part of the exporter. They exist so the output
 * is the same bytes on every platform, whatever line endings or broken strings came in.
 */

/** CRLF and lone CR would leak platform line endings into the file. */
export const normaliseNewlines = (text: string): string => text.replace(/\r\n?/g, '\n');

/**
 * Lone surrogates cannot be encoded as UTF-8 (a writer would silently emit U+FFFD or throw),
 * and CommonMark turns NUL into U+FFFD anyway, so we do it once, visibly and predictably.
 */
export const toWellFormed = (text: string): string =>
  text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|\u0000/g, '\uFFFD');

/** Titles are one line wherever they appear (heading, YAML, file name). */
export const singleLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Compare by UTF-16 code units: locale-free, so every machine sorts the same way. */
export const compareCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
