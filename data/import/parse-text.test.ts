import { describe, expect, it } from 'vitest';
import type { Block } from '../model/schemas';
import { blockText } from '../model/text';
import { SIMPLIFIED_SAMPLE, TRADITIONAL_SAMPLE } from './fixtures/chinese-samples';
import { parseText } from './parse-text';

const shape = (blocks: Block[]) => blocks.map((b) => [b.kind, blockText(b)]);

describe('parseText', () => {
  it('takes the first line as title and treats each line as a paragraph when the file has no blank lines', () => {
    const { title, blocks } = parseText(TRADITIONAL_SAMPLE);
    expect(title).toBe('臺北的老書店');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph', 'paragraph']);
    expect(blocks[2]).toEqual({ kind: 'heading', level: 2, runs: [{ text: '三代人的書架' }] });
  });

  it('finds the heading of the simplified sample between its paragraphs', () => {
    const { title, blocks } = parseText(SIMPLIFIED_SAMPLE);
    expect(title).toBe('江南小城的茶馆');
    expect(shape(blocks).filter(([kind]) => kind === 'heading')).toEqual([['heading', '传统与现代']]);
    expect(blocks).toHaveLength(4);
  });

  it('joins hard-wrapped Latin lines with a space and CJK lines with nothing', () => {
    const text = [
      'A Title',
      '',
      'The first paragraph is wrapped',
      'across three lines of text',
      'and ends here.',
      '',
      '第一段中文被硬换行',
      '分成了两行。',
      '',
      'Mixed 中文',
      'and Latin.',
    ].join('\n');
    const { title, blocks } = parseText(text);
    expect(title).toBe('A Title');
    expect(shape(blocks)).toEqual([
      ['paragraph', 'The first paragraph is wrapped across three lines of text and ends here.'],
      ['paragraph', '第一段中文被硬换行分成了两行。'],
      ['paragraph', 'Mixed 中文 and Latin.'],
    ]);
  });

  it('splits a heading written directly above its wrapped paragraph', () => {
    const text = [
      'Report',
      '',
      'Method',
      'We sampled forty tea houses along the river and interviewed',
      'their owners twice, once in spring and once in autumn.',
      '',
      'Results came in slowly, over a period of two years, and were',
      'checked against the town records before being published.',
    ].join('\n');
    expect(shape(parseText(text).blocks)).toEqual([
      ['heading', 'Method'],
      [
        'paragraph',
        'We sampled forty tea houses along the river and interviewed their owners twice, once in spring and once in autumn.',
      ],
      [
        'paragraph',
        'Results came in slowly, over a period of two years, and were checked against the town records before being published.',
      ],
    ]);
  });

  it('keeps one paragraph per line when lines end sentences, even with blank lines between sections', () => {
    const text = ['Title', '', 'One sentence here.', 'Another sentence here.', '', 'A third one.'].join('\n');
    expect(shape(parseText(text).blocks)).toEqual([
      ['paragraph', 'One sentence here.'],
      ['paragraph', 'Another sentence here.'],
      ['paragraph', 'A third one.'],
    ]);
  });

  it('makes a short unpunctuated line a heading only when it stands between paragraphs', () => {
    const long = 'This is a long enough paragraph that ends with a full stop.';
    const text = ['Title', long, 'Section two', long, 'Apples', 'Pears', long, 'Trailing line'].join('\n');
    const kinds = parseText(text).blocks.map((b) => b.kind);
    // "Apples" and "Pears" neighbour each other, so neither stands between paragraphs; the last line has nothing after it.
    expect(kinds).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph', 'paragraph', 'paragraph', 'paragraph']);
  });

  it('does not take a heading for a short line that ends in sentence punctuation', () => {
    const long = '这是一段足够长的正文段落，用来夹住中间那一行短句。';
    for (const short of ['短句。', '真的吗？', 'Really?', '他说：', '“好。”']) {
      expect(parseText(['题目', long, short, long].join('\n')).blocks[1].kind).toBe('paragraph');
    }
  });

  it('trims trailing whitespace and indentation but collapses nothing inside lines', () => {
    const { blocks } = parseText('Title\n\u3000\u3000缩进的  段落，  中间有空格。   \t\nNext  line.  ');
    expect(shape(blocks)).toEqual([
      ['paragraph', '缩进的  段落，  中间有空格。'],
      ['paragraph', 'Next  line.'],
    ]);
  });

  it('titles a one-line file with its line and keeps the line as the text', () => {
    expect(parseText('\n\u3000 臺北的老書店  \n\n')).toEqual({
      title: '臺北的老書店',
      blocks: [{ kind: 'paragraph', runs: [{ text: '臺北的老書店' }] }],
    });
  });

  it('does not title a file with a rule line', () => {
    expect(parseText('* * *\nText.').title).toBe('');
  });

  it('does not steal a long single line as the title', () => {
    const line = '很长的一行'.repeat(100);
    expect(parseText(line)).toEqual({ title: '', blocks: [{ kind: 'paragraph', runs: [{ text: line }] }] });
  });

  it('turns a line drawn with one symbol into a rule', () => {
    const { blocks } = parseText('Title\nFirst part.\n* * *\nSecond part.');
    expect(blocks.map((b) => b.kind)).toEqual(['paragraph', 'rule', 'paragraph']);
    expect(blocks[1].runs).toEqual([]);
  });

  it('never puts a blank line inside a block', () => {
    const text = 'T\n\nwrapped line one\nline two\n\n\n\nnext para\nmore';
    for (const block of parseText(text).blocks) expect(blockText(block)).not.toContain('\n');
  });
});
