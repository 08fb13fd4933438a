import { describe as suite, expect, it } from 'vitest';
import { measureContext, storedContext } from './context-similarity';
import { describe } from './describe';

const base =
  'The quick brown fox jumps over the lazy dog while the cat sleeps on a warm mat near the window. ' +
  'QUOTE and then the story continues with many more words about animals and their habits in summer.';
const ctx = storedContext(describe(base, base.indexOf('QUOTE'), base.indexOf('QUOTE') + 5));
const around = (text: string) => {
  const at = text.indexOf('QUOTE');
  return measureContext(text, at, at + 5, ctx);
};

suite('context similarity', () => {
  it('is 1 on both sides when the surroundings are unchanged', () => {
    expect(around(base)).toEqual({ prefix: 1, suffix: 1 });
    expect(around('Preface added. ' + base + ' Appendix.')).toEqual({ prefix: 1, suffix: 1 });
  });

  it('stays high after a small edit right beside the quote', () => {
    const m = around(base.replace('window. QUOTE and', 'windows QUOTE, and'));
    expect(m.prefix).toBeGreaterThan(0.7);
    expect(m.prefix).toBeLessThan(1);
    expect(m.suffix).toBeGreaterThan(0.7);
    expect(m.suffix).toBeLessThan(1);
  });

  it('barely notices an edit far from the quote', () => {
    const m = around(base.replace('lazy dog while', 'lazy dig while').replace('about animals', 'about anemals'));
    expect(m.prefix).toBeGreaterThan(0.9);
    expect(m.suffix).toBeGreaterThan(0.9);
  });

  it('scores unrelated surroundings near zero', () => {
    const m = around('Entirely different prose about markets and prices QUOTE: ministers said so yesterday, twice.');
    expect(m.prefix).toBeLessThan(0.2);
    expect(m.suffix).toBeLessThan(0.2);
  });

  it('discounts agreement that only starts after the neighbouring words were replaced', () => {
    // The surroundings far out survive, but what stood right beside the quote is gone.
    const m = around(base.replace('warm mat near the window. QUOTE and then the', 'warm mat near XYZ QUOTE was never the'));
    expect(m.prefix).toBeLessThan(0.45);
    expect(m.suffix).toBeLessThan(0.45);
  });

  it('treats the start and end of the text as context', () => {
    const text = '阿里云正面向未來下注。';
    const start = storedContext(describe(text, 0, 3));
    expect(start.prefixAtEdge).toBe(true);
    expect(measureContext(text, 0, 3, start).prefix).toBe(1);
    // Same characters before it, but no longer at the start of the text: not a full match.
    expect(measureContext('前言。' + text, 3, 6, start).prefix).toBe(0);

    const end = storedContext(describe(text, 8, 11));
    expect(end.suffixAtEdge).toBe(true);
    expect(measureContext(text, 8, 11, end).suffix).toBe(1);
    expect(measureContext(text + '後記', 8, 11, end).suffix).toBe(0);
  });

  it('marks a whole-text quote as having no context', () => {
    expect(storedContext(describe('短文', 0, 2)).empty).toBe(true);
    expect(storedContext(describe('短文。', 0, 2)).empty).toBe(false);
  });
});
