import type { InlineRun } from '../schemas';

/**
 * Markup around one styled piece of inline text (annotated-inline.ts): emphasis that every
 * reader recognises, code spans that hold any text, link destinations that stay one token.
 */

export type Style = Omit<InlineRun, 'text'>;

const WHITESPACE = /^\s$/u;
const PUNCTUATION = /^[\p{P}\p{S}]$/u;
const NARROW_PUNCTUATION = /^(?:\p{P}|[!-/:-@[-`{-~])$/u;

export const isSpace = (ch: string): boolean => ch === '' || WHITESPACE.test(ch);
/**
 * Readers disagree on what punctuation is (CommonMark 0.31 counts symbols such as emoji,
 * marked and older parsers do not), so the check is pessimistic both ways: a symbol inside
 * the emphasis counts as punctuation, a symbol outside it does not.
 */
const isPunctInside = (ch: string): boolean => PUNCTUATION.test(ch);
const isPunctOutside = (ch: string): boolean => NARROW_PUNCTUATION.test(ch);
/** CommonMark's left- and right-flanking delimiter runs (an edge counts as whitespace). */
const leftFlanking = (before: string, first: string): boolean =>
  !isSpace(first) && (!isPunctInside(first) || isSpace(before) || isPunctOutside(before));
const rightFlanking = (last: string, after: string): boolean =>
  !isSpace(last) && (!isPunctInside(last) || isSpace(after) || isPunctOutside(after));

export const styleKey = (s: Style): string => `${s.bold ? 'b' : ''}${s.italic ? 'i' : ''}${s.code ? 'c' : ''}|${s.href ?? ''}`;

/** A link destination we can write; undefined drops the link and keeps its text. */
export const linkDestination = (href: string | undefined): string | undefined => {
  if (href === undefined || /[\s<>]/.test(href) || href === '') return undefined;
  return /[()]/.test(href) ? `<${href}>` : href;
};

export const codeSpan = (text: string): string => {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = text.startsWith('`') || text.endsWith('`') || (/^ .* $/.test(text) && text.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
};

export const hasEmphasis = (s: Style): boolean => Boolean(s.bold || s.italic);

export const wrapEmphasis = (inner: string, style: Style, before: string, after: string, forceHtml: boolean): string => {
  if (!hasEmphasis(style)) return inner;
  const chars = Array.from(inner);
  const markers = `${style.bold ? '**' : ''}${style.italic ? '*' : ''}`;
  if (!forceHtml && leftFlanking(before, chars[0] ?? '') && rightFlanking(chars[chars.length - 1] ?? '', after)) {
    return `${markers}${inner}${markers}`;
  }
  const open = `${style.bold ? '<b>' : ''}${style.italic ? '<i>' : ''}`;
  const close = `${style.italic ? '</i>' : ''}${style.bold ? '</b>' : ''}`;
  return `${open}${inner}${close}`;
};
