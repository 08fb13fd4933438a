import { loadJsdom } from './lazy-modules';
import { lexer, type Token, type Tokens } from 'marked';
import type { Block } from '../model/schemas';
import { blockText } from '../model/text';
import { domToBlocks } from './dom-to-blocks';
import { RunBuilder } from './inline-runs';
import { appendInline } from './markdown-inline';
import type { ParsedDocument } from './parsed-document';

interface Context {
  quote: boolean;
}

const inlineBlock = (kind: 'paragraph' | 'quote', tokens: readonly Token[] | undefined): Block => {
  const builder = new RunBuilder();
  appendInline(tokens, builder);
  return { kind, runs: builder.take() };
};

/** Raw HTML blocks are parsed (never run) and walked like any page: text only. */
const htmlBlocks = (html: string, ctx: Context): Block[] =>
  domToBlocks(loadJsdom().JSDOM.fragment(html)).map((block) =>
    ctx.quote && block.kind === 'paragraph' ? { ...block, kind: 'quote' } : block,
  );

const tableRows = (table: Tokens.Table): Block[] => {
  const row = (cells: Tokens.TableCell[], header: boolean): Block => {
    const builder = new RunBuilder();
    const marks = header ? { bold: true as const } : {};
    cells.forEach((cell, i) => {
      if (i > 0) builder.text(' | ', marks);
      appendInline(cell.tokens, builder, marks);
    });
    return { kind: 'paragraph', runs: builder.take() };
  };
  return [row(table.header, true), ...table.rows.map((cells) => row(cells, false))];
};

const listItems = (list: Tokens.List, depth: number, ctx: Context, out: Block[]): void => {
  const level = Math.min(depth, 6);
  for (const item of list.items) {
    const builder = new RunBuilder();
    let paragraphs = 0;
    const flushItem = () => {
      const runs = builder.take();
      if (runs.length > 0) out.push({ kind: 'listItem', level, ordered: list.ordered, runs });
    };
    for (const token of item.tokens) {
      if (token.type === 'space') continue;
      if (token.type === 'checkbox') appendInline([token], builder);
      else if (token.type === 'text' || token.type === 'paragraph') {
        // Loose items hold several paragraphs; one item stays one block, a line apart.
        if (paragraphs++ > 0) builder.hardBreak();
        appendInline(token.tokens ?? [token], builder);
      } else {
        flushItem();
        if (token.type === 'list') listItems(token as Tokens.List, depth + 1, ctx, out);
        else walk([token], ctx, out);
      }
    }
    flushItem();
  }
};

const walk = (tokens: readonly Token[], ctx: Context, out: Block[]): void => {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        out.push({ ...inlineBlock('paragraph', token.tokens), kind: 'heading', level: Math.min(token.depth, 6) });
        break;
      case 'paragraph':
      case 'text':
        out.push(inlineBlock(ctx.quote ? 'quote' : 'paragraph', token.tokens ?? [token]));
        break;
      case 'code': {
        const lang = (token.lang ?? '').trim().split(/\s+/)[0];
        const runs = [{ text: token.text.replace(/\n+$/, '') }];
        out.push(lang ? { kind: 'code', lang, runs } : { kind: 'code', runs });
        break;
      }
      case 'hr':
        out.push({ kind: 'rule', runs: [] });
        break;
      case 'blockquote':
        walk(token.tokens ?? [], { ...ctx, quote: true }, out);
        break;
      case 'list':
        listItems(token as Tokens.List, 1, ctx, out);
        break;
      case 'html':
        out.push(...htmlBlocks(token.text, ctx));
        break;
      case 'table':
        out.push(...tableRows(token as Tokens.Table));
        break;
      case 'space':
      case 'def':
        break;
      default:
        if ('tokens' in token && Array.isArray(token.tokens)) walk(token.tokens, ctx, out);
    }
  }
};

const firstLine = (block: Block | undefined): string => (block === undefined ? '' : blockText(block).split('\n')[0].trim());

/**
 * Markdown to blocks with marked's lexer (never its HTML renderer). The title is the first
 * level-1 heading, which also stays a block, else the first line of text; '' when the
 * file has neither, for the caller to fall back to the file name.
 */
export const parseMarkdown = (text: string): ParsedDocument => {
  const blocks: Block[] = [];
  walk(lexer(text), { quote: false }, blocks);
  const h1 = blocks.find((b) => b.kind === 'heading' && b.level === 1);
  const title = firstLine(h1) || firstLine(blocks.find((b) => b.kind !== 'rule' && b.kind !== 'code' && blockText(b).trim() !== ''));
  return { title, blocks };
};
