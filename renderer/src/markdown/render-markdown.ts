import DOMPurify, { type Config } from 'dompurify';
import { marked } from 'marked';
import { tooComplex, type Complexity } from './markdown-limits';

/**
 * User Markdown (notes) -> safe HTML. marked does not sanitise, so everything it produces goes
 * through DOMPurify with a tight allow-list (DESIGN.md, Security). Notes are the user's own
 * text, but they can be pasted from anywhere, so treat them as hostile.
 */

/** Larger notes are cut for the preview: marked is synchronous and would freeze the UI. */
export const MAX_MARKDOWN_CHARS = 200_000;

export interface RenderedMarkdown {
  html: string;
  /** True when the source was longer than MAX_MARKDOWN_CHARS and only its start is shown. */
  truncated: boolean;
  /** Set when the note was too deeply nested or too complex to format: html is its plain text. */
  unformatted?: Complexity;
}

const ALLOWED_TAGS = [
  'p', 'br', 'strong', 'em', 'del', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'img',
];
// No `style`, no `class`, no event handlers: only what the tags above need.
const ALLOWED_ATTR = ['href', 'title', 'alt', 'src', 'start', 'align'];

const SAFE_LINK = /^(https?:|mailto:)/i;
// Only inline raster images: remote images would leak that a note was read (and break the CSP).
const SAFE_IMAGE = /^data:image\/(png|gif|jpeg|webp);base64,[a-z0-9+/=\s]+$/i;

const config: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR,
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  // DOMPurify's own URI check still runs; our hooks below are stricter per tag.
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|data:image\/(?:png|gif|jpeg|webp);)/i,
};

type Purifier = ReturnType<typeof DOMPurify>;
let purifier: Purifier | null = null;

/** A private DOMPurify instance, so our hooks never affect anyone else's use of the library. */
const getPurifier = (): Purifier => {
  if (purifier) return purifier;
  const p = DOMPurify(window);
  p.addHook('uponSanitizeElement', (node, data) => {
    if (data.tagName !== 'img') return;
    const src = (node as Element).getAttribute('src') ?? '';
    if (!SAFE_IMAGE.test(src.trim())) node.parentNode?.removeChild(node);
  });
  p.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName !== 'A') return;
    const a = node as Element;
    const href = (a.getAttribute('href') ?? '').trim();
    if (!SAFE_LINK.test(href)) a.removeAttribute('href');
    // Links leave the app; never give the new page a handle on ours.
    a.setAttribute('target', '_blank');
    a.setAttribute('rel', 'noopener noreferrer');
  });
  purifier = p;
  return p;
};

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c]);

/** The note as it was typed: paragraphs at blank lines, line breaks kept, nothing interpreted. */
const plainHtml = (text: string): string =>
  text
    .split(/\n[ \t]*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');

const parse = (text: string): { raw: string; unformatted?: Complexity } => {
  const complexity = tooComplex(text);
  if (complexity) return { raw: plainHtml(text), unformatted: complexity };
  try {
    return { raw: marked.parse(text, { async: false, gfm: true, breaks: true }) };
  } catch (err) {
    // Nesting the limits did not foresee overflows marked's recursion: still show the note.
    if (err instanceof RangeError) return { raw: plainHtml(text), unformatted: 'too-deep' };
    throw err;
  }
};

export const renderMarkdown = (source: string): RenderedMarkdown => {
  const truncated = source.length > MAX_MARKDOWN_CHARS;
  const text = truncated ? source.slice(0, MAX_MARKDOWN_CHARS) : source;
  const { raw, unformatted } = parse(text);
  // The plain text is escaped already; it is sanitised anyway so that every path ends in DOMPurify.
  const html = getPurifier().sanitize(raw, { ...config, RETURN_TRUSTED_TYPE: false }) as string;
  return unformatted ? { html, truncated, unformatted } : { html, truncated };
};
