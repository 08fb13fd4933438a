import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { COLORS, type DocumentFile } from '../../data/model/schemas';
import { NotebookStore } from '../../data/store/notebook-store';
import { annotationOf, documentFile, joinParagraphs, paragraphs, randomSpans } from './article';
import { withoutFsync } from './counting-fs';
import type { Chain } from './markov';
import type { Random } from './random';

/**
 * A notebook at the scale the benchmarks are about: 1,000 articles of about 3,000
 * characters, 50 annotations each (50,000), half with a Markdown note, most with tags.
 */
export const ARTICLES = 1000;
export const ANNOTATIONS_PER_ARTICLE = 50;
const CHARACTERS = 3000;
const TAGS = ['策略', '策略/公共雲', '雲計算', 'AI', 'ai/模型', '開源', '研究/雲端', '政企'];

export const notebookFiles = (chain: Chain, random: Random): DocumentFile[] =>
  Array.from({ length: ARTICLES }, (_, i) => {
    const id = `doc${String(i).padStart(4, '0')}`;
    const list = paragraphs(chain, random, CHARACTERS);
    const text = joinParagraphs(list);
    const file = documentFile(id, chain.text(random, 6 + random.int(14)), list);
    file.document.createdAt = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
    file.annotations = randomSpans(text, random, ANNOTATIONS_PER_ARTICLE, 4, 40).map((span, k) => {
      const note = random.next() < 0.5 ? `**${chain.text(random, 4)}** ${chain.text(random, 20 + random.int(60))}` : '';
      const a = annotationOf(id, `${id}-a${k}`, text, span, note);
      a.color = random.pick(COLORS);
      a.tags = random.next() < 0.7 ? [...new Set([random.pick(TAGS), random.pick(TAGS)])] : [];
      return a;
    });
    return file;
  });

/**
 * Writes the notebook into a fresh temp folder through the store's own API (saveDocuments:
 * every document file, then the index once), without fsync so that generating it takes
 * seconds; the measured operations later use a store opened normally.
 */
export const writeNotebook = async (files: readonly DocumentFile[]): Promise<string> => {
  const dir = mkdtempSync(join(tmpdir(), 'glossa-bench-'));
  const store = await NotebookStore.open(dir, { fs: withoutFsync });
  await store.saveDocuments(files);
  return dir;
};
