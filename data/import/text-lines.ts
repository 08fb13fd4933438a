/**
 * Line-level judgements for plain text, where structure has to be read off the lines.
 */

/** Sentence-ending (or clause-ending) punctuation: a line ending in it is prose. */
const TERMINAL = new Set(Array.from('。！？!?.;；:：…,，、'));
/** Closing quotes and brackets are skipped when looking for the last punctuation mark. */
const CLOSERS = new Set(Array.from('"\'”’」』）)】》〉]'));

/** Headings in plain text are short; 40 characters holds a long Chinese or English one. */
export const MAX_HEADING_CHARS = 40;
/** A first line longer than this is prose, not a title. */
export const MAX_TITLE_CHARS = 150;

export const charCount = (s: string): number => Array.from(s).length;

/** charCount(s) <= max, without walking a 2 MB line to find out it is long. */
export const hasAtMostChars = (s: string, max: number): boolean =>
  s.length <= max || (s.length <= 2 * max && charCount(s) <= max);

export const isBlankLine = (line: string): boolean => line.trim() === '';

export const endsWithTerminal = (line: string): boolean => {
  // Only the tail matters; a few closers at most stand before the last mark.
  const chars = Array.from(line.trimEnd().slice(-32));
  let i = chars.length - 1;
  while (i >= 0 && CLOSERS.has(chars[i])) i--;
  return i >= 0 && TERMINAL.has(chars[i]);
};

/** Short, has letters, and does not end like a sentence. */
export const isHeadingLike = (line: string): boolean => {
  const text = line.trim();
  return (
    text !== '' &&
    hasAtMostChars(text, MAX_HEADING_CHARS) &&
    /[\p{L}\p{N}]/u.test(text) &&
    !endsWithTerminal(text)
  );
};

/** "***", "- - -", "======", "・・・": a scene or section break drawn with one symbol. */
export const isRuleLine = (line: string): boolean =>
  line.length <= 200 && /^([-*_=~#·•—─＊])(\s*\1){2,}$/u.test(line.trim());
