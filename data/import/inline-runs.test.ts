import { describe, expect, it } from 'vitest';
import { lineJoiner } from './cjk';
import { RunBuilder } from './inline-runs';

describe('RunBuilder', () => {
  it('merges neighbouring text with the same marks and keeps marked runs apart', () => {
    const b = new RunBuilder();
    b.text('a');
    b.text('b');
    b.text('c', { bold: true });
    b.text('d', { bold: true, href: 'https://x.org/' });
    expect(b.take()).toEqual([{ text: 'ab' }, { text: 'c', bold: true }, { text: 'd', bold: true, href: 'https://x.org/' }]);
  });

  it('drops separators at block edges and next to hard breaks, and never doubles a line break', () => {
    const b = new RunBuilder();
    b.space();
    b.softBreak();
    b.text('x');
    b.space();
    b.hardBreak();
    b.hardBreak();
    b.space();
    b.text('y');
    b.softBreak();
    expect(b.take()).toEqual([{ text: 'x\ny' }]);
  });

  it('resets after take', () => {
    const b = new RunBuilder();
    b.text('once');
    b.take();
    expect(b.take()).toEqual([]);
    expect(b.hasText()).toBe(false);
  });
});

describe('lineJoiner', () => {
  it.each([
    ['word', 'word', ' '],
    ['中文', '中文', ''],
    ['句子。', 'Next', ''],
    ['使用', 'Python', ' '],
    ['Python', '很好', ' '],
    ['“', '引号', ''],
    ['한국어', '문장', ' '],
    ['', 'x', ''],
  ])('joins %j and %j with %j', (before, after, joiner) => {
    expect(lineJoiner(before, after)).toBe(joiner);
  });
});
