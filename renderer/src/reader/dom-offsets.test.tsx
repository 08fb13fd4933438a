// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Block } from '../../../data/model/schemas';
import { blockStarts, blockText, canonicalText } from '../../../data/model/text';
import { ArticleBlocks } from './article-blocks';
import { buildBlockIndex, type BlockIndex } from './block-index';
import { offsetsToRange, offsetToPoint, pointToOffset, rangeToOffsets } from './dom-offsets';
import { render, SAMPLE_BLOCKS, type Rendered } from './test-support';

const text = canonicalText(SAMPLE_BLOCKS);
const starts = blockStarts(SAMPLE_BLOCKS);

/** Offsets that lie in a block (not inside a "\n\n" separator). */
const inBlockOffsets = (blocks: Block[]): number[] => {
  const out: number[] = [];
  blockStarts(blocks).forEach((start, i) => {
    for (let k = 0; k <= blockText(blocks[i]).length; k += 1) out.push(start + k);
  });
  return out;
};

/** What a DOM range shows: the canonical slice without the separators it crosses. */
const visible = (start: number, end: number, blocks: Block[] = SAMPLE_BLOCKS) => {
  const starts = blockStarts(blocks);
  let out = '';
  blocks.forEach((b, i) => {
    const s = starts[i];
    const e = s + blockText(b).length;
    if (e > start && s < end) out += blockText(b).slice(Math.max(start - s, 0), Math.min(end, e) - s);
  });
  return out;
};

let view: Rendered;
let article: HTMLElement;
let index: BlockIndex;

const mount = async (blocks: Block[]) => {
  view = await render(
    <div>
      <header>
        <h1>Title outside the text</h1>
      </header>
      <article>
        <ArticleBlocks blocks={blocks} />
      </article>
    </div>,
  );
  article = view.container.querySelector('article')!;
  index = buildBlockIndex(article);
};

const textNodeWith = (needle: string): Text => {
  const walker = document.createTreeWalker(article, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(needle)) return n as Text;
  throw new Error(`no text node with ${needle}`);
};

