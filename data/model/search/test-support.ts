import { describe as describeTarget } from '../anchoring';
import { COLORS, type Annotation, type DocumentFile } from '../schemas';
import { canonicalText } from '../text';

/**
 * Deterministic corpora for the search tests and the benchmark: a seeded PRNG (never
 * Math.random, so a failure repeats), a character-level Markov chain over Chinese text,
 * and documents with annotations built from them.
 */

/** Used when the seed article (../shared/seed/article.zh.txt) is not there. */
export const FALLBACK_CHINESE = `阿里云正面向未來下注。12月1日，阿里云舉行通義千問發布會，並宣布阿里云通義千問720億參數模型Qwen-72B開源。
同時，通義千問還開源了18億參數模型Qwen-1.8B和音頻大模型Qwen-Audio。阿里巴巴集團CEO兼阿里云CEO吳泳銘表示，
未來阿里云的發展戰略將圍繞“AI驅動，公共云優先”兩大方向展開。在收入、利潤的壓力下，阿里云積極開源的大模型發展策略是否會受到影響？
與此同時，一場大刀闊斧的改革正發生在云服務業務。臺灣的雲端市場與大陸的公有云市場各有特點，軟體與硬體的生態也在變化。`;

export interface Random {
  /** [0, 1) */
  next(): number;
  /** An integer in [0, n). */
  int(n: number): number;
  pick<T>(list: readonly T[]): T;
}

/** mulberry32: small, fast, and the same sequence for the same seed everywhere. */
export const createRandom = (seed: number): Random => {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { next, int: (n) => Math.floor(next() * n), pick: (list) => list[Math.floor(next() * list.length)] };
};

/**
 * A first-order character Markov chain: text with the seed's characters and roughly its
 * character pairs, so bigram statistics (and so posting-list lengths) look like Chinese.
 */
export const markovChain = (training: string) => {
  const chars = [...training.replace(/\s+/g, '')];
  const next = new Map<string, string[]>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const list = next.get(chars[i]);
    if (list) list.push(chars[i + 1]);
    else next.set(chars[i], [chars[i + 1]]);
  }
  return (random: Random, length: number): string => {
    let current = random.pick(chars);
    let out = current;
    while (out.length < length) {
      const options = next.get(current);
      current = options ? random.pick(options) : random.pick(chars);
      out += current;
    }
    return out.slice(0, length);
  };
};

export const makeAnnotation = (
  file: DocumentFile,
  id: string,
  spec: { start?: number; end?: number; note?: string; tags?: string[]; color?: Annotation['color'] },
  text = canonicalText(file.document.blocks),
): Annotation => {
  const at = '2024-01-01T00:00:00.000Z';
  return {
    id,
    documentId: file.document.id,
    ...(spec.start !== undefined && spec.end !== undefined ? { target: describeTarget(text, spec.start, spec.end) } : {}),
    color: spec.color ?? 'yellow',
    tags: spec.tags ?? [],
    note: spec.note ?? '',
    state: 'anchored',
    createdAt: at,
    updatedAt: at,
  };
};

export const makeFile = (id: string, title: string, paragraphs: string[], note = ''): DocumentFile => {
  const at = '2024-01-01T00:00:00.000Z';
  return {
    schemaVersion: 1,
    document: {
      id,
      title,
      format: 'text',
      source: { kind: 'text', importedAt: at },
      blocks: paragraphs.map((p) => ({ kind: 'paragraph', runs: [{ text: p }] })),
      note,
      createdAt: at,
      updatedAt: at,
    },
    annotations: [],
  };
};

const TAGS = ['策略', '策略/公共雲', '雲計算', 'AI', 'ai/模型', '開源', 'Cloud/AWS'];

/** Adds `count` random annotations: quotes of 2–30 characters, some notes, some tags. */
export const addRandomAnnotations = (file: DocumentFile, random: Random, count: number, sentence: () => string): void => {
  const text = canonicalText(file.document.blocks);
  for (let k = 0; k < count; k++) {
    const id = `${file.document.id}-a${file.annotations.length}`;
    const withTarget = text.length > 2 && random.next() < 0.85;
    const start = withTarget ? random.int(text.length - 1) : undefined;
    const end = start === undefined ? undefined : Math.min(text.length, start + 2 + random.int(29));
    file.annotations.push(
      makeAnnotation(
        file,
        id,
        {
          start,
          end,
          note: random.next() < 0.5 ? sentence() : '',
          tags: random.next() < 0.6 ? [random.pick(TAGS), ...(random.next() < 0.3 ? [random.pick(TAGS)] : [])] : [],
          color: random.pick(COLORS),
        },
        text,
      ),
    );
  }
};

/** Traditional <-> Simplified pairs (both ways) and full-width forms, to vary queries with. */
const VARIANTS: Record<string, string> = {};
for (const pair of ['雲云', '發发', '臺台', '灣湾', '為为', '開开', '義义', '問问', '與与', '體体', '來来', '戰战', '業业', '務务', '場场', 'AＡ', 'IＩ', 'QＱ', 'BＢ', '7７', 'wW']) {
  const [a, b] = [...pair];
  VARIANTS[a] = b;
  VARIANTS[b] = a;
}

/** Swaps some characters for their other script or width (each with probability p). */
export const varyScript = (text: string, random: Random, p = 0.6): string =>
  [...text].map((ch) => (random.next() < p ? (VARIANTS[ch] ?? ch) : ch)).join('');
