/**
 * Escaping of plain text (quotes, titles, file names) so Markdown readers show exactly the
 * characters that were there. "Minimal" means: a backslash only where the character could
 * start something in CommonMark/GFM, Obsidian (tags, ==highlight==, %%comment%%, $math$,
 * [[links]], ^block-ids) or Logseq (key:: properties, ((refs)), {{macros}}).
 * Backslash escapes work for every ASCII punctuation character in CommonMark, so an
 * over-cautious escape is harmless while a missing one changes the text. Never emits an
 * HTML entity: `&` and `<` stay as they are unless they would form an entity or a tag.
 */
import { findBareUrls } from './bare-urls';

const ASCII_PUNCT = /^[!-/:-@[-`{-~]$/;
const ASCII_ALNUM = /^[A-Za-z0-9]$/;
const WORD = /^[\p{L}\p{N}\p{M}]$/u;
const SPACE = /^\s$/;
const ENTITY = '&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{0,31});';
const ENTITY_AHEAD = new RegExp(`^${ENTITY}`);
const ENTITY_INSIDE = new RegExp(ENTITY);
const TAG_START = /^[A-Za-z/!?]$/;

const isSpaceOrEdge = (ch: string | undefined): boolean => ch === undefined || SPACE.test(ch);

/** Characters that are markup wherever they stand, so they are always escaped. */
const ALWAYS = new Set(['*', '`', '~', '$']);

/** Every character needsEscape may say yes to; the rest skip it (most of any text). */
const CANDIDATES = new Set([...ALWAYS, '\\', '_', '#', '[', '<', '&', '=', '%', '^', ':', '(', '{']);

/** Should chars[i] (a code point at UTF-16 `offset` in `text`) get a backslash? */
const needsEscape = (chars: readonly string[], i: number, text: string, offset: number): boolean => {
  const ch = chars[i];
  if (!CANDIDATES.has(ch)) return false;
  const prev = chars[i - 1];
  const next = chars[i + 1];
  if (ALWAYS.has(ch)) return true;
  switch (ch) {
    case '\\':
      // A backslash before punctuation (or a line end: hard break) would be read as markup.
      return next === undefined || next === '\n' || ASCII_PUNCT.test(next);
    case '_':
      // Between two word characters `_` can neither open nor close emphasis.
      return !(prev !== undefined && next !== undefined && WORD.test(prev) && WORD.test(next));
    case '#':
      // A tag needs a non-space after `#`; `C#` and `F#` are not tags (letter before).
      return !isSpaceOrEdge(next) && !(prev !== undefined && ASCII_ALNUM.test(prev));
    case '[':
      // Only a bracket that could close makes a link, wikilink, footnote or callout.
      return text.indexOf(']', offset) !== -1;
    case '<':
      return next !== undefined && TAG_START.test(next);
    case '&':
      return ENTITY_AHEAD.test(text.slice(offset, offset + 42));
    case '=':
      return prev === '=' || next === '=';
    case '%':
      return prev === '%' || next === '%';
    case '^':
      // Obsidian block ids (` ^id`) and inline footnotes (`^[...]`).
      return next === '[' || (isSpaceOrEdge(prev) && next !== undefined && /^[A-Za-z0-9-]$/.test(next));
    case ':':
      // Logseq reads `key:: value` as a property.
      return next === ':' && isSpaceOrEdge(chars[i + 2]);
    case '(':
      return next === '('; // Logseq ((block refs))
    case '{':
      return next === '{'; // Logseq {{macros}}
    default:
      return false;
  }
};

/**
 * A bare URL is autolinked up to the next space or `<`, backslashes included, so an escape
 * inside the link would become part of it. The link part is therefore copied as is (a `#`
 * or `_` inside a URL is not markup). When that is not enough, because the text given back
 * after the link, or the `<` right after the URL, needs an escape, or the link contains an
 * entity, the autolink is broken instead (one escape in `://`) and the URL is escaped like
 * any text: always the same characters, clickable when that is safe.
 */
const applyBareUrls = (
  text: string,
  offsets: readonly number[],
  escapeAt: boolean[],
  mustBreak: (start: number, end: number) => boolean,
): void => {
  const urls = findBareUrls(text);
  if (urls.length === 0) return;
  // Code point index at each UTF-16 offset (-1 on the low half of a surrogate pair).
  const indexAt = new Int32Array(text.length + 1).fill(-1);
  offsets.forEach((offset, index) => (indexAt[offset] = index));
  const needs = (from: number, to: number): boolean => {
    for (let offset = from; offset < to && offset < text.length; offset++) if (escapeAt[indexAt[offset]]) return true;
    return false;
  };
  for (const url of urls) {
    const broken =
      mustBreak(url.start, url.end) ||
      !url.reliable ||
      url.linkEnd === url.start ||
      needs(url.linkEnd, url.end + 1) ||
      ENTITY_INSIDE.test(text.slice(url.start, url.linkEnd));
    if (broken) {
      for (const at of url.breakAt) escapeAt[indexAt[at]] = true;
      continue;
    }
    for (let offset = url.start; offset < url.linkEnd; offset++) {
      if (indexAt[offset] >= 0) escapeAt[indexAt[offset]] = false;
    }
  }
};

/**
 * Escapes inline markup in a paragraph (lines separated by `\n`). Works on the whole
 * paragraph because a link or emphasis may span its lines.
 */
export const escapeInline = (text: string): string => {
  const chars = Array.from(text);
  const escapeAt = inlineEscapeFlags(text);
  return chars.map((ch, i) => (escapeAt[i] ? `\\${ch}` : ch)).join('');
};

/**
 * escapeInline's decision for each code point of `text` (true: needs a backslash), for
 * callers that interleave their own markup with the text (the annotated article's
 * highlights) and so cannot escape the pieces separately. `mustBreak(start, end)` (UTF-16
 * offsets of a bare URL) says the caller will put markup inside that URL, where an
 * autolink would swallow it: the URL is then escaped as text and never becomes a link.
 * `extra[i]` asks for an escape at code point i (beside the caller's markup).
 */
export const inlineEscapeFlags = (
  text: string,
  mustBreak: (start: number, end: number) => boolean = () => false,
  extra: readonly boolean[] = [],
): boolean[] => {
  const chars = Array.from(text);
  const offsets: number[] = [];
  let offset = 0;
  for (const ch of chars) {
    offsets.push(offset);
    offset += ch.length;
  }
  // `extra`: escapes the caller needs beside its own markup, known before URLs are decided.
  const escapeAt = chars.map((_ch, i) => extra[i] === true || needsEscape(chars, i, text, offsets[i]));
  applyBareUrls(text, offsets, escapeAt, mustBreak);
  return escapeAt;
};
