import iconv from 'iconv-lite';
import { readFileSync } from 'node:fs';
import { SEED_HEADINGS, SEED_PARAGRAPHS, SEED_PATH, SEED_TITLE, listDocuments, seedText } from './support/api';
import { articleText, chooseFiles, documentTitles, library, openApp, reader } from './support/app';
import { expect, test } from './support/fixtures';

/**
 * Importing the seed article through the page's own file picker (the hidden <input
 * type=file> behind the Import button): what arrives on screen, and what the notebook keeps.
 */
const WELCOME_TITLE = '歡迎使用 Glossa · Welcome to Glossa';

/** A fresh notebook imports and opens the welcome article first; wait for it to settle. */
const openFreshApp: typeof openApp = async (page, server) => {
  await openApp(page, server, [WELCOME_TITLE]);
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(WELCOME_TITLE);
};

const expectSeedOnScreen = async (page: Parameters<typeof openApp>[0]) => {
  const main = reader(page);
  await expect(main.getByRole('heading', { level: 1 })).toHaveText(SEED_TITLE);
  for (const heading of SEED_HEADINGS) await expect(main.getByRole('heading', { name: heading, exact: true })).toBeVisible();
  await expect(articleText(page).locator('p')).toHaveCount(SEED_PARAGRAPHS);
  // The first and last paragraphs, whole: nothing was cut or decoded wrongly.
  const lines = seedText().split('\n');
  await expect(articleText(page).locator('p').first()).toHaveText(lines[1]);
  await expect(articleText(page).locator('p').last()).toHaveText(lines[lines.length - 1]);
};

test('the seed article imports through the file picker and shows its title, headings and 23 paragraphs', async ({ page, glossa }) => {
  await openFreshApp(page, glossa);

  await chooseFiles(page, SEED_PATH);

  await expect(page.getByRole('status').getByText('Imported 1 article.')).toBeVisible();
  await expectSeedOnScreen(page);
  await expect(library(page).getByTitle(SEED_TITLE, { exact: true })).toHaveAttribute('aria-current', 'page');
  expect(await documentTitles(page)).toEqual(expect.arrayContaining([SEED_TITLE, WELCOME_TITLE]));

  const stored = (await listDocuments(glossa)).find((d) => d.title === SEED_TITLE);
  expect(stored).toMatchObject({ encoding: 'utf-8', fileName: 'article.zh.txt', blockCount: 25 });
});

test('a Big5 copy of the seed imports with the same title and text', async ({ page, glossa }) => {
  const big5 = iconv.encode(seedText(), 'big5');
  // The test is only meaningful if the bytes really differ from the UTF-8 original.
  expect(big5.equals(readFileSync(SEED_PATH))).toBe(false);
  await openFreshApp(page, glossa);

  await chooseFiles(page, { name: 'article.big5.txt', mimeType: 'text/plain', buffer: big5 });

  await expectSeedOnScreen(page);
  const stored = (await listDocuments(glossa)).find((d) => d.fileName === 'article.big5.txt');
  expect(stored).toMatchObject({ title: SEED_TITLE, encoding: 'big5', blockCount: 25 });
});
