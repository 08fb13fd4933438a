import { describe, expect, it } from 'vitest';
import type { Block } from './schemas';
import { BLOCK_SEPARATOR, blockIndexAt, blockStarts, blockText, canonicalText } from './text';

const para = (...texts: string[]): Block => ({ kind: 'paragraph', runs: texts.map((text) => ({ text })) });

// Heading, styled runs, a rule (no text), and characters outside the BMP (two UTF-16 units each).
const BLOCKS: Block[] = [
  { kind: 'heading', level: 1, runs: [{ text: '雲端的下一步' }] },
  { kind: 'paragraph', runs: [{ text: '阿里云' }, { text: '宣布', bold: true }, { text: 'cloud', href: 'https://example.com' }] },
  { kind: 'rule', runs: [] },
  para('𠮷野家', '很好。'),
  { kind: 'code', lang: 'js', runs: [{ text: 'a\nb' }] },
];

describe('canonical text', () => {
  it('separates blocks with one blank line, a separator that is part of the stored format', () => {
    // Stored anchors index into this text: changing the separator needs a migration.
    expect(BLOCK_SEPARATOR).toBe('\n\n');
  });

  it('is each block text joined by the separator, runs concatenated without marks', () => {
    expect(blockText(BLOCKS[1])).toBe('阿里云宣布cloud');
    expect(canonicalText(BLOCKS)).toBe('雲端的下一步\n\n阿里云宣布cloud\n\n\n\n𠮷野家很好。\n\na\nb');
  });

  it('keeps an empty block as an empty slot between two separators', () => {
    expect(blockText(BLOCKS[2])).toBe('');
    expect(canonicalText([para('a'), { kind: 'rule', runs: [] }, para('b')])).toBe('a\n\n\n\nb');
  });

  it('is empty for no blocks and has no separator around a single block', () => {
    expect(canonicalText([])).toBe('');
    expect(canonicalText([para('only')])).toBe('only');
  });
});

describe('block offsets', () => {
  it('start each block where its text begins in the canonical text, in UTF-16 units', () => {
    const text = canonicalText(BLOCKS);
    const starts = blockStarts(BLOCKS);
    expect(starts).toEqual([0, 8, 20, 22, 31]);
    BLOCKS.forEach((block, i) => {
      expect(text.slice(starts[i], starts[i] + blockText(block).length)).toBe(blockText(block));
    });
    // 𠮷 is one character but two code units: the next block starts two units further on.
    expect(text.slice(starts[3], starts[3] + 2)).toBe('𠮷');
  });

  it('are empty for no blocks', () => {
    expect(blockStarts([])).toEqual([]);
  });

  it('find the block containing an offset; the separator after a block belongs to it', () => {
    const starts = blockStarts(BLOCKS);
    expect(blockIndexAt(starts, 0)).toBe(0);
    expect(blockIndexAt(starts, 7)).toBe(0);
    expect(blockIndexAt(starts, 8)).toBe(1);
    expect(blockIndexAt(starts, 19)).toBe(1);
    expect(blockIndexAt(starts, 20)).toBe(2);
    expect(blockIndexAt(starts, 21)).toBe(2);
    expect(blockIndexAt(starts, 22)).toBe(3);
    expect(blockIndexAt(starts, 30)).toBe(3);
    expect(blockIndexAt(starts, 31)).toBe(4);
    expect(blockIndexAt(starts, 1000)).toBe(4);
  });

  it('agree with a linear scan at every offset', () => {
    const starts = blockStarts(BLOCKS);
    const length = canonicalText(BLOCKS).length;
    for (let offset = 0; offset <= length; offset++) {
      const expected = starts.filter((s) => s <= offset).length - 1;
      expect(blockIndexAt(starts, offset)).toBe(expected);
    }
  });
});
