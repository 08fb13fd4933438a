import search from 'approx-string-match';
import { describe as suite, expect, it } from 'vitest';
import { searchEverywhere, searchFiltered, searchRange } from './fuzzy-search';
import { randomInt, randomText, seededRandom } from './test-support';

const QUOTE = '阿里云首次成立了專門的公共云事業部';

suite('fuzzy search', () => {
  it('loads approx-string-match as a callable default export', () => {
    expect(typeof search).toBe('function');
    expect(search('abcXdef', 'abcdef', 1)).toEqual([{ start: 0, end: 7, errors: 1 }]);
  });

  it('keeps the best hit of each neighbourhood, not only the best overall', () => {
    const random = seededRandom(11);
    const filler = randomText(random, 12);
    const edited = '阿里云首次設立了專門的公共云事業部';
    const text = filler + QUOTE + filler + edited + filler;
    // The library alone reports only the verbatim copy...
    expect(search(text, QUOTE, 4).map((m) => m.errors)).toEqual([0]);
    // ...which would hide the edited one from the context comparison.
    const hits = searchRange(text, QUOTE, 4, 0, text.length);
    const at = (start: number) => hits.find((h) => h.start === start);
    expect(at(filler.length)).toMatchObject({ end: filler.length + QUOTE.length, errors: 0 });
    const second = 2 * filler.length + QUOTE.length;
    expect(at(second)).toMatchObject({ end: second + edited.length, errors: 1 });
  });

  it('finds every planted copy with up to maxErrors errors, filtered or not (seeded)', () => {
    for (let seed = 1; seed <= 20; seed++) {
      const random = seededRandom(seed);
      const text = randomText(random, 40);
      const length = randomInt(random, 8, 40);
      const source = randomInt(random, 0, text.length - length);
      const quote = text.slice(source, source + length);
      const maxErrors = Math.floor(length / 4);
      // Spread maxErrors substitutions over the copy so that most pieces are broken.
      const copy = [...quote];
      for (let e = 0; e < maxErrors; e++) copy[Math.floor(((e + 0.5) * length) / maxErrors)] = '※';
      // Far from the verbatim original: within one chunk only the best hit survives.
      let at = randomInt(random, 0, text.length);
      while (Math.abs(at - source) < 1200) at = randomInt(random, 0, text.length);
      const planted = text.slice(0, at) + copy.join('') + text.slice(at);
      for (const hits of [searchEverywhere(planted, quote, maxErrors), searchFiltered(planted, quote, maxErrors, at - 50, at + 100)]) {
        const found = hits.find((h) => Math.abs(h.start - at) <= maxErrors && h.errors <= maxErrors);
        expect(found, `seed ${seed}`).toBeDefined();
      }
    }
  });

  it('stays inside the range it was given', () => {
    const text = 'x'.repeat(2000) + QUOTE + 'y'.repeat(2000) + QUOTE + 'z'.repeat(2000);
    const hits = searchFiltered(text, QUOTE, 4, 0, 3000);
    expect(hits.map((h) => h.start)).toEqual([2000]);
    expect(searchFiltered(text, QUOTE, 4, 2100, 4000)).toEqual([]);
  });

  it('finds nothing for a quote that is not there', () => {
    const text = randomText(seededRandom(5), 40);
    expect(searchEverywhere(text, '量子計算與天氣預報的關係研究報告', 4)).toEqual([]);
  });
});
