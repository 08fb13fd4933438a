/**
 * Tags as `#tags` that Obsidian and Logseq both read as one whole tag.
 *
 * Obsidian allows letters, numbers, `_`, `-` and `/` (nesting) and needs one non-digit;
 * Logseq ends a tag at whitespace and at most punctuation. So we keep letters, marks,
 * numbers and emoji (CJK is letters), keep `/` for nesting, and turn every other run of
 * characters into `-`. Spaces become `-` rather than `_` because `_` at a word edge can
 * open or close Markdown emphasis across two tags on the same line; `_` is kept only
 * inside a word (between two kept characters), where CommonMark never reads it as emphasis.
 * Case is kept; both apps match tags without case anyway.
 */

const KEEP = /[\p{L}\p{M}\p{N}\p{Extended_Pictographic}\p{Emoji_Modifier}]/u;
const PICTOGRAPHIC = /\p{Extended_Pictographic}/u;
const NUMERIC_ONLY = /^[\p{N}]+$/u;

/** Used when nothing usable is left (a tag made only of punctuation, e.g. "!!!"). */
const EMPTY_TAG = 'tag';

/** The tag as written after `#` (and in the front matter, where no `#` is used). */
export const tagName = (tag: string): string => {
  const chars = Array.from(tag.normalize('NFC').trim());
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    if (KEEP.test(ch)) out += ch;
    // A zero-width joiner only inside an emoji sequence (👩‍💻), never as an invisible tag.
    else if (ch === '\u200D' && KEEP.test(chars[i - 1] ?? '') && PICTOGRAPHIC.test(chars[i + 1] ?? ''))
      out += ch;
    else if (ch === '/') out += '/';
    else if (ch === '_' && KEEP.test(chars[i - 1] ?? '') && KEEP.test(chars[i + 1] ?? '')) out += '_';
    else out += '-';
  }
  const cleaned = out
    // A run of separators is one separator; `/` wins so nesting survives "a / b".
    .replace(/[-/]*\/[-/]*/g, '/')
    .replace(/-{2,}/g, '-')
    .replace(/^[-/]+|[-/]+$/g, '');
  if (cleaned === '') return EMPTY_TAG;
  // Obsidian ignores #2023; a leading `_` makes it a tag and still reads as 2023.
  // It cannot close emphasis: it follows `#` and precedes a digit.
  return NUMERIC_ONLY.test(cleaned) ? `_${cleaned}` : cleaned;
};

export const tagToHashtag = (tag: string): string => `#${tagName(tag)}`;
