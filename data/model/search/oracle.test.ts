import { describe, expect, it } from 'vitest';
import { hasSeed, readSeed } from '../../test-support/seed';
import type { DocumentFile } from '../schemas';
import { foldForSearch, foldText, originalRange } from './fold';
import { parseQuery, type ParsedQuery } from './query';
import { ScanSearch } from './scan';
import { SearchIndex } from './search-index';
import { addRandomAnnotations, createRandom, FALLBACK_CHINESE, makeFile, markovChain, varyScript, type Random } from './test-support';
import { documentUnits } from './units';

/**
 * The oracle: on random documents and random queries, the index's matches must equal a
 * brute-force folded substring scan written here independently (no index, no candidates,
 * no shared matching code), exactly, also after incremental updates.
 */
const seed = hasSeed ? readSeed() : FALLBACK_CHINESE;

const EXTRA = ['ﬁ', 'ﬀ', '㍿', 'Ａ', 'Ｉ', 'ｑ', '－', 'İ', 'Σ', 'ς', 'e\u0301', 'ｶﾞ', '𠀾', ' ', ' ', 'AI', 'Qwen-72B', '雲', '云', '臺灣', '台湾'];

const randomParagraph = (random: Random, chain: (r: Random, n: number) => string): string => {
  let out = '';
  const target = random.int(260);
  while (out.length < target) {
    const roll = random.next();
    if (roll < 0.55) out += chain(random, 1 + random.int(20));
    else if (roll < 0.85) {
      const at = random.int(seed.length - 30);
      out += seed.slice(at, at + 1 + random.int(25)).replace(/\n+/g, ' ');
    } else out += random.pick(EXTRA);
  }
  return out;
};

const randomFile = (random: Random, chain: (r: Random, n: number) => string, id: string): DocumentFile => {
  const paragraphs = Array.from({ length: 1 + random.int(4) }, () => randomParagraph(random, chain)).filter(Boolean);
  const file = makeFile(id, chain(random, 2 + random.int(14)), paragraphs, random.next() < 0.3 ? chain(random, 20) : '');
  addRandomAnnotations(file, random, random.int(6), () => chain(random, 3 + random.int(20)));
  return file;
};

/** A random query: a piece of some unit's text (1–8 characters), often varied, sometimes absent. */
const randomQuery = (random: Random, files: DocumentFile[]): string => {
  const roll = random.next();
  if (roll < 0.1) return Array.from({ length: 1 + random.int(6) }, () => random.pick([...'阿里云雲臺湾xyzQ７ﬁ'])).join('');
  const units = documentUnits(random.pick(files));
  const text = random.pick(units).text;
  const length = 1 + random.int(8);
  const at = random.int(Math.max(1, text.length - length + 1));
  let q = text.slice(at, at + length);
  if (random.next() < 0.3) q = varyScript(q, random);
  if (random.next() < 0.15) q = q.toUpperCase();
  return q;
};

type Key = string;

const foldedCache = new Map<string, ReturnType<typeof foldForSearch>>();
const fold = (text: string) => {
  let f = foldedCache.get(text);
  if (!f) foldedCache.set(text, (f = foldForSearch(text)));
  return f;
};

/** Brute force: fold every unit of every file, find every occurrence, map back. */
const bruteForce = (files: DocumentFile[], term: string): Key[] => {
  const keys: Key[] = [];
  if (!term) return keys;
  for (const file of files) {
    for (const unit of documentUnits(file)) {
      const folded = fold(unit.text);
      let last = '';
      for (let at = folded.text.indexOf(term); at >= 0; at = folded.text.indexOf(term, at + term.length)) {
        const [s, e] = originalRange(folded, at, at + term.length);
        const key = `${file.document.id}|${unit.field}|${unit.annotationId ?? ''}|${s}-${e}`;
        if (key !== last) keys.push(key);
        last = key;
      }
    }
  }
  return keys.sort();
};

const indexKeys = (index: SearchIndex, query: ParsedQuery): Key[] =>
  index
    .match(query)
    .flatMap((m) =>
      m.units.flatMap((u) => {
        const keys: Key[] = [];
        for (let i = 0; i < u.ranges.length; i += 2) keys.push(`${m.document.id}|${u.unit.field}|${u.unit.annotationId ?? ''}|${u.ranges[i]}-${u.ranges[i + 1]}`);
        return keys;
      }),
    )
    .sort();

const termQuery = (term: string): ParsedQuery => ({ terms: [term], tags: [], colors: [], unknownColor: false, docs: [] });

