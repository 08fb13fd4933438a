import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ZH_PARAGRAPHS } from '../../data/model/anchoring/test-support';
import { FALLBACK_CHINESE } from '../../data/model/search/test-support';
import type { Random } from './random';

/**
 * Chinese text for benchmarks: a character-level Markov chain of order 2 trained on the seed
 * article and the Chinese test fixtures. Generated text has the seed's characters, pairs and
 * punctuation, but does not repeat whole sentences the way a pasted paragraph would, so most
 * quotes of 10+ characters are unique in a 300,000-character article, as in a real one.
 *
 * The training text is small (about 4,000 characters), so many two-character contexts have a
 * single successor and a pure order-2 chain would copy long runs of the seed. One step in
 * four therefore backs off to order 1, which breaks those runs.
 */
const SEED_PATH = join(__dirname, '../../../shared/seed/article.zh.txt');
const BACK_OFF = 0.25;

export const trainingText = (): string =>
  [existsSync(SEED_PATH) ? readFileSync(SEED_PATH, 'utf8') : '', FALLBACK_CHINESE, ...ZH_PARAGRAPHS]
    .join('\n')
    .replace(/\s+/g, '');

export interface Chain {
  /** `length` characters of generated text. */
  text(random: Random, length: number): string;
  /** Every distinct character of the training text (for random substitutions). */
  alphabet: readonly string[];
}

export const trainChain = (training = trainingText()): Chain => {
  const chars = [...training];
  const order1 = new Map<string, string[]>();
  const order2 = new Map<string, string[]>();
  const push = (map: Map<string, string[]>, key: string, next: string) => {
    const list = map.get(key);
    if (list) list.push(next);
    else map.set(key, [next]);
  };
  for (let i = 0; i + 1 < chars.length; i++) {
    push(order1, chars[i], chars[i + 1]);
    if (i > 0) push(order2, chars[i - 1] + chars[i], chars[i + 1]);
  }
  const text = (random: Random, length: number): string => {
    let a = random.pick(chars);
    let b = random.pick(order1.get(a) ?? chars);
    const out = [a, b];
    while (out.length < length) {
      const options = (random.next() >= BACK_OFF && order2.get(a + b)) || order1.get(b) || chars;
      a = b;
      b = random.pick(options);
      out.push(b);
    }
    return out.slice(0, length).join('');
  };
  return { text, alphabet: [...new Set(chars)] };
};
