import { SEED_TITLE, annotate, callApi, importSeed } from './support/api';
import { card, documentTitles, library, mainToolbar, openApp, openDocument } from './support/app';
import { expect, test } from './support/fixtures';

/** The trash in the app: what was deleted, until when, and back with one click. */
test('deleted articles and annotations come back from the trash', async ({ page, glossa }) => {
  const seed = await importSeed(glossa);
  const kept = await annotate(glossa, seed.id, { exact: '公共云業務事業部以規模優先', color: 'green', tags: ['策略'] });
  const gone = await annotate(glossa, seed.id, { exact: '比起大模型本身', color: 'purple', note: '**算力**' });
  await callApi(glossa, 'deleteAnnotation', { documentId: seed.id, id: gone.id });
  const other = await callApi<{ id: string }>(glossa, 'importText', { text: '第二篇文章\n\n一段很長的內容。', title: '第二篇：一個很長很長的標題，用來看看垃圾桶裡長標題如何截斷與對齊，不會擠壓還原按鈕' });
  await callApi(glossa, 'deleteDocument', { id: other.id });

  await openApp(page, glossa, [SEED_TITLE]);
  await library(page).getByRole('button', { name: 'Trash', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Trash' });
  const rows = dialog.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: '比起大模型本身' })).toContainText(`in “${SEED_TITLE}”`);
  await expect(rows.filter({ hasText: '第二篇' })).toContainText('kept 30 more days');
  await page.screenshot({ path: 'reports/screenshots/trash-light.png' });

  await dialog.getByRole('button', { name: 'Restore “比起大模型本身”' }).click();
  await expect(rows).toHaveCount(1);
  await dialog.getByRole('button', { name: /^Restore “第二篇/ }).click();
  await expect(dialog.getByText('The trash is empty.')).toBeVisible();
  await page.keyboard.press('Escape');

  await expect.poll(() => documentTitles(page)).toHaveLength(2);
  await openDocument(page, SEED_TITLE);
  await expect(card(page, '比起大模型本身')).toBeVisible();
  await expect(card(page, '公共云業務事業部以規模優先')).toBeVisible();
  expect(kept.id).not.toBe(gone.id);
});

test('emptying the trash asks first, then deletes for good', async ({ page, glossa }) => {
  const seed = await importSeed(glossa);
  await callApi(glossa, 'deleteDocument', { id: seed.id });
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
