import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block } from '../model/schemas';
import { blockText, canonicalText } from '../model/text';
import { parseMarkdown } from './parse-markdown';

const FIXTURE = readFileSync(new URL('./fixtures/all-kinds.md', import.meta.url), 'utf8');
const parsed = parseMarkdown(FIXTURE);
const byText = (needle: string): Block => {
  const block = parsed.blocks.find((b) => blockText(b).includes(needle));
  if (block === undefined) throw new Error(`no block contains ${needle}`);
  return block;
};

describe('parseMarkdown on a fixture with every block kind', () => {
  it('takes the first h1 as the title and keeps it as a block, entities decoded', () => {
    expect(parsed.title).toBe('Field Notes & Sources');
    expect(parsed.blocks[0]).toEqual({ kind: 'heading', level: 1, runs: [{ text: 'Field Notes & Sources' }] });
    expect(byText('Lists')).toEqual({ kind: 'heading', level: 2, runs: [{ text: 'Lists' }] });
  });

  it('turns emphasis into bold and italic runs, and code spans into verbatim code runs', () => {
    const runs = byText('An opening paragraph').runs;
    expect(runs).toContainEqual({ text: 'bold text', bold: true });
    expect(runs).toContainEqual({ text: 'italic text', italic: true });
    expect(runs).toContainEqual({ text: 'both at once', bold: true, italic: true });
    // CommonMark does not decode references inside code spans.
    expect(runs).toContainEqual({ text: 'inline &amp; code', code: true });
  });

  it('decodes character references in text and joins soft line breaks with a space', () => {
    expect(blockText(byText('An opening paragraph'))).toContain(
      ' and a soft line break, plus entities: © 2024 <not a tag> AT&T.',
    );
  });

  it('keeps http(s) and mailto links and drops javascript:, data: and vbscript: targets but not their text', () => {
    const links = byText('Links:');
    expect(links.runs.filter((r) => r.href !== undefined)).toEqual([
      { text: 'a safe link', href: 'https://example.com/page?q=1' },
      { text: 'mail me', href: 'mailto:someone@example.com' },
    ]);
    expect(blockText(links)).toBe('Links: a safe link, mail me, a trap, data trap and vb trap.');
  });

  it('reduces inline HTML to its text and drops script bodies', () => {
    expect(byText('Inline HTML')).toEqual({
      kind: 'paragraph',
      runs: [{ text: 'Inline HTML: kept words and gone? No, this stays.' }],
    });
  });

  it('emits list items with depth and ordered flags, nested lists included', () => {
    const items = parsed.blocks
      .filter((b) => b.kind === 'listItem')
      .map((b) => [blockText(b), b.level, b.ordered]);
    expect(items).toEqual([
      ['first item', 1, false],
      ['second item with bold', 1, false],
      ['nested item', 2, false],
      ['deeply nested ordered', 3, true],
      ['third item', 1, false],
      ['one', 1, true],
      ['two', 1, true],
    ]);
  });

  it('emits quotes, code blocks with their language, and rules', () => {
    expect(blockText(byText('A quoted line'))).toBe('A quoted line with emphasis. Still the same quote.');
    expect(byText('A quoted line').kind).toBe('quote');
    expect(byText('def f(x)')).toEqual({ kind: 'code', lang: 'python', runs: [{ text: 'def f(x):\n    return x &amp; 1' }] });
    expect(parsed.blocks.filter((b) => b.kind === 'rule')).toEqual([{ kind: 'rule', runs: [] }]);
  });

  it('walks raw HTML blocks as text only: no tags, no script, no unsafe href', () => {
    expect(byText('A raw HTML block')).toEqual({
      kind: 'paragraph',
      runs: [{ text: 'A raw HTML block with ' }, { text: 'bold', bold: true }, { text: ' and a bad link.' }],
    });
    const all = canonicalText(parsed.blocks);
    for (const banned of ['<script', '<div', '<b>', '<a ', 'never', 'alert', 'steal', 'javascript', 'onmouseover']) expect(all).not.toContain(banned);
  });

  it('joins a soft-wrapped CJK line without a space', () => {
    expect(byText('中文段落')).toEqual({ kind: 'paragraph', runs: [{ text: '中文段落，分成两行书写。' }] });
  });
});

describe('parseMarkdown titles and edge cases', () => {
  it('falls back to the first line of text when there is no h1', () => {
    expect(parseMarkdown('## Sub\n\nBody text.').title).toBe('Sub');
    expect(parseMarkdown('Just a *line*\nand more').title).toBe('Just a line and more');
  });

  it('returns an empty title when there is no text at all', () => {
    expect(parseMarkdown('---\n\n```\ncode only\n```').title).toBe('');
  });

  it('keeps hard breaks as single newlines and tables as rows', () => {
    const { blocks } = parseMarkdown('a  \nb\\\nc\n\n| h1 | h2 |\n|----|----|\n| x | **y** |\n');
    expect(blockText(blocks[0])).toBe('a\nb\nc');
    expect(blocks.slice(1)).toEqual([
      { kind: 'paragraph', runs: [{ text: 'h1 | h2', bold: true }] },
      { kind: 'paragraph', runs: [{ text: 'x | ' }, { text: 'y', bold: true }] },
    ]);
  });

  it('marks task list items and keeps a loose item as one block', () => {
    const { blocks } = parseMarkdown('- [x] done\n- [ ] todo\n\n1. first para\n\n   second para\n');
    expect(blocks.map(blockText)).toEqual(['[x] done', '[ ] todo', 'first para\nsecond para']);
  });
});