describe('dom-offsets', () => {
  beforeEach(async () => mount(SAMPLE_BLOCKS));
  afterEach(async () => view.unmount());

  it('indexes every block with its canonical start and length', () => {
    expect(index.starts).toEqual(starts);
    expect(index.textLength).toBe(text.length);
    SAMPLE_BLOCKS.forEach((b, i) => expect(index.lengthOf(i)).toBe(blockText(b).length));
  });

  it('maps points in text nodes inside runs, links and lists', () => {
    const bold = textNodeWith('bold');
    expect(pointToOffset(index, bold, 2, 'forward')).toBe(text.indexOf('bold') + 2);
    const link = textNodeWith('italic link');
    expect(pointToOffset(index, link, 7, 'forward')).toBe(text.indexOf('italic link') + 7);
    const code = textNodeWith('code()');
    expect(pointToOffset(index, code, 0, 'backward')).toBe(text.indexOf('code()'));
    const zh = textNodeWith('第一項');
    expect(pointToOffset(index, zh, 1, 'forward')).toBe(text.indexOf('第一項') + 1);
  });

  it('counts surrogate pairs as two UTF-16 units', () => {
    const emoji = textNodeWith('🙂👍');
    expect(emoji.data.length).toBe(4);
    expect(pointToOffset(index, emoji, 2, 'forward')).toBe(text.indexOf('👍'));
    const range = offsetsToRange(index, text.indexOf('😀'), text.indexOf('😀') + 2)!;
    expect(range.toString()).toBe('😀');
    expect(rangeToOffsets(index, range)).toEqual({ start: text.indexOf('😀'), end: text.indexOf('😀') + 2 });
  });

  it('maps element boundary points inside a block', () => {
    const p = article.querySelectorAll('[data-start]')[1];
    expect(pointToOffset(index, p, 0, 'forward')).toBe(starts[1]);
    expect(pointToOffset(index, p, p.childNodes.length, 'backward')).toBe(starts[1] + blockText(SAMPLE_BLOCKS[1]).length);
    // Before the <strong>: after "Plain, ".
    expect(pointToOffset(index, p, 1, 'forward')).toBe(starts[1] + 'Plain, '.length);
    const strong = p.querySelector('strong')!;
    expect(pointToOffset(index, strong, 1, 'backward')).toBe(starts[1] + 'Plain, bold'.length);
  });

  it('snaps points between blocks: starts forward, ends backward', () => {
    // (article, 1) is between the h1 and the first paragraph.
    expect(pointToOffset(index, article, 1, 'forward')).toBe(starts[1]);
    expect(pointToOffset(index, article, 1, 'backward')).toBe(blockText(SAMPLE_BLOCKS[0]).length);
    // Inside a <li> but outside its text element: after "第一項", before the nested list.
    const li = article.querySelector('li')!;
    expect(pointToOffset(index, li, 1, 'forward')).toBe(starts[4]);
    expect(pointToOffset(index, li, 1, 'backward')).toBe(starts[3] + 3);
    // After everything.
    expect(pointToOffset(index, article, article.childNodes.length, 'forward')).toBeNull();
    expect(pointToOffset(index, article, article.childNodes.length, 'backward')).toBe(text.length);
  });

  it('snaps points in the title header (outside the text) to the first text', () => {
    const header = view.container.querySelector('header h1')!.firstChild!;
    expect(pointToOffset(index, header, 3, 'forward')).toBe(0);
    expect(pointToOffset(index, header, 3, 'backward')).toBeNull();
    const range = document.createRange();
    range.setStart(header, 2);
    range.setEnd(textNodeWith('bold'), 4);
    expect(rangeToOffsets(index, range)).toEqual({ start: 0, end: text.indexOf('bold') + 4 });
    const inHeader = document.createRange();
    inHeader.setStart(header, 0);
    inHeader.setEnd(header, 5);
    expect(rangeToOffsets(index, inHeader)).toBeNull();
  });

  it('gives each block exactly its text as a range', () => {
    SAMPLE_BLOCKS.forEach((b, i) => {
      const len = blockText(b).length;
      const range = offsetsToRange(index, starts[i], starts[i] + len);
      if (len === 0) expect(range).toBeNull();
      else expect(range!.toString()).toBe(blockText(b));
    });
  });

  it('covers the separator when a range spans blocks', () => {
    const start = text.indexOf('bold');
    const end = text.indexOf('表情') + 2;
    const range = offsetsToRange(index, start, end)!;
    expect(range.toString()).toBe(visible(start, end));
    expect(rangeToOffsets(index, range)).toEqual({ start, end });
    // A DOM selection from the middle of one block to the middle of another.
    const sel = document.getSelection()!;
    sel.removeAllRanges();
    sel.setBaseAndExtent(textNodeWith('第一項'), 1, textNodeWith('third'), 2);
    expect(rangeToOffsets(index, sel.getRangeAt(0))).toEqual({ start: text.indexOf('第一項') + 1, end: text.indexOf('third') + 2 });
  });

  it('drops a separator at either end of a selection (triple-click ends at the next block)', () => {
    const second = article.querySelectorAll('[data-start]')[2];
    const range = document.createRange();
    range.setStart(textNodeWith('Plain'), 0);
    range.setEnd(second, 0);
    expect(rangeToOffsets(index, range)).toEqual({ start: starts[1], end: starts[1] + blockText(SAMPLE_BLOCKS[1]).length });
    const h1Text = textNodeWith('阿里云');
    range.setStart(h1Text, h1Text.data.length);
    range.setEnd(textNodeWith('Plain'), 5);
    expect(rangeToOffsets(index, range)).toEqual({ start: starts[1], end: starts[1] + 5 });
  });

  it('snaps offsets inside a separator: start to the next block, end to the previous', () => {
    const sep = starts[1] - 1; // the second "\n" after the heading
    expect(offsetToPoint(index, sep, 'forward')).toEqual({ node: textNodeWith('Plain'), offset: 0 });
    const h1Text = textNodeWith('阿里云');
    expect(offsetToPoint(index, sep, 'backward')).toEqual({ node: h1Text, offset: h1Text.data.length });
    const range = offsetsToRange(index, starts[1] - 1, starts[2] - 1)!;
    expect(rangeToOffsets(index, range)).toEqual({ start: starts[1], end: starts[1] + blockText(SAMPLE_BLOCKS[1]).length });
  });

  it('prefers the later text node at a run boundary for starts and the earlier for ends', () => {
    const at = text.indexOf('bold');
    expect(offsetToPoint(index, at, 'forward')).toEqual({ node: textNodeWith('bold'), offset: 0 });
    expect(offsetToPoint(index, at, 'backward')).toEqual({ node: textNodeWith('Plain, '), offset: 7 });
  });

  it('round-trips offsets -> Range -> offsets for every pair of in-block offsets', () => {
    const offsets = inBlockOffsets(SAMPLE_BLOCKS);
    let checked = 0;
    for (let a = 0; a < offsets.length; a += 3) {
      for (let b = a + 1; b < offsets.length; b += 5) {
        const [s, e] = [offsets[a], offsets[b]];
        const range = offsetsToRange(index, s, e);
        const expected = visible(s, e);
        if (expected === '') {
          // e.g. from the end of one block to the start of the next: no text between.
          expect(range === null || range.toString() === '').toBe(true);
          continue;
        }
        expect(range!.toString()).toBe(expected);
        const back = rangeToOffsets(index, range!)!;
        // A span starting at a block end or ending at a block start is trimmed to its text.
        expect(visible(back.start, back.end)).toBe(expected);
        expect(back.start).toBeGreaterThanOrEqual(s);
        expect(back.end).toBeLessThanOrEqual(e);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('handles an empty article', async () => {
    await view.unmount();
    await mount([]);
    expect(pointToOffset(index, article, 0, 'forward')).toBeNull();
    expect(offsetsToRange(index, 0, 3)).toBeNull();
  });
});

describe('dom-offsets on a large article', () => {
  afterEach(async () => view.unmount());

  it('finds 5,000 span ends over 2,000 blocks by binary search', async () => {
    const blocks: Block[] = Array.from({ length: 2000 }, (_, i) => ({
      kind: 'paragraph',
      runs: [{ text: `第${i}段:阿里云正面向未來下注。` }, { text: 'bold part ', bold: true }, { text: 'and the rest of the paragraph text.' }],
    }));
    await mount(blocks);
    const all = canonicalText(blocks);
    const bStarts = blockStarts(blocks);
    const started = performance.now();
    for (let k = 0; k < 5000; k += 1) {
      const at = (k * 7919) % all.length;
      const point = offsetToPoint(index, at, 'forward')!;
      const block = point.node.parentElement!.closest('[data-start]')!;
      expect(Number(block.getAttribute('data-start'))).toBeLessThanOrEqual(at === all.length ? at : at + 2);
    }
    // Test DOMs are slow, but a linear scan per offset would take minutes here.
    expect(performance.now() - started).toBeLessThan(20_000);
    // Ranges themselves (creating a Range is what test DOMs are slowest at).
    for (let k = 0; k < 20; k += 1) {
      const s = bStarts[k * 97] + 5;
      expect(offsetsToRange(index, s, s + 30)!.toString()).toBe(visible(s, s + 30, blocks));
    }
  });
});
