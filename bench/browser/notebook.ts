import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe } from '../../data/model/anchoring';
import { FALLBACK_CHINESE, createRandom, markovChain, type Random } from '../../data/model/search/test-support';
import { COLORS, type Annotation, type DocumentFile } from '../../data/model/schemas';
import { canonicalText } from '../../data/model/text';
import { NotebookService } from '../../data/service';
import { NotebookStore } from '../../data/store/notebook-store';

/**
 * Deterministic notebooks for the browser benchmarks, written through the notebook's own
 * service and store into a temporary folder: a seeded PRNG (mulberry32) and a character
 * Markov chain trained on the seed article, so the text reads like Chinese to the layout
 * engine (CJK glyphs, sentence punctuation) and every run sees the same bytes.
 */
const SEED_PATH = join(__dirname, '../../../shared/seed/article.zh.txt');
export const seedChinese = (): string => (existsSync(SEED_PATH) ? readFileSync(SEED_PATH, 'utf8') : FALLBACK_CHINESE);

const TAGS = ['策略', '策略/公共雲', '雲計算', 'AI', 'AI/模型', '開源', '組織架構', '政企', '研究/雲端', '待讀'];
const PUNCTUATION = '，，，。。；、';

/** Sentences of the chain with Chinese punctuation, 40–200 characters each. */
const sentences = (random: Random, chain: (r: Random, n: number) => string) => (length: number): string => {
  let out = '';
  while (out.length < length) {
    out += chain(random, 6 + random.int(18)) + random.pick([...PUNCTUATION]);
  }
  return out.slice(0, length - 1) + '。';
};

/** Plain-text article: paragraphs of 80–400 characters separated by blank lines, a heading now and then. */
export const makeArticle = (random: Random, characters: number): string => {
  const chain = markovChain(seedChinese());
  const sentence = sentences(random, chain);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < characters) {
    const length = Math.min(characters - total, 80 + random.int(320));
    // A short line without punctuation between paragraphs is a heading (plain-text import).
    if (paragraphs.length > 0 && random.next() < 0.04) paragraphs.push(chain(random, 4 + random.int(8)));
    paragraphs.push(length < 2 ? chain(random, 2) : sentence(length));
    total += length;
  }
  return paragraphs.join('\n\n');
};

export interface BenchNotebook {
  dir: string;
  service: NotebookService;
}

export const tempNotebook = async (name: string): Promise<BenchNotebook> => {
  const dir = mkdtempSync(join(tmpdir(), `glossa-bench-${name}-`));
  let n = 0;
  const service = new NotebookService(await NotebookStore.open(dir), { newId: () => `bench${String(++n).padStart(5, '0')}`, now: () => new Date(Date.UTC(2026, 0, 1, 0, 0, n)) });
  return { dir, service };
};

/**
 * `count` annotations over the document: quotes of 2–40 characters (non-overlapping starts
 * are not required: overlaps are normal), 60 % with tags, 40 % with a Markdown note of one
 * to three lines, a few document notes without a target.
 */
export const makeAnnotations = (file: DocumentFile, random: Random, count: number): Annotation[] => {
  const text = canonicalText(file.document.blocks);
  const chain = markovChain(seedChinese());
  const out: Annotation[] = [];
  for (let k = 0; k < count; k++) {
    const withTarget = k % 50 !== 0;
    const start = random.int(text.length - 41);
    const end = start + 2 + random.int(39);
    const noteLines = random.next() < 0.4 ? 1 + random.int(3) : 0;
    const note = Array.from({ length: noteLines }, (_, i) => (i === 0 ? `**${chain(random, 4)}** ${chain(random, 10 + random.int(40))}` : `- ${chain(random, 8 + random.int(20))}`)).join('\n');
    const tags = random.next() < 0.6 ? [...new Set([random.pick(TAGS), ...(random.next() < 0.4 ? [random.pick(TAGS)] : [])])] : [];
    const at = new Date(Date.UTC(2026, 0, 1) + k * 60_000).toISOString();
    out.push({
      id: `${file.document.id}-a${String(k).padStart(5, '0')}`,
      documentId: file.document.id,
      ...(withTarget ? { target: describe(text, start, end) } : {}),
      color: random.pick(COLORS),
      tags,
      note,
      state: 'anchored',
      createdAt: at,
      updatedAt: at,
    });
  }
  return out;
};

/** One long article with many annotations (the reader and the annotations pane). */
export const bigArticleNotebook = async (characters: number, annotations: number, seed = 20261125) => {
  const random = createRandom(seed);
  const notebook = await tempNotebook('article');
  const summary = await notebook.service.importText({ text: makeArticle(random, characters), title: '長文：雲端市場的未來', format: 'text', fileName: 'long.zh.txt' });
  const file = await notebook.service.store.readDocument(summary.id);
  file.annotations = makeAnnotations(file, random, annotations);
  await notebook.service.store.saveDocument(file);
  return { ...notebook, documentId: summary.id, file };
};

/** A library of `count` short articles (3,000 characters each), written in one batch. */
export const libraryNotebook = async (count: number, characters = 3000, seed = 20261126) => {
  const random = createRandom(seed);
  const chain = markovChain(seedChinese());
  const notebook = await tempNotebook('library');
  const files: DocumentFile[] = [];
  for (let i = 0; i < count; i++) {
    const summary = await notebook.service.importText({
      text: makeArticle(random, characters),
      title: `${chain(random, 6 + random.int(20))}（${i + 1}）`,
      format: 'text',
      fileName: `a${i}.txt`,
    });
    const file = await notebook.service.store.readDocument(summary.id);
    file.annotations = makeAnnotations(file, random, random.int(12));
    files.push(file);
  }
  await notebook.service.store.saveDocuments(files);
  return { ...notebook, titles: files.map((f) => f.document.title) };
};
