import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { SEED_ABSENT, SEED_HEADINGS, SEED_PARAGRAPHS, SEED_PATH, SEED_TITLE, hasSeed } from '../data/test-support/seed';
import { importArticle, listDocuments } from './support/api';
import { articleText, chooseFiles, documentTitles, library, openApp, reader } from './support/app';
import { ARTICLE } from './support/article';
import { expect, test } from './support/fixtures';

/**
 * Importing a Chinese article (the seed, or our fixture without it) through the page's own
 * file picker (the hidden <input type=file> behind the Import button): what arrives on
 * screen, and what the notebook keeps.
 */
const WELCOME_TITLE = '歡迎使用 Glossa · Welcome to Glossa';

/** A fresh notebook imports and opens the welcome article first; wait for it to settle. */
const openFreshApp: typeof openApp = async (page, server) => {
  await openApp(page, server, [WELCOME_TITLE]);
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(WELCOME_TITLE);
};

const expectOnScreen = async (
  page: Parameters<typeof openApp>[0],
  { title, headings, paragraphs }: { title: string; headings: string[]; paragraphs: number },
) => {
  const main = reader(page);
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(articleText(page).getByRole('heading')).toHaveText(headings);
  await expect(articleText(page).locator('p')).toHaveCount(paragraphs);
};

/** The first and last paragraphs, whole: nothing was cut or decoded wrongly. */
const expectTextIntact = async (page: Parameters<typeof openApp>[0]) => {
  const lines = ARTICLE.text.trimEnd().split('\n');
  await expect(articleText(page).locator('p').first()).toHaveText(lines[1]);
  await expect(articleText(page).locator('p').last()).toHaveText(lines[lines.length - 1]);
};

const BLOCKS = ARTICLE.headings.length + ARTICLE.paragraphs;

test('a Chinese article imports through the file picker and shows its title, headings and paragraphs', async ({ page, glossa }) => {
  await openFreshApp(page, glossa);

  await chooseFiles(page, ARTICLE.path);

  await expect(page.getByRole('status').getByText('Imported 1 article.')).toBeVisible();
  await expectOnScreen(page, ARTICLE);
  await expectTextIntact(page);
  await expect(library(page).getByTitle(ARTICLE.title, { exact: true })).toHaveAttribute('aria-current', 'page');
  expect(await documentTitles(page)).toEqual(expect.arrayContaining([ARTICLE.title, WELCOME_TITLE]));

  const stored = (await listDocuments(glossa)).find((d) => d.title === ARTICLE.title);
  expect(stored).toMatchObject({ encoding: 'utf-8', fileName: ARTICLE.fileName, blockCount: BLOCKS });
});

test('a Big5 copy of the article imports with the same title and text', async ({ page, glossa }) => {
  const big5 = iconv.encode(ARTICLE.text, 'big5');
  // The test is only meaningful if the bytes really differ from the UTF-8 original.
  expect(big5.equals(readFileSync(ARTICLE.path))).toBe(false);
  await openFreshApp(page, glossa);

  await chooseFiles(page, { name: 'article.big5.txt', mimeType: 'text/plain', buffer: big5 });

  await expectOnScreen(page, ARTICLE);
  await expectTextIntact(page);
  const stored = (await listDocuments(glossa)).find((d) => d.fileName === 'article.big5.txt');
  expect(stored).toMatchObject({ title: ARTICLE.title, encoding: 'big5', blockCount: BLOCKS });
});

test('acceptance: the seed article shows its title, the headings 公共云優先 and 比起模型更想賣算力, and 23 paragraphs', async ({ page, glossa }) => {
  test.skip(!hasSeed, SEED_ABSENT);
  await openFreshApp(page, glossa);

  await chooseFiles(page, SEED_PATH);

  await expectOnScreen(page, { title: SEED_TITLE, headings: SEED_HEADINGS, paragraphs: SEED_PARAGRAPHS });
  const stored = (await listDocuments(glossa)).find((d) => d.title === SEED_TITLE);
  expect(stored).toMatchObject({ encoding: 'utf-8', blockCount: 25 });
});

test('a refused file is named in the interface language, and the notice follows a language switch', async ({ page, glossa }) => {
  await importArticle(glossa);
  await openApp(page, glossa, [ARTICLE.title]);
  await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: '繁體中文' });

  await chooseFiles(page, { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });

  const refusal = page.getByRole('alert').filter({ hasText: 'empty.txt' }).locator('.notice-text');
  await expect(refusal).toHaveText('未能匯入：empty.txt：檔案是空的');
  await page.screenshot({ path: 'reports/screenshots/import-refused-zh-hant.png' });

  // Worded when shown: the notice already on screen changes language with the interface.
  await page.getByRole('combobox', { name: '介面語言' }).selectOption({ label: '简体中文' });
  await expect(refusal).toHaveText('未能导入：empty.txt：文件是空的');
  await page.getByRole('combobox', { name: '界面语言' }).selectOption({ label: 'English' });
  await expect(refusal).toHaveText('Not imported: empty.txt: the file is empty');
});

