import type { Block } from '../model/schemas';
import {
  BLOCK_CONTAINERS, BOLD, CODE, HEADINGS, ITALIC, SKIPPED, codeLanguage, isHidden,
} from './html-elements';
import { RunBuilder, type Marks } from './inline-runs';
import { safeHref } from './safe-href';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface Context {
  kind: 'paragraph' | 'heading' | 'listItem';
  level?: number;
  quote: boolean;
  listDepth: number;
  ordered: boolean;
  /** Inside a table row every cell is part of one paragraph. */
  inRow: boolean;
  marks: Marks;
}

const TOP: Context = { kind: 'paragraph', quote: false, listDepth: 0, ordered: false, inRow: false, marks: {} };

/** Text of a <pre>, exactly as written, minus content that never renders. */
const preText = (node: Node): string => {
  if (node.nodeType === TEXT_NODE) return node.nodeValue ?? '';
  if (node.nodeType !== ELEMENT_NODE) return '';
  const el = node as Element;
  if (SKIPPED.has(el.localName) || isHidden(el)) return '';
  if (el.localName === 'br') return '\n';
  return Array.from(el.childNodes, preText).join('');
};

/**
 * Walks a DOM (Readability's article, a body, or a fragment) into blocks. Only text and
 * the few marks the model knows leave the DOM: attributes (event handlers included) are
 * never read except href, which must pass safeHref. Whitespace collapses as a browser
 * collapses it outside <pre>.
 */
export const domToBlocks = (root: Node, base?: string): Block[] => {
  const blocks: Block[] = [];
  const builder = new RunBuilder();

  const flush = (ctx: Context): void => {
    const runs = builder.take();
    if (runs.length === 0) return;
    if (ctx.kind === 'heading') blocks.push({ kind: 'heading', level: ctx.level, runs });
    else if (ctx.kind === 'listItem') {
      blocks.push({ kind: 'listItem', level: Math.min(Math.max(ctx.listDepth, 1), 6), ordered: ctx.ordered, runs });
    } else blocks.push({ kind: ctx.quote ? 'quote' : 'paragraph', runs });
  };

  const children = (el: Node, ctx: Context): void => {
    for (const child of Array.from(el.childNodes)) walk(child, ctx);
  };

  const block = (el: Element, ctx: Context, inner: Context): void => {
    if (ctx.inRow) {
      // Cells hold one line of a table; their inner blocks only separate words.
      builder.space();
      children(el, ctx);
      builder.space();
      return;
    }
    flush(ctx);
    children(el, inner);
    flush(inner);
  };

  const element = (el: Element, ctx: Context): void => {
    const tag = el.localName;
    if (SKIPPED.has(tag) || isHidden(el)) return;
    const marks = ctx.marks;
    if (tag === 'br') return builder.hardBreak();
    if (tag === 'hr') {
      if (ctx.inRow) return;
      flush(ctx);
      blocks.push({ kind: 'rule', runs: [] });
      return;
    }
    if (tag === 'pre' && !ctx.inRow) {
      flush(ctx);
      const lang = codeLanguage(el);
      const code = preText(el).replace(/\n+$/, '');
      blocks.push(lang === undefined ? { kind: 'code', runs: [{ text: code }] } : { kind: 'code', lang, runs: [{ text: code }] });
      return;
    }
    const level = HEADINGS.get(tag);
    if (level !== undefined) return block(el, ctx, { ...ctx, kind: 'heading', level });
    if (tag === 'blockquote') return block(el, ctx, { ...ctx, kind: 'paragraph', quote: true });
    if (tag === 'ul' || tag === 'ol') return block(el, ctx, { ...ctx, listDepth: ctx.listDepth + 1, ordered: tag === 'ol' });
    if (tag === 'li') return block(el, ctx, { ...ctx, kind: 'listItem' });
    if (tag === 'tr') {
      if (ctx.inRow) return children(el, ctx);
      flush(ctx);
      const row = { ...ctx, inRow: true };
      children(el, row);
      flush(row);
      return;
    }
    if ((tag === 'td' || tag === 'th') && ctx.inRow) {
      if (builder.hasText()) builder.text(' | ');
      return children(el, tag === 'th' ? { ...ctx, marks: { ...marks, bold: true } } : ctx);
    }
    if (BLOCK_CONTAINERS.has(tag)) return block(el, ctx, ctx);
    if (BOLD.has(tag)) return children(el, { ...ctx, marks: { ...marks, bold: true } });
    if (ITALIC.has(tag)) return children(el, { ...ctx, marks: { ...marks, italic: true } });
    if (CODE.has(tag)) return children(el, { ...ctx, marks: { ...marks, code: true } });
    if (tag === 'a') {
      const href = safeHref(el.getAttribute('href'), base);
      const inner: Marks = { ...marks };
      delete inner.href;
      if (href !== undefined) inner.href = href;
      return children(el, { ...ctx, marks: inner });
    }
    children(el, ctx);
  };

  const walk = (node: Node, ctx: Context): void => {
    if (node.nodeType === TEXT_NODE) builder.collapsible(node.nodeValue ?? '', ctx.marks);
    else if (node.nodeType === ELEMENT_NODE) element(node as Element, ctx);
    else if (node.childNodes !== undefined && node.nodeType !== 8) children(node, ctx);
  };

  walk(root, TOP);
  flush(TOP);
  return blocks;
};
