import { readFile } from 'node:fs/promises';
import { annotate, importArticle } from './support/api';
import { card, mainToolbar, openApp, openDocument, paragraphWith, selectionToolbar, selectWithMouse } from './support/app';
import { ARTICLE } from './support/article';
import { expect, test } from './support/fixtures';
import { runGlossa } from './support/glossa-server';

/**
 * The page's "Export the article as Markdown" download and `glossa export` on the same
 * notebook folder produce the same bytes: one exporter, whichever door you use.
 */
const { selectable: UI_QUOTE, strategy, compute } = ARTICLE.quotes;

test('the exported Markdown download equals `glossa export` byte for byte', async ({ page, glossa, notebook }) => {
  const doc = await importArticle(glossa);
  await annotate(glossa, doc.id, { exact: strategy, color: 'green', tags: ['雲端策略', '組織'] });
  await annotate(glossa, doc.id, {
    exact: compute,
    color: 'purple',
    note: '**算力**才是生意:\n\n- 開源\n- 生態\n\n見 [報導](https://example.org/a?b=1&c=2)',
  });
  await openApp(page, glossa, [ARTICLE.title]);
  await openDocument(page, ARTICLE.title);

  // One more made by hand, so the export includes the page's own work too.
  await selectWithMouse(page, paragraphWith(page, UI_QUOTE), UI_QUOTE);
  await selectionToolbar(page).getByRole('button', { name: 'Highlight in Orange' }).click();
  await expect(card(page, UI_QUOTE)).toBeVisible();

  // The quick export of the open article (Ctrl/⌘+Shift+E, the menu, the palette).
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('ControlOrMeta+Shift+E');
  const download = await downloading;
  expect(await download.failure()).toBeNull();
  const fromPage = await readFile((await download.path())!);
  // A browser never tells the page whether the download was kept: it says downloading, not saved.
  await expect(page.getByRole('status').getByText(`Downloading ${download.suggestedFilename()}:`)).toBeVisible();

  const cli = await runGlossa(['export', doc.id], notebook);
  expect(cli.stderr).toBe('');
  expect(cli.code).toBe(0);

  // Readable diff first (if they differ at all), then the exact bytes.
  expect(fromPage.toString('utf8')).toBe(cli.stdout.toString('utf8'));
  expect(fromPage.equals(cli.stdout)).toBe(true);
  expect(download.suggestedFilename()).toMatch(/\.md$/);

  const markdown = fromPage.toString('utf8');
  expect(markdown).toContain(ARTICLE.title);
  for (const part of [UI_QUOTE, strategy, compute, '雲端策略', '**算力**才是生意']) expect(markdown).toContain(part);
});

test('the export dialog downloads what `glossa export DOC --links` prints', async ({ page, glossa, notebook }) => {
  test.setTimeout(120_000);
  const doc = await importArticle(glossa);
  await annotate(glossa, doc.id, { exact: compute, color: 'purple', tags: ['雲端策略'], note: '**算力**' });
  await openApp(page, glossa, [ARTICLE.title]);
  await openDocument(page, ARTICLE.title);

  await mainToolbar(page).getByRole('button', { name: 'Export as Markdown…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Export as Markdown' });
  await expect(dialog.getByRole('radio', { name: `This article: ${ARTICLE.title}` })).toBeChecked();
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download', exact: true }).click();
  const download = await downloading;
  const fromPage = await readFile((await download.path())!);

  const cli = await runGlossa(['export', doc.id, '--links'], notebook);
  expect(cli.code).toBe(0);
  expect(fromPage.toString('utf8')).toBe(cli.stdout.toString('utf8'));
  expect(fromPage.toString('utf8')).toContain(`glossa://open?doc=${doc.id}`);
});
