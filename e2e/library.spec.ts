import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importArticle, listDocuments } from './support/api';
import { chooseFiles, documentTitles, library, openApp, openDocument, reader } from './support/app';
import { ARTICLE } from './support/article';
import { expect, test } from './support/fixtures';

/** The library list: refused imports change nothing, and a delete can be undone. */
const documentFiles = (notebook: string) => readdirSync(join(notebook, 'documents')).filter((f) => f.endsWith('.json')).sort();

/** A few bytes of a PNG: NULs and control bytes no text file has. */
const BINARY = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01, 0x00, 0x00, 0xff, 0xfe, 0x00, 0x07]);

test('an empty and a binary .txt are refused with the file named, and the library stays as it was', async ({ page, glossa, notebook }) => {
  await importArticle(glossa);
  await openApp(page, glossa, [ARTICLE.title]);
  const titlesBefore = await documentTitles(page);
  const filesBefore = documentFiles(notebook);
  expect(titlesBefore).toEqual([ARTICLE.title]);

  await chooseFiles(page, { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) });
  await expect(page.getByRole('alert').filter({ hasText: 'empty.txt' })).toContainText('Not imported: empty.txt');

  await chooseFiles(page, { name: 'binary.txt', mimeType: 'text/plain', buffer: BINARY });
  await expect(page.getByRole('alert').filter({ hasText: 'binary.txt' })).toContainText('Not imported: binary.txt');

  // Both errors stay (until dismissed); nothing was imported or opened.
  await expect(page.getByRole('alert')).toHaveCount(2);
  await expect(page.getByText(/^Imported \d+ article/)).toHaveCount(0);
  expect(await documentTitles(page)).toEqual(titlesBefore);
  expect(documentFiles(notebook)).toEqual(filesBefore);
  expect((await listDocuments(glossa)).map((d) => d.title)).toEqual(titlesBefore);
  await expect(reader(page).getByRole('heading', { name: 'No article open' })).toBeVisible();

  // Dismissing an error removes just that one.
  await page.getByRole('alert').filter({ hasText: 'empty.txt' }).getByRole('button', { name: 'Dismiss' }).click();
  await expect(page.getByRole('alert')).toHaveCount(1);
});

test('deleting an article moves it to the trash, and Undo brings it back', async ({ page, glossa, notebook }) => {
  const doc = await importArticle(glossa);
  await openApp(page, glossa, [ARTICLE.title]);
  await openDocument(page, ARTICLE.title);
  const file = join(notebook, 'documents', `${doc.id}.json`);
  expect(existsSync(file)).toBe(true);

  await library(page).getByRole('button', { name: `Delete “${ARTICLE.title}”` }).click();
  const toast = page.getByRole('status').locator('.notice').filter({ hasText: `Deleted “${ARTICLE.title}”.` });
  await expect(toast).toBeVisible();
  await expect(library(page).getByTitle(ARTICLE.title, { exact: true })).toHaveCount(0);
  await expect(reader(page).getByRole('heading', { name: 'Your library is empty' })).toBeVisible();
  await expect.poll(() => existsSync(file)).toBe(false);
  expect(readdirSync(join(notebook, 'trash')).join(' ')).toContain(doc.id);

  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(library(page).getByTitle(ARTICLE.title, { exact: true })).toBeVisible();
  // Undo reopens the restored article, whole.
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(ARTICLE.title);
  await expect(reader(page).locator('article p')).toHaveCount(ARTICLE.paragraphs);
  await expect.poll(() => existsSync(file)).toBe(true);
  expect((await listDocuments(glossa)).map((d) => d.id)).toEqual([doc.id]);
});
