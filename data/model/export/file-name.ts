import type { Document } from '../schemas';

/**
 * Portable file names from titles: valid on Windows, macOS and Linux, on FAT/exFAT sync
 * drives, and as Obsidian/Logseq note names (which also reserve `# ^ [ ]` for links).
 */

/** Forbidden by some file system, by Obsidian links, or invisible/bidi spoofing controls. */
const FORBIDDEN = /[/\\:*?"<>|#^[\]\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]+/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Windows refuses these before the first dot (trailing spaces ignored), in any case. */
const RESERVED = /^(?:CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[1-9¹²³]|LPT[1-9¹²³])[ ]*(?:\.|$)/i;

const MAX_UNITS = 120;
const MAX_UTF8_BYTES = 200;

const utf8Length = (codePoint: number): number =>
  codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;

/** Cut at a code point boundary so no surrogate pair is split and no emoji joiner dangles. */
const truncate = (name: string): string => {
  let units = 0;
  let bytes = 0;
  let out = '';
  for (const ch of name) {
    const size = utf8Length(ch.codePointAt(0) ?? 0);
    if (units + ch.length > MAX_UNITS || bytes + size > MAX_UTF8_BYTES) break;
    units += ch.length;
    bytes += size;
    out += ch;
  }
  return out.replace(/\u200D+$/, '');
};

/**
 * Leading dots hide files (and `..` climbs), a leading `-` reads as an option in a shell,
 * trailing dots and spaces vanish on Windows, a trailing `-` is a leftover of `?` or `/`.
 */
const trimEdges = (name: string): string => name.replace(/^[\s.-]+/, '').replace(/[\s.-]+$/, '');

const sanitise = (title: string): string => {
  const replaced = title
    .normalize('NFC')
    .replace(LONE_SURROGATE, '')
    // Tabs and line breaks are spacing in a title, not forbidden characters.
    .replace(/\s+/g, ' ')
    // Beside a space a forbidden run just disappears ("Q: why" -> "Q why"); between two
    // characters it becomes a hyphen ("2023/12/01" -> "2023-12-01").
    .replace(FORBIDDEN, (run: string, at: number, whole: string) => {
      const before = whole[at - 1];
      const after = whole[at + run.length];
      const atEdge = before === undefined || after === undefined || /\s/.test(before) || /\s/.test(after);
      return atEdge ? ' ' : '-';
    })
    .replace(/\s+/g, ' ');
  const name = trimEdges(truncate(trimEdges(replaced)));
  return RESERVED.test(name) ? name.replace(/^[^.]*/, (stem) => `${stem}_`) : name;
};

export const safeFileName = (title: string, fallback = 'untitled'): string => {
  const name = sanitise(title);
  if (name !== '') return name;
  const safeFallback = sanitise(fallback);
  return safeFallback !== '' ? safeFallback : 'untitled';
};

/**
 * `base.ext`, or `base (2).ext`, `base (3).ext`... whichever is free. Compared without
 * case and in NFC because Windows and macOS file systems compare names that way. The
 * chosen name is added to `taken`, so a loop over many documents gets distinct names.
 */
export const uniqueFileName = (base: string, ext: string, taken: Set<string>): string => {
  const suffix = ext === '' || ext.startsWith('.') ? ext : `.${ext}`;
  const fold = (name: string): string => name.normalize('NFC').toLowerCase();
  const folded = new Set(Array.from(taken, fold));
  let candidate = base + suffix;
  for (let n = 2; folded.has(fold(candidate)); n++) candidate = `${base} (${n})${suffix}`;
  taken.add(candidate);
  return candidate;
};

export const exportFileName = (doc: Document): string => `${safeFileName(doc.title)}.md`;
