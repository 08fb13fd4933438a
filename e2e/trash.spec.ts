import { annotate, callApi, importArticle } from './support/api';
import { card, documentTitles, library, mainToolbar, openApp, openDocument } from './support/app';
import { ARTICLE } from './support/article';
import { expect, test } from './support/fixtures';

const { strategy: KEPT, compute: GONE } = ARTICLE.quotes;

/** The trash in the app: what was deleted, until when, and back with one click. */
test('deleted articles and annotations come back from the trash', async ({ page, glossa }) => {
  const doc = await importArticle(glossa);
  const kept = await annotate(glossa, doc.id, { exact: KEPT, color: 'green', tags: ['策略'] });
  const gone = await annotate(glossa, doc.id, { exact: GONE, color: 'purple', note: '**算力**' });
  await callApi(glossa, 'deleteAnnotation', { documentId: doc.id, id: gone.id });
  const other = await callApi<{ id: string }>(glossa, 'importText', { text: '第二篇文章\n\n一段很長的內容。', title: '第二篇：一個很長很長的標題，用來看看垃圾桶裡長標題如何截斷與對齊，不會擠壓還原按鈕' });
  await callApi(glossa, 'deleteDocument', { id: other.id });

  await openApp(page, glossa, [ARTICLE.title]);
  await library(page).getByRole('button', { name: 'Trash', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Trash' });
  const rows = dialog.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: GONE })).toContainText(`in “${ARTICLE.title}”`);
  await expect(rows.filter({ hasText: '第二篇' })).toContainText('kept 30 more days');
  await page.screenshot({ path: 'reports/screenshots/trash-light.png' });

  await dialog.getByRole('button', { name: `Restore “${GONE}”` }).click();
  await expect(rows).toHaveCount(1);
  await dialog.getByRole('button', { name: /^Restore “第二篇/ }).click();
  await expect(dialog.getByText('The trash is empty.')).toBeVisible();
  await page.keyboard.press('Escape');

  await expect.poll(() => documentTitles(page)).toHaveLength(2);
  await openDocument(page, ARTICLE.title);
  await expect(card(page, GONE)).toBeVisible();
  await expect(card(page, KEPT)).toBeVisible();
  expect(kept.id).not.toBe(gone.id);
});

test('emptying the trash asks first, then deletes for good', async ({ page, glossa }) => {
  const doc = await importArticle(glossa);
  await callApi(glossa, 'deleteDocument', { id: doc.id });
  await openApp(page, glossa);
  await mainToolbar(page).getByRole('button', { name: 'Switch to the dark theme' }).click();
  await library(page).getByRole('button', { name: 'Trash', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Trash' });
  await dialog.getByRole('button', { name: 'Empty trash…' }).click();
  await expect(dialog.getByText('Delete 1 item for good?')).toBeVisible();
  await page.screenshot({ path: 'reports/screenshots/trash-dark.png' });
  await dialog.getByRole('button', { name: 'Keep them' }).click();
  await expect(dialog.getByRole('listitem')).toHaveCount(1);
  await dialog.getByRole('button', { name: 'Empty trash…' }).click();
  await dialog.getByRole('button', { name: 'Delete for good' }).click();
  await expect(dialog.getByText('The trash is empty.')).toBeVisible();
  expect(await callApi(glossa, 'listTrash', {})).toEqual([]);
});
