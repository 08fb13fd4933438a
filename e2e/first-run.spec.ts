import { listDocuments } from './support/api';
import { annotationsPane, documentTitles, library, mainToolbar, openApp, reader } from './support/app';
import { expect, test } from './support/fixtures';

/** A brand-new notebook: the welcome article, then every empty state once it is gone. */
const WELCOME_TITLE = '歡迎使用 Glossa · Welcome to Glossa';

test('a fresh notebook opens the welcome article and explains the empty panes', async ({ page, glossa }) => {
  expect(await listDocuments(glossa)).toEqual([]);
  await openApp(page, glossa);

  // The welcome article is imported once and opened.
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(WELCOME_TITLE);
  await expect(reader(page).getByRole('heading', { name: '試試看 · Try it' })).toBeVisible();
  await expect(reader(page).getByRole('link', { name: 'commonmark.org' })).toHaveAttribute('href', 'https://commonmark.org/');
  expect(await documentTitles(page)).toEqual([WELCOME_TITLE]);
  await expect.poll(async () => (await listDocuments(glossa)).map((d) => d.title)).toEqual([WELCOME_TITLE]);

  // It shows the features rather than only describing them: two overlapping highlights and
  // an excerpt with a Chinese tag and a note, its tag already listed in the library.
  await expect(annotationsPane(page).getByRole('article')).toHaveCount(3);
  await expect(library(page).getByRole('button', { name: /讀書方法\s*1/ })).toBeVisible();

  // Without any article: the library's empty state, with the way back to the welcome article.
  await library(page).getByRole('button', { name: `Delete “${WELCOME_TITLE}”` }).click();
  await expect(reader(page).getByRole('heading', { name: 'Your library is empty', level: 1 })).toBeVisible();
  await expect(reader(page).getByRole('button', { name: 'Import files…' })).toBeVisible();
  await expect(library(page).getByText(/Import plain text, Markdown or saved web pages/)).toBeVisible();
  await expect(annotationsPane(page).getByText('Open an article to see its annotations here.')).toBeVisible();
  await expect(mainToolbar(page).getByRole('button', { name: 'Export as Markdown…' })).toBeDisabled();

  // A reload does not bring it back by itself (it was shown once)...
  await page.reload();
  await expect(reader(page).getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  // ...but the empty state's button does.
  await reader(page).getByRole('button', { name: 'Add the welcome article' }).click();
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(WELCOME_TITLE);
  expect(await documentTitles(page)).toEqual([WELCOME_TITLE]);
});
