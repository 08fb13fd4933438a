import { describe as suite, expect, it } from 'vitest';
import { CONTEXT_LENGTH, describe } from './describe';
import { EN_PARAGRAPHS, joinParagraphs, offsetOf, ZH_PARAGRAPHS } from './test-support';

const zh = joinParagraphs(ZH_PARAGRAPHS);
const en = joinParagraphs(EN_PARAGRAPHS);

suite('describe', () => {
  it('stores the quote, 32 units of context on each side and the position', () => {
    const start = offsetOf(zh, '阿里云首次成立');
    const target = describe(zh, start, start + 7);
    expect(CONTEXT_LENGTH).toBe(32);
    expect(target).toEqual({
      quote: {
        type: 'TextQuoteSelector',
        exact: '阿里云首次成立',
        prefix: zh.slice(start - 32, start),
        suffix: zh.slice(start + 7, start + 7 + 32),
      },
      position: { type: 'TextPositionSelector', start, end: start + 7 },
    });
    expect(target.quote.prefix).toHaveLength(32);
    expect(target.quote.suffix).toHaveLength(32);
  });

  it('shortens the prefix at the start of the text and the suffix at its end', () => {
    const first = describe(en, 0, 7);
    expect(first.quote.exact).toBe('Reading');
    expect(first.quote.prefix).toBe('');
    expect(first.quote.suffix).toHaveLength(32);

    const near = describe(en, 5, 10);
    expect(near.quote.prefix).toBe('Readi');

    const last = describe(en, en.length - 9, en.length);
    expect(last.quote.exact).toBe('sentence.');
    expect(last.quote.suffix).toBe('');
    expect(last.quote.prefix).toHaveLength(32);

    const nearEnd = describe(en, en.length - 17, en.length - 9);
    expect(nearEnd.quote.suffix).toBe('sentence.');

    const whole = describe('短文', 0, 2);
    expect(whole.quote).toMatchObject({ exact: '短文', prefix: '', suffix: '' });
  });

  it('quotes across a paragraph break keep the separator inside exact', () => {
    const start = offsetOf(zh, '下注。');
    const target = describe(zh, start, offsetOf(zh, '十一月') + 3);
    expect(target.quote.exact).toContain('\n\n');
    expect(target.quote.exact.endsWith('十一月')).toBe(true);
  });

  it('never splits a surrogate pair at the edge of the context', () => {
    // Put an emoji exactly across the 32nd unit before the quote and after it.
    const before = 'x'.repeat(5) + '😀' + 'a'.repeat(31);
    const after = 'b'.repeat(31) + '🎉' + 'y'.repeat(5);
    const text = before + 'QUOTE' + after;
    const start = before.length;
    const target = describe(text, start, start + 5);
    // Cutting at 32 would keep the low half of 😀 and the high half of 🎉: shrink by one.
    expect(target.quote.prefix).toBe('a'.repeat(31));
    expect(target.quote.suffix).toBe('b'.repeat(31));

    // When the pair fits entirely, it is kept whole.
    const fits = 'x'.repeat(5) + '😀' + 'a'.repeat(30) + 'QUOTE' + 'b'.repeat(30) + '🎉' + 'y';
    const t2 = describe(fits, 37, 42);
    expect(t2.quote.prefix).toBe('😀' + 'a'.repeat(30));
    expect(t2.quote.suffix).toBe('b'.repeat(30) + '🎉');
  });

  it('rejects empty, reversed, negative and out-of-range ranges', () => {
    expect(() => describe(en, -1, 3)).toThrow(RangeError);
    expect(() => describe(en, 3, 3)).toThrow(RangeError);
    expect(() => describe(en, 5, 3)).toThrow(RangeError);
    expect(() => describe(en, 0, en.length + 1)).toThrow(RangeError);
    expect(() => describe(en, 0.5, 3)).toThrow(RangeError);
    expect(() => describe('', 0, 0)).toThrow(RangeError);
  });
});
