import { describe as suite, expect, it } from 'vitest';
import { storedContext } from './context-similarity';
import { describe } from './describe';
import { contextSuffices, maxFuzzyErrors } from './evidence';

const text = '一邊押注生態建設,要做最開放的云,一邊回到公共云的主戰場,阿里云已經擺好了棋局。業內人士認為,阿里云的生機與危機都暗伏其中。';
const ctx = storedContext(describe(text, 20, 23));
const both = (prefix: number, suffix: number) => ({ prefix, suffix });

suite('evidence', () => {
  it('never lets a one- or two-character quote stand on one side alone', () => {
    expect(contextSuffices(1, both(1, 0.1), ctx, 'exact')).toBe(false);
    expect(contextSuffices(2, both(0.1, 1), ctx, 'exact')).toBe(false);
    expect(contextSuffices(2, both(0.2, 0.2), ctx, 'exact')).toBe(false);
    expect(contextSuffices(1, both(0.9, 0.5), ctx, 'exact')).toBe(true);
    expect(contextSuffices(2, both(1, 1), ctx, 'exact')).toBe(true);
  });

  it('asks less of the context as the quote grows', () => {
    const weak = both(0.45, 0.1);
    expect(contextSuffices(5, weak, ctx, 'exact')).toBe(false);
    expect(contextSuffices(20, weak, ctx, 'exact')).toBe(false);
    expect(contextSuffices(40, weak, ctx, 'exact')).toBe(true);
    expect(contextSuffices(5, both(0.7, 0), ctx, 'exact')).toBe(true);
  });

  it('asks more of an approximate match than of a verbatim one', () => {
    expect(contextSuffices(40, both(0.4, 0), ctx, 'fuzzy')).toBe(false);
    expect(contextSuffices(40, both(0.5, 0), ctx, 'fuzzy')).toBe(true);
    // Short quotes are only matched approximately between two intact sides.
    expect(contextSuffices(5, both(1, 0.5), ctx, 'fuzzy')).toBe(false);
    expect(contextSuffices(5, both(0.8, 0.8), ctx, 'fuzzy')).toBe(true);
  });

  it('lets the quote alone decide when it had no context at all', () => {
    expect(contextSuffices(1, both(0, 0), storedContext(describe('云', 0, 1)), 'exact')).toBe(true);
  });

  it('allows a quarter of the quote as errors, at most 32', () => {
    expect([4, 8, 17, 40, 200].map(maxFuzzyErrors)).toEqual([1, 2, 4, 10, 32]);
  });
});
