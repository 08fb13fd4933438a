import type { Token } from 'marked';
import { decodeHtmlEntities } from './html-entities';
import type { Marks, RunBuilder } from './inline-runs';
import { safeHref } from './safe-href';

/** Raw-text elements whose content is code or data, never prose. */
const RAW_TEXT = /^<(script|style|iframe|noscript|template|textarea|title|xmp|svg|math|object)\b[^>]*?(\/?)>/i;

interface InlineState {
  /** While inside <script> and friends, the tag whose end tag resumes output. */
  skipUntil?: string;
}

/** Inline HTML is never kept: tags vanish, <br> breaks the line, script bodies are dropped. */
const inlineHtml = (html: string, builder: RunBuilder, state: InlineState): void => {
  const raw = RAW_TEXT.exec(html);
  if (raw && raw[2] !== '/') state.skipUntil = raw[1].toLowerCase();
  else if (/^<br\b/i.test(html)) builder.hardBreak();
};

const withHref = (marks: Marks, href: string | undefined): Marks => {
  const next: Marks = { ...marks };
  delete next.href;
  if (href !== undefined) next.href = href;
  return next;
};

/**
 * Appends marked's inline tokens to `builder`. marked's lexer leaves character
 * references (&amp; &copy;) in text tokens for its renderer to pass through; a reader
 * sees them decoded, so they are decoded here. Code spans keep their text verbatim.
 */
export const appendInline = (
  tokens: readonly Token[] | undefined,
  builder: RunBuilder,
  marks: Marks = {},
  state: InlineState = {},
): void => {
  for (const token of tokens ?? []) {
    if (state.skipUntil !== undefined) {
      if (token.type === 'html' && new RegExp(`^</${state.skipUntil}\\s*>`, 'i').test(token.text)) state.skipUntil = undefined;
      continue;
    }
    switch (token.type) {
      case 'text':
        if (token.tokens !== undefined && token.tokens.length > 0) appendInline(token.tokens, builder, marks, state);
        else builder.collapsible(decodeHtmlEntities(token.text), marks);
        break;
      case 'escape':
        builder.text(token.text, marks);
        break;
      case 'strong':
        appendInline(token.tokens, builder, { ...marks, bold: true }, state);
        break;
      case 'em':
        appendInline(token.tokens, builder, { ...marks, italic: true }, state);
        break;
      case 'codespan':
        builder.text(token.text.replace(/\n/g, ' '), { ...marks, code: true });
        break;
      case 'link':
        appendInline(token.tokens, builder, withHref(marks, safeHref(token.href)), state);
        break;
      case 'br':
        builder.hardBreak();
        break;
      case 'html':
        inlineHtml(token.text, builder, state);
        break;
      case 'checkbox':
        builder.text(token.checked ? '[x] ' : '[ ] ', marks);
        break;
      case 'image':
        break; // images are not imported, and alt text mid-sentence reads as noise
      default:
        // del and any extension tokens: keep their text, without a mark the model lacks.
        if ('tokens' in token && Array.isArray(token.tokens)) appendInline(token.tokens, builder, marks, state);
        else if ('text' in token && typeof token.text === 'string') builder.collapsible(decodeHtmlEntities(token.text), marks);
    }
  }
};
