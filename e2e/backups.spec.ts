import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate, callApi, importArticle } from './support/api';
import { annotationsPane, card, library, openApp, openDocument } from './support/app';
import { ARTICLE } from './support/article';
import { expect, test } from './support/fixtures';
import { runGlossa, startGlossaServer } from './support/glossa-server';

const { strategy: KEPT, compute: LATER } = ARTICLE.quotes;

/** Backups in the app: made at start, restored from the dialog, and used to recover at start. */
test('restores a backup from the app, and the restore can itself be undone', async ({ page, glossa, notebook }) => {
  const doc = await importArticle(glossa);
  await annotate(glossa, doc.id, { exact: KEPT, color: 'green' });
  await callApi(glossa, 'createBackup', {});
  await annotate(glossa, doc.id, { exact: LATER, color: 'purple', note: '之後才加的' });

  await openApp(page, glossa, [ARTICLE.title]);
  await openDocument(page, ARTICLE.title);
  await expect(card(page, LATER)).toBeVisible();
  await library(page).getByRole('button', { name: 'Backups', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Backups' });
  // One made when `glossa serve` started, one made above: newest first.
  const rows = dialog.getByRole('listitem');
  await expect(rows).toHaveCount(2);
  await page.screenshot({ path: 'reports/screenshots/backups-light.png' });
  await rows.first().getByRole('button', { name: /^Restore the backup of/ }).click();
  await expect(dialog.getByText('Put the whole notebook back to this backup?')).toBeVisible();
  await dialog.getByRole('button', { name: 'Restore', exact: true }).click();
  await expect(dialog.getByRole('status').getByText(/^Restored the backup of/)).toBeVisible();
  // The safety backup of the notebook as it was, on top.
  await expect(rows).toHaveCount(3);
  await page.keyboard.press('Escape');

  await expect(card(page, KEPT)).toBeVisible();
  await expect(annotationsPane(page).getByText(LATER)).toHaveCount(0);
  const backups = readdirSync(join(notebook, 'backups')).filter((n) => !n.startsWith('.'));
  expect(backups).toHaveLength(3);
});

test('a damaged article file comes back from the newest backup at start, and the app says from when', async ({ page, notebook }) => {
  const first = await startGlossaServer(notebook);
  const doc = await importArticle(first);
  await callApi(first, 'createBackup', {});
  await first.stop();
  writeFileSync(join(notebook, 'documents', `${doc.id}.json`), '{"schemaVersion": 1, "document": ');

  const second = await startGlossaServer(notebook);
  try {
    await openApp(page, second, [ARTICLE.title]);
    await expect(page.getByRole('alert').filter({ hasText: `A damaged or missing file (documents/${doc.id}.json) was recovered from the backup of` })).toBeVisible();
    await openDocument(page, ARTICLE.title);
    const check = await runGlossa(['check'], notebook);
    expect(check.code).toBe(0);
    // The same screens in Traditional Chinese and the dark theme, kept for a person to look at.
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: '繁體中文' });
    await page.getByRole('button', { name: '切換為深色主題' }).click();
    await page.getByRole('button', { name: '備份', exact: true }).click();
    await expect(page.getByRole('dialog', { name: '備份' }).getByRole('listitem')).toHaveCount(3);
    await page.screenshot({ path: 'reports/screenshots/backups-recovered-dark-zh-hant.png' });
  } finally {
    await second.stop();
  }
});

test('a damaged article file with no backup to bring it back is named, and the rest opens', async ({ page, notebook }) => {
  const first = await startGlossaServer(notebook);
  const doc = await importArticle(first);
  await first.stop();
  writeFileSync(join(notebook, 'documents', `${doc.id}.json`), '{"schemaVersion": 1, "document": ');

  const second = await startGlossaServer(notebook);
  try {
    await openApp(page, second);
    const alert = page.getByRole('alert').filter({ hasText: `${doc.id}.json could not be read and was set aside` });
    await expect(alert).toBeVisible();
    await expect(alert).toContainText('no backup had a good copy');
    await expect(alert).toContainText(join(notebook, 'quarantine'));
    expect(readdirSync(join(notebook, 'quarantine')).some((f) => f.endsWith(`-${doc.id}.json`))).toBe(true);
    // In Traditional Chinese and the dark theme, kept for a person to look at.
    await page.getByRole('combobox', { name: 'Interface language' }).selectOption({ label: '繁體中文' });
    await page.getByRole('button', { name: '切換為深色主題' }).click();
    await expect(page.getByRole('alert').filter({ hasText: `無法讀取 ${doc.id}.json` })).toBeVisible();
    await page.screenshot({ path: 'reports/screenshots/set-aside-dark-zh-hant.png' });
  } finally {
    await second.stop();
  }
});
