/**
 * The part of an exported note that Glossa owns, between two HTML comments:
 *
 *     ---                                   front matter: Glossa's keys are rewritten,
 *     title: …                              keys the person added are kept (front-matter-merge.ts)
 *     ---
 *
 *     <!-- glossa:begin article=ID (…) -->
 *     …the exported note…                   rewritten on every export
 *     <!-- glossa:end -->
 *
 *     anything the person writes before the begin marker or after the end marker is kept.
 *
 * HTML comments are invisible in Obsidian's reading view and in Logseq, survive every
 * Markdown editor, and a CommonMark HTML block of kind 2 ends on the `-->` line, so the
 * markers never swallow the text around them. The begin marker names what the note is
 * about, so a file is found again after the person renames or moves it within the folder.
 */

export type NoteKind = 'article' | 'tag' | 'index';

export interface NoteKey {
  kind: NoteKind;
  /** Document id, tag query, or `notebook`. */
  value: string;
}

export const noteKeyId = (key: NoteKey): string => `${key.kind}=${key.value}`;

const HINT = '(exported by Glossa: this part is replaced on the next export; write outside it)';

/**
 * Percent-encodes what could end the comment or the value (`>`, whitespace) and `%` itself;
 * CJK and the rest stay readable, as ids and tags are worth reading in the file.
 */
const encodeValue = (value: string): string =>
  value.replace(/[%<>"\s\u0000-\u001F\u007F]/gu, (ch) =>
    Array.from(new TextEncoder().encode(ch), (b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''),
  );

const decodeValue = (value: string): string | undefined => {
  try {
    return decodeURIComponent(value);
  } catch {
    return undefined;
  }
};

export const beginMarker = (key: NoteKey): string => `<!-- glossa:begin ${key.kind}=${encodeValue(key.value)} ${HINT} -->`;
export const END_MARKER = '<!-- glossa:end -->';

const BEGIN_LINE = /^<!-- glossa:begin (article|tag|index)=(\S+)(?: [^\n]*?)? -->[ \t]*\r?$/gm;
const END_LINE = /^<!-- glossa:end -->[ \t]*\r?$/gm;

export interface Region {
  key: NoteKey;
  /** Offsets of the begin line's start and the end line's end (its newline excluded). */
  start: number;
  end: number;
}

export type RegionScan = { state: 'none' } | { state: 'ok'; region: Region } | { state: 'damaged'; key: NoteKey; reason: string };

/** Finds Glossa's region in a file's text. */
export const findRegion = (text: string): RegionScan => {
  const begins = Array.from(text.matchAll(BEGIN_LINE));
  if (begins.length === 0) return { state: 'none' };
  const [first] = begins;
  const value = decodeValue(first[2]);
  if (value === undefined) return { state: 'none' };
  const key: NoteKey = { kind: first[1] as NoteKind, value };
  if (begins.length > 1) return { state: 'damaged', key, reason: 'it has more than one Glossa begin marker' };
  const end = Array.from(text.matchAll(END_LINE)).find((m) => m.index > first.index);
  if (end === undefined) return { state: 'damaged', key, reason: 'its Glossa end marker is missing' };
  return { state: 'ok', region: { key, start: first.index, end: end.index + end[0].replace(/\r$/, '').length } };
};

/** The region as written: begin marker, the note's body, end marker. */
export const renderRegion = (key: NoteKey, body: string): string => `${beginMarker(key)}\n\n${body.replace(/\n+$/, '')}\n\n${END_MARKER}`;
