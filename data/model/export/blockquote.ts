import { escapeLineStart } from './block-escape';
import { escapeInline } from './inline-escape';
import { normaliseNewlines } from './plain-text';

/**
 * A quoted passage as a Markdown blockquote that renders as the same text.
 *
 * Each line keeps its place (a soft break), blank lines separate paragraphs and are written
 * as a bare `>` (no trailing space), and runs of blank lines collapse to one because
 * Markdown would collapse them anyway. Spaces and tabs at the edges of a line are dropped:
 * four leading spaces would turn a paragraph into code, trailing ones into a hard break,
 * and rendered Markdown shows neither. Ideographic spaces (U+3000) are kept.
 */
export const quoteParagraphs = (quote: string): string[][] => {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const raw of normaliseNewlines(quote).split('\n')) {
    const line = raw.replace(/^[ \t]+|[ \t]+$/g, '');
    if (line !== '') {
      current.push(line);
      continue;
    }
    if (current.length > 0) paragraphs.push(current);
    current = [];
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
};

/** A quote of only whitespace still gets its (empty) blockquote so the excerpt keeps its shape. */
export const renderBlockquote = (quote: string): string => {
  const paragraphs = quoteParagraphs(quote);
  if (paragraphs.length === 0) return '>';
  return paragraphs
    .map((lines) =>
      escapeInline(lines.join('\n'))
        .split('\n')
        .map((line) => `> ${escapeLineStart(line)}`)
        .join('\n'),
    )
    .join('\n>\n');
};