describe('search index oracle', () => {
  it('finds exactly what a folded substring scan finds (random documents, random queries)', () => {
    const random = createRandom(20240601);
    const chain = markovChain(seed);
    const files = Array.from({ length: 40 }, (_, i) => randomFile(random, chain, `d${i}`));
    const index = SearchIndex.build(files);
    const scan = new ScanSearch(files);
    let nonEmpty = 0;
    for (let q = 0; q < 600; q++) {
      const raw = randomQuery(random, files);
      const term = foldText(raw);
      if (!term) continue;
      const expected = bruteForce(files, term);
      if (expected.length) nonEmpty++;
      expect(indexKeys(index, termQuery(term)), `query ${JSON.stringify(term)}`).toEqual(expected);
      // The whole answer too: counts the index takes from its lists, ranking, snippets.
      expect(index.search(raw), `search ${JSON.stringify(raw)}`).toEqual(scan.search(raw));
    }
    expect(nonEmpty).toBeGreaterThan(400); // the queries mostly hit something
  });

  it('counts one- and two-character terms from its lists exactly as the text has them', () => {
    const files = [
      makeFile('a', '雲雲', ['雲云雲 aaa abab ﬁﬁ fi ﬀ', '阿里 阿里云 ai ＡＩ']),
      makeFile('b', 'x', ['云云云云 的的 ai']),
    ];
    const index = SearchIndex.build(files);
    const scan = new ScanSearch(files);
    for (const q of ['云', '雲云', 'aa', 'ab', 'a', 'fi', 'f', '的', '的的', 'ai', 'ＡＩ', '阿里', '里 ']) {
      expect(index.search(q), q).toEqual(scan.search(q));
    }
  });

  it('ANDs terms per article exactly like a scan does', () => {
    const random = createRandom(7);
    const chain = markovChain(seed);
    const files = Array.from({ length: 30 }, (_, i) => randomFile(random, chain, `d${i}`));
    const index = SearchIndex.build(files);
    for (let q = 0; q < 200; q++) {
      const words = Array.from({ length: 2 + random.int(2) }, () => randomQuery(random, files).replace(/[\s"“”「」『』]+/g, ''));
      const query = parseQuery(words.filter(Boolean).join(' '));
      if (query.terms.length === 0) continue;
      const perTerm = query.terms.map((t) => bruteForce(files, t));
      const docsWithAll = new Set(
        files.map((f) => f.document.id).filter((id) => perTerm.every((keys) => keys.some((k) => k.startsWith(`${id}|`)))),
      );
      const expected = [...new Set(perTerm.flat().filter((k) => docsWithAll.has(k.split('|')[0])))].sort();
      expect(indexKeys(index, query), `query ${query.terms.join(' ')}`).toEqual(expected);
    }
  });

  it('stays exact through incremental updates, removals and additions', () => {
    const random = createRandom(99);
    const chain = markovChain(seed);
    const files = new Map<string, DocumentFile>();
    for (let i = 0; i < 25; i++) files.set(`d${i}`, randomFile(random, chain, `d${i}`));
    // A low compaction threshold, so compaction happens during the test.
    const index = SearchIndex.build(files.values(), { compactAfter: 50 });
    let next = 25;
    for (let round = 0; round < 30; round++) {
      for (let change = 0; change < 4; change++) {
        const roll = random.next();
        const ids = [...files.keys()];
        if (roll < 0.3 && ids.length > 5) {
          const id = random.pick(ids);
          files.delete(id);
          index.removeDocument(id);
        } else if (roll < 0.55) {
          const id = `d${next++}`;
          files.set(id, randomFile(random, chain, id));
          index.updateDocument(files.get(id)!);
        } else {
          // Same id, changed: new text, or only a new annotation / note (units reused).
          const id = random.pick(ids);
          const old = files.get(id)!;
          const file = random.next() < 0.5 ? randomFile(random, chain, id) : structuredClone(old);
          if (file !== old && random.next() < 0.7) addRandomAnnotations(file, random, 1, () => chain(random, 8));
          files.set(id, file);
          index.updateDocument(file);
        }
      }
      const list = [...files.values()];
      for (let q = 0; q < 25; q++) {
        const term = foldText(randomQuery(random, list));
        if (term) expect(indexKeys(index, termQuery(term)), `round ${round} query ${term}`).toEqual(bruteForce(list, term));
      }
    }
    // And the result is the same as an index built from scratch.
    const fresh = SearchIndex.build(files.values());
    expect(index.stats().units).toBe(fresh.stats().units);
    for (let q = 0; q < 50; q++) {
      const text = randomQuery(random, [...files.values()]);
      expect(index.search(text)).toEqual(fresh.search(text));
      expect(indexKeys(index, parseQuery(text))).toEqual(indexKeys(fresh, parseQuery(text)));
    }
  });
});
