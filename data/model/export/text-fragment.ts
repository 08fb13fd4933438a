/**
 * Links that open a web source at the quoted passage: `URL#:~:text=start,end` (the WICG
 * Text Fragments spec, supported by Chromium browsers and Safari; others just open the page).
 *
 * Only the quote's first and last words are used when it is long: the browser highlights
 * everything from `start` to `end`, and a short URL survives being pasted around. The start
 * term comes from the quote's first line and the end term from its last, because a term
 * cannot span a block boundary on the page.
 */

/** Below this many code points a one-line quote is written whole (`text=quote`). */
const WHOLE_LIMIT = 60;
/** How much of each edge to keep: words for spaced scripts, code points for CJK. */
const EDGE_WORDS = 4;
const EDGE_CHARS = 10;
/** A first or last line this short is used whole rather than cut. */
const SHORT_LINE = 30;

/**
 * Percent-encoding for one text directive term. The spec requires `-`, `,` and `&` to be
 * encoded (they delimit the directive); encodeURIComponent leaves `-` and the characters
 * `!'()*~` alone, and `(` `)` would also confuse a Markdown link destination.
 */
export const encodeFragmentTerm = (term: string): string =>
  encodeURIComponent(term).replace(/[-!'()*~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

const lines = (quote: string): string[] =>
  quote
    .split(/\r\n?|\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');

const head = (line: string): string => {
  const words = line.split(' ');
  if (words.length >= EDGE_WORDS * 2) return words.slice(0, EDGE_WORDS).join(' ');
  const chars = Array.from(line);
  return chars.length <= SHORT_LINE ? line : chars.slice(0, EDGE_CHARS).join('').trim();
};

const tail = (line: string): string => {
  const words = line.split(' ');
  if (words.length >= EDGE_WORDS * 2) return words.slice(-EDGE_WORDS).join(' ');
  const chars = Array.from(line);
  return chars.length <= SHORT_LINE ? line : chars.slice(-EDGE_CHARS).join('').trim();
};

/** `start[,end]` for a quote, already encoded; undefined for a quote of only whitespace. */
export const textDirective = (quote: string): string | undefined => {
  const parts = lines(quote);
  if (parts.length === 0) return undefined;
  const first = parts[0];
  const last = parts[parts.length - 1];
  if (parts.length === 1 && Array.from(first).length <= WHOLE_LIMIT) return `text=${encodeFragmentTerm(first)}`;
  return `text=${encodeFragmentTerm(head(first))},${encodeFragmentTerm(tail(last))}`;
};

/** An http(s) URL that can carry a fragment directive; anything else gets no link. */
const WEB_URL = /^https?:\/\/[^\s<>]+$/i;

/**
 * The source URL with a text fragment for `quote`, or undefined when the source is not a
 * web page. A fragment the URL already has (`#top`) is kept: the directive follows it.
 */
export const textFragmentUrl = (url: string, quote: string): string | undefined => {
  const trimmed = url.trim();
  if (!WEB_URL.test(trimmed)) return undefined;
  const directive = textDirective(quote);
  if (directive === undefined) return undefined;
  // A URL saved from a text-fragment link already has a directive: replace it.
  const base = trimmed.replace(/:~:.*$/, '');
  return `${base}${base.includes('#') ? '' : '#'}:~:${directive}`;
};
