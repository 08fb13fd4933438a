import { Lexer, type Token, type Tokens } from 'marked';
import { describe, expect, it } from 'vitest';
import type { Annotation, Document, InlineRun } from '../schemas';
import { canonicalText } from '../text';
import { chineseAnnotations, chineseDocument } from './fixtures/chinese-document';
import { englishAnnotations, englishDocument } from './fixtures/english-document';
import { articleBody, type VisibleText } from './fixtures/mark-reading';
import { bodyTokens, expectedQuoteText, plainQuoteText } from './fixtures/markdown-reading';
import { webAnnotations, webDocument } from './fixtures/web-document';
import { annotation, targetIn } from './fixtures/build';
import { mergeHighlights } from './highlight-ranges';
import { buildNoteSet, exportAnnotatedMarkdown, parseTagQuery, tagToHashtag, type NoteFile } from './index';
import { normaliseNote } from './note-markdown';
import { matchingAnnotations } from './tag-markdown';

/**
 * The notebook formats read back with marked (plus `==highlight==`): every character of
 * the article and every highlight survive the annotated export, and every quote, tag and
 * note is found in the annotated article, in tag notes and behind the index's links.
 */

const fixtures: [string, Document, Annotation[]][] = [
  ['web', webDocument, webAnnotations],
  ['chinese', chineseDocument, chineseAnnotations],
  ['english', englishDocument, englishAnnotations],
];

