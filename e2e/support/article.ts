import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { SEED_HEADINGS, SEED_PARAGRAPHS, SEED_PATH, SEED_TITLE, hasSeed } from '../../data/test-support/seed';

/**
 * The Chinese article the specs work on: the shared seed when it is there, else our own
 * fixture (e2e/fixtures/cloud-article.zh.txt), so the suite runs in any clone. Specs take
 * their quotes from here, so the same steps run on either article; only what is true of
 * the seed alone (its title, headings, paragraph count) is asserted under `hasSeed`.
 */
/** Passages with a job in the specs; each occurs exactly once in the article's text. */
export interface ArticleQuotes {
  /** In the first paragraph. */
  opening: string;
  /** A long passage with a 、 in it. */
  strategy: string;
  committee: string;
  /** In a later paragraph of the first section. */
  hybrid: string;
  /** Short, in the second section. */
  compute: string;
  /** Selected with the mouse; not in the paragraphs of `strategy` or `compute`. */
  selectable: string;
  /** In the last paragraph, so reaching it means scrolling. */
  late: string;
}

export interface TestArticle {
  kind: 'seed' | 'fixture';
  path: string;
  /** As the file picker and the notebook name it. */
  fileName: string;
  text: string;
  title: string;
  headings: string[];
  paragraphs: number;
  quotes: ArticleQuotes;
}

export const FIXTURE_PATH = join(__dirname, '..', 'fixtures', 'cloud-article.zh.txt');

const seedQuotes: ArticleQuotes = {
  opening: '阿里云舉行通義千問發布會',
  strategy: '公共云業務事業部以規模優先、擴大市場占有率為目標',
  committee: '基礎設施委員會',
  hybrid: '混合云業務事業部',
  compute: '比起大模型本身',
  selectable: '阿里云首次成立了專門的公共云業務事業部',
  late: '值得一提的是,在向大模型生態',
};

const fixtureQuotes: ArticleQuotes = {
  opening: '阿里云在杭州舉辦年度開發者大會',
  strategy: '新設的雲端事業群以擴大客戶數量、提升資源使用率為首要目標',
  committee: '技術治理委員會',
  hybrid: '專屬雲服務小組',
  compute: '比起直接販售模型授權',
  selectable: '標準化的公有雲服務一旦累積足夠的客戶',
  late: '這場押注能否成功',
};

const load = (): TestArticle => {
  const path = hasSeed ? SEED_PATH : FIXTURE_PATH;
  const text = readFileSync(path, 'utf8');
  const article: TestArticle = hasSeed
    ? { kind: 'seed', path, fileName: basename(path), text, title: SEED_TITLE, headings: SEED_HEADINGS, paragraphs: SEED_PARAGRAPHS, quotes: seedQuotes }
    : { kind: 'fixture', path, fileName: basename(path), text, title: '阿里云的雲端新賭局', headings: ['規模優先的組織調整', '賣模型不如賣算力'], paragraphs: 8, quotes: fixtureQuotes };
  // A quote that is missing, ambiguous or misplaced would fail far away, in a locator; say so here.
  for (const [role, quote] of Object.entries(article.quotes)) {
    const count = text.split(quote).length - 1;
    if (count !== 1) throw new Error(`${path}: the "${role}" quote "${quote}" occurs ${count} times, not once`);
  }
  const lines = text.trimEnd().split('\n');
  const inOneLine = (a: string, b: string) => lines.some((line) => line.includes(a) && line.includes(b));
  const { opening, strategy, compute, selectable, late } = article.quotes;
  if (!lines[1].includes(opening)) throw new Error(`${path}: "${opening}" is not in the first paragraph`);
  if (!lines[lines.length - 1].includes(late)) throw new Error(`${path}: "${late}" is not in the last paragraph`);
  if (inOneLine(selectable, strategy) || inOneLine(selectable, compute)) throw new Error(`${path}: "${selectable}" shares a paragraph with another quote`);
  return article;
};

export const ARTICLE = load();
