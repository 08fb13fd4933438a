/**
 * Notes marked cannot format in reasonable time. marked is synchronous and runs on the
 * renderer's main thread, so a pathological note would freeze the window, and some inputs
 * make it throw (10,000 nested quotes overflow the stack). Measured with marked 18 (see
 * bench/markdown.bench.ts): the inline lexer is quadratic in the emphasis, code, link and
 * escape punctuation of one paragraph (6,000 characters of `*a_` take 0.6 s, 150,000 take
 * minutes), nesting costs stack depth and, for indented lists, quadratic input, and huge
 * tables cost the most elements per character.
 *
 * These checks are linear and deliberately coarse: they only have to let every ordinary note
 * through (a real paragraph has tens of such characters, a real list a handful of levels)
 * and stop the inputs that would take seconds. A stopped note is shown as plain text.
 */

export type Complexity = 'too-deep' | 'too-complex';

/** Container levels (quotes, list items) at which formatting stops; notes use under ten. */
export const MAX_NESTING = 64;
/**
 * Sum over paragraphs of (inline punctuation)²: at worst about 6e-5 ms per unit in marked,
 * so this bound keeps the inline lexer near a quarter of a second. One paragraph may hold
 * about 2,000 of these characters, a whole note any number spread over paragraphs.
 */
export const MAX_INLINE_WORK = 4_000_000;

/**
 * Table cells (counted as `|` outside code) at which formatting stops. Each cell becomes its
 * own inline parse and its own elements to sanitise; in jsdom 20,000 cells take seconds, and a
 * preview of a table that large is not readable anyway (the plain text still is).
 */
export const MAX_TABLE_CELLS = 5000;

const SPACE = 0x20;
const PIPE = 0x7c;
const TAB = 0x09;
const GT = 0x3e;

/** `*`, `_`, `~`, backtick, `[`, `]`, `!`, backslash: what marked's inline rules search forward from. */
const isInlinePunctuation = (c: number): boolean =>
  c === 0x2a || c === 0x5f || c === 0x7e || c === 0x60 || c === 0x5b || c === 0x5d || c === 0x21 || c === 0x5c;

/** Length of a list marker (`-`, `*`, `+`, `1.`, `1)`) followed by a space at `at`, else 0. */
const listMarker = (line: string, at: number): number => {
  const c = line.charCodeAt(at);
  let end = at;
  if (c === 0x2d || c === 0x2a || c === 0x2b) end = at + 1;
  else {
    while (end - at < 9 && line.charCodeAt(end) >= 0x30 && line.charCodeAt(end) <= 0x39) end++;
    if (end === at || (line.charCodeAt(end) !== 0x2e && line.charCodeAt(end) !== 0x29)) return 0;
    end++;
  }
  const next = line.charCodeAt(end);
  return next === SPACE || next === TAB || end === line.length ? end - at : 0;
};

/**
 * Containers a line opens: its `>` and list markers, plus, when it is a list item, its
 * indentation in pairs of columns (how nested lists are written). Indented plain text counts
 * nothing, so a pasted poem or code sample is never taken for nesting.
 */
const lineDepth = (line: string): number => {
  let at = 0;
  let depth = 0;
  let indent = 0;
  for (;;) {
    let spaces = 0;
    while (line.charCodeAt(at) === SPACE || line.charCodeAt(at) === TAB) {
      spaces += line.charCodeAt(at) === TAB ? 4 : 1;
      at++;
    }
    if (depth === 0) indent = spaces;
    if (line.charCodeAt(at) === GT) {
      depth++;
      at++;
      continue;
    }
    const marker = listMarker(line, at);
    if (marker === 0) break;
    depth++;
    at += marker;
  }
  return depth > 0 ? depth + Math.floor(indent / 2) : 0;
};

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** Why a note should not go through marked, or null when it can. */
export const tooComplex = (source: string): Complexity | null => {
  let fence: string | null = null;
  let work = 0;
  let punctuation = 0;
  let cells = 0;
  for (const line of source.split('\n')) {
    const opening = FENCE.exec(line);
    if (fence !== null) {
      // Code is not inline-parsed: only its closing fence matters.
      if (opening && opening[1][0] === fence[0] && opening[1].length >= fence.length) fence = null;
      continue;
    }
    if (opening) {
      fence = opening[1];
      continue;
    }
    if (lineDepth(line) > MAX_NESTING) return 'too-deep';
    if (line.trim() === '') {
      work += punctuation * punctuation;
      punctuation = 0;
      continue;
    }
    for (let i = 0; i < line.length; i++) {
      const c = line.charCodeAt(i);
      if (isInlinePunctuation(c)) punctuation++;
      else if (c === PIPE) cells++;
    }
    if (work + punctuation * punctuation > MAX_INLINE_WORK || cells > MAX_TABLE_CELLS) return 'too-complex';
  }
  return null;
};