const TAG_IN_TEXT = /(?:^|\s)(#[^\s#]+)/g;

const stripSpace = (s: string): string => s.replace(/\s+/g, '');

/** The highlighted characters a reader should see (not in code blocks), spaces removed. */
const expectedMarked = (doc: Document, annotations: readonly Annotation[]): string => {
  const text = canonicalText(doc.blocks);
  const inCode = new Array<boolean>(text.length).fill(false);
  let at = 0;
  for (const block of doc.blocks) {
    const length = block.runs.map((r) => r.text).join('').length;
    if (block.kind === 'code') inCode.fill(true, at, at + length);
    at += length + 2;
  }
  const excerpts = annotations.filter((a) => a.target !== undefined && a.state !== 'orphaned');
  let out = '';
  for (const r of mergeHighlights(excerpts, text.length)) {
    for (let i = r.start; i < r.end; i++) if (!inCode[i] && !/\s/.test(text[i])) out += text[i];
  }
  return out;
};

const markedText = (v: VisibleText): string => stripSpace(v.text.split('').map((ch, i) => (v.marked[i] ? ch : ' ')).join(''));

const nonSpace = (tokens: Token[]): Token[] => tokens.filter((t) => t.type !== 'space');

/** The note's Markdown blocks appear, in order, among `tokens`. */
const expectBlocks = (tokens: Token[], note: string) => {
  const raws = nonSpace(tokens).map((t) => t.raw.trimEnd());
  const expected = nonSpace(Lexer.lex(note, { gfm: true })).map((t) => t.raw.trimEnd());
  const start = raws.indexOf(expected[0]);
  expect(start, note).toBeGreaterThanOrEqual(0);
  expect(raws.slice(start, start + expected.length)).toEqual(expected);
};

describe.each(fixtures)('annotated article read back (%s)', (_name, doc, annotations) => {
  const { markdown } = exportAnnotatedMarkdown(doc, annotations);

  it('shows every character of the article, and exactly the highlighted ones marked', () => {
    const body = articleBody(markdown);
    expect(stripSpace(body.text)).toBe(stripSpace(canonicalText(doc.blocks)));
    expect(markedText(body)).toBe(expectedMarked(doc, annotations));
  });

  it('references each highlight once and defines every footnote with its tags and note', () => {
    const quoted = annotations.filter((a) => a.target !== undefined && a.state !== 'orphaned');
    for (let n = 1; n <= quoted.length; n++) {
      expect(markdown.split(`[^${n}]`).length - 1, `[^${n}]`).toBe(2);
      expect(markdown).toMatch(new RegExp(`^\\[\\^${n}\\]: \\*\\*`, 'm'));
    }
    const definitions = markdown.slice(markdown.search(/^\[\^1\]: /m));
    const captions = definitions.split('\n').filter((l) => /^\[\^\d+\]: /.test(l)).join('\n');
    for (const a of quoted) for (const tag of a.tags) expect(captions.match(TAG_IN_TEXT)?.map((t) => t.trim())).toContain(tagToHashtag(tag));
    for (const a of quoted) {
      const note = normaliseNote(a.note);
      if (note === '') continue;
      // Footnote continuation: the note's blocks, indented four spaces.
      const unindented = definitions.replace(/^ {4}/gm, '');
      expectBlocks(Lexer.lex(unindented, { gfm: true }), note);
    }
  });

  it('keeps the document notes and orphans in their sections', () => {
    const tokens = nonSpace(bodyTokens(markdown));
    if (normaliseNote(doc.note) !== '') expectBlocks(tokens, normaliseNote(doc.note));
    const quotes = tokens.filter((t): t is Tokens.Blockquote => t.type === 'blockquote').map(plainQuoteText);
    for (const a of annotations.filter((x) => x.state === 'orphaned' && x.target)) {
      expect(quotes).toContain(expectedQuoteText(a.target!.quote.exact));
    }
  });
});

describe('tag notes and the index read back', () => {
  const articles = fixtures.map(([, document, annotations]) => ({ document, annotations }));
  for (const format of ['digest', 'annotated'] as const) {
    for (const text of ['雲端', '雲端 -私有云, logseq', 'quote']) {
      it(`${format}: "${text}"`, () => {
        const query = parseTagQuery(text)!;
        const notes = buildNoteSet(articles, [query], { format });
        const tagNote = notes.find((n) => n.kind === 'tag')!;
        const tokens = nonSpace(bodyTokens(tagNote.markdown));
        const quotes = tokens.filter((t): t is Tokens.Blockquote => t.type === 'blockquote').map(plainQuoteText);
        const byName = new Map(notes.filter((n) => n.kind === 'article').map((n) => [n.name, n]));
        const refs = Array.from(tagNote.markdown.matchAll(/\[\[([^\]#]+)#\^(gl-[0-9a-f-]+)\]\]/g));
        let count = 0;
        for (const { document, annotations } of articles) {
          for (const a of matchingAnnotations(query, { document, annotations })) {
            count++;
            if (a.target) expect(quotes).toContain(expectedQuoteText(a.target.quote.exact));
            const written = new Set(Array.from(tagNote.markdown.matchAll(TAG_IN_TEXT), (m) => m[1]));
            for (const tag of a.tags) expect(written).toContain(tagToHashtag(tag));
            if (normaliseNote(a.note) !== '') expectBlocks(tokens, normaliseNote(a.note));
          }
        }
        expect(tagNote.markdown).toContain(`excerpts: ${count}\n`);
        // Every block ref lands on a block id that the article note really has.
        expect(refs.length).toBeGreaterThan(0);
        for (const [, name, id] of refs) {
          const target: NoteFile | undefined = byName.get(name);
          expect(target, name).toBeDefined();
          expect(target!.markdown).toMatch(new RegExp(`(^| )\\^${id}$`, 'm'));
        }
      });
    }
  }

  it('links every article note from the index', () => {
    const notes = buildNoteSet(articles, [], { format: 'digest' });
    const index = notes.find((n) => n.kind === 'index')!;
    const items = nonSpace(bodyTokens(index.markdown)).filter((t): t is Tokens.List => t.type === 'list').flatMap((l) => l.items);
    for (const note of notes.filter((n) => n.kind === 'article')) {
      expect(items.some((item) => item.text.startsWith(`[[${note.name}]]`))).toBe(true);
    }
  });
});

/** A small deterministic generator, so a failure names a reproducible case. */
const random = (seed: number) => () => {
  seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
  return seed / 2 ** 32;
};

const PIECES = [
  'a', 'Z', '中文', '雲', ' ', '\n', '\t', '#', '# ', 'C#', '*', '**', '_', 'snake_case', '`', '``', '~', '=', '==', '%%',
  '$', '^', '[', ']', '[[', ']]', '(', ')', '((', '{{', '<', '>', '<b>', '&', '&amp;', '!', '![', '|', '-', '- ', '1.',
  '---', ':', '::', '\\', '"', '🎉', '！', '「', '」', '。', 'http://x.test/a', ' www.x.test', '\u3000',
];

const STYLES: Omit<InlineRun, 'text'>[] = [{}, {}, { bold: true }, { italic: true }, { bold: true, italic: true }, { code: true }, { href: 'https://x.test/(a)' }];

describe('round trip of hostile annotated paragraphs', () => {
  it('renders 1500 generated paragraphs with highlights as exactly their text', () => {
    const next = random(20240310);
    for (let n = 0; n < 1500; n++) {
      const runs: InlineRun[] = [];
      for (let r = 0, count = 1 + Math.floor(next() * 4); r < count; r++) {
        let text = '';
        for (let i = 0, k = 1 + Math.floor(next() * 5); i < k; i++) text += PIECES[Math.floor(next() * PIECES.length)];
        const style = STYLES[Math.floor(next() * STYLES.length)];
        runs.push({ text: style.code ? text.replace(/\n/g, ' ') : text, ...style });
      }
      const doc: Document = { ...webDocument, id: 'g', blocks: [{ kind: 'paragraph', runs }] };
      const text = canonicalText(doc.blocks);
      const annotations: Annotation[] = [];
      for (let h = 0, count = Math.floor(next() * 4); h < count; h++) {
        const start = Math.floor(next() * text.length);
        const end = Math.min(text.length, start + 1 + Math.floor(next() * 12));
        // Never split a surrogate pair: the reader's selection cannot either.
        const s = /[\uDC00-\uDFFF]/.test(text[start] ?? '') ? start - 1 : start;
        const e = /[\uDC00-\uDFFF]/.test(text[end] ?? '') ? end + 1 : end;
        if (e <= s || text.slice(s, e).trim() === '') continue;
        annotations.push(annotation(doc, { id: `h${h}`, color: 'yellow', target: targetIn(doc, text.slice(s, e), s), createdAt: `2024-01-0${h + 1}` }));
      }
      const { markdown } = exportAnnotatedMarkdown(doc, annotations, { deepLinks: false });
      const context = `${JSON.stringify(runs)} ${JSON.stringify(annotations.map((a) => a.target!.position))}\n${markdown}`;
      let body: VisibleText;
      try {
        body = articleBody(markdown);
      } catch (error) {
        throw new Error(`${(error as Error).message} in ${context}`);
      }
      expect(stripSpace(body.text), context).toBe(stripSpace(text));
      expect(markedText(body), context).toBe(expectedMarked(doc, annotations));
    }
  });
});
