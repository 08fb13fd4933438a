import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Annotation, Document } from '../schemas';
import { renderBlockquote } from './blockquote';
import { chineseAnnotations, chineseDocument } from './fixtures/chinese-document';
import { englishAnnotations, englishDocument } from './fixtures/english-document';
import { bodyTokens, expectedQuoteText, plainQuoteText } from './fixtures/markdown-reading';
import { exportDocumentMarkdown, tagToHashtag } from './index';
import { normaliseNote } from './note-markdown';

/** Obsidian's reading of a tag: `#` after whitespace or line start, up to whitespace. */
const TAG_IN_TEXT = /(?:^|\s)(#[^\s#]+)/g;
const ENTITY = /&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);/;

const fixtures: [string, Document, Annotation[], string[]][] = [
  ['chinese', chineseDocument, chineseAnnotations, ['Notes', 'Excerpts', 'Orphaned excerpts']],
  ['english', englishDocument, englishAnnotations, ['Excerpts']],
];

const nonSpace = (tokens: Token[]): Token[] => tokens.filter((t) => t.type !== 'space');

describe.each(fixtures)('round trip through marked (%s)', (_name, doc, annotations, sections) => {
  const markdown = exportDocumentMarkdown(doc, annotations);
  const tokens = nonSpace(bodyTokens(markdown));
  const quotes = tokens.filter((t): t is Tokens.Blockquote => t.type === 'blockquote');
  const quoteTexts = quotes.map(plainQuoteText);

  it('finds every quote, character for character, inside a blockquote', () => {
    for (const a of annotations.filter((x) => x.target !== undefined)) {
      expect(quoteTexts).toContain(expectedQuoteText(a.target!.quote.exact));
    }
    expect(quotes).toHaveLength(annotations.filter((x) => x.target !== undefined).length);
  });

  it('never lets quoted text become a tag or an HTML entity', () => {
    for (const quote of quotes) {
      for (const paragraph of quote.tokens.filter((t) => t.type === 'paragraph')) {
        expect(paragraph.raw.match(TAG_IN_TEXT), paragraph.raw).toBeNull();
        for (const inline of (paragraph as Tokens.Paragraph).tokens) expect(inline.raw).not.toMatch(ENTITY);
      }
    }
  });

  it('puts a block id paragraph right after each quote, then the caption with every tag', () => {
    for (const quote of quotes) {
      const at = tokens.indexOf(quote);
      expect(tokens[at + 1].type).toBe('paragraph');
      expect(tokens[at + 1].raw.trim()).toMatch(/^\^gl-[0-9a-f]{8}(?:-\d+)?$/);
      expect(tokens[at + 2].raw).toMatch(/^\*\*(Yellow|Green|Blue|Pink|Purple|Orange)\*\*/);
    }
    const captions = tokens.filter((t) => t.type === 'paragraph' && /^\*\*[A-Z][a-z]+\*\*/.test(t.raw));
    const written = new Set(captions.flatMap((t) => Array.from(t.raw.matchAll(TAG_IN_TEXT), (m) => m[1])));
    for (const a of annotations) for (const tag of a.tags) expect(written).toContain(tagToHashtag(tag));
  });

  it('keeps every note as the same Markdown blocks', () => {
    const notes = [doc.note, ...annotations.map((a) => a.note)].map(normaliseNote).filter((n) => n !== '');
    const raws = tokens.map((t) => t.raw.trimEnd());
    for (const note of notes) {
      const expected = nonSpace(Lexer.lex(note, { gfm: true })).map((t) => t.raw.trimEnd());
      const start = raws.indexOf(expected[0]);
      expect(start, note).toBeGreaterThanOrEqual(0);
      expect(raws.slice(start, start + expected.length)).toEqual(expected);
    }
  });

  it('has exactly the headings of the layout', () => {
    const headings = tokens.filter((t): t is Tokens.Heading => t.type === 'heading');
    expect(headings.map((h) => h.depth)).toEqual([1, ...sections.map(() => 2)]);
    expect(headings.slice(1).map((h) => h.text)).toEqual(sections);
  });
});

/** A small deterministic generator, so a failure names a reproducible case. */
const random = (seed: number) => () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

const PIECES = [
  'a', 'Z', '中文', '雲', ' ', ' ', '\n', '\n\n', '\t', '    ', '#', '# ', '##', '#1', 'C#', '*', '**', '_', '__',
  'snake_case', '`', '```', '~', '~~', '~~~', '=', '==', '%%', '$', '$$', '^', '^id', '[', ']', '[[', ']]', '(', ')',
  '((', '{{', '<', '>', '<b>', '</i>', '<!--', '&', '&amp;', '&#35;', '!', '![', '|', '|---|', '-', '- ', '+ ', '1.',
  '1) ', '---', '***', '===', ':', '::', 'key:: ', '\\', '\\*', '"', "'", '🎉', '！', '「', '」', 'http://x.test',
  'https://x.test/a_(b)#c', ' www.x.test', 'a@b.test', '\r\n', '\u3000', '- [ ] ', '[!note]', '&copy;', '|', ' | ',
];

describe('round trip of hostile quotes', () => {
  it('renders 2000 generated quotes as exactly their text', () => {
    const next = random(20231205);
    for (let n = 0; n < 2000; n++) {
      let quote = '';
      const count = 1 + Math.floor(next() * 14);
      for (let i = 0; i < count; i++) quote += PIECES[Math.floor(next() * PIECES.length)];
      const rendered = renderBlockquote(quote);
      const context = `${JSON.stringify(quote)} rendered as ${JSON.stringify(rendered)}`;
      const tokens = nonSpace(Lexer.lex(rendered, { gfm: true }));
      expect(tokens, context).toHaveLength(1);
      expect(tokens[0].type, context).toBe('blockquote');
      let text: string;
      try {
        text = plainQuoteText(tokens[0] as Tokens.Blockquote);
      } catch (error) {
        throw new Error(`${(error as Error).message} in ${context}`);
      }
      expect(text, context).toBe(expectedQuoteText(quote));
    }
  });
});
