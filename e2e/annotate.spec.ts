import type { Locator } from '@playwright/test';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { TOKEN_STORAGE_KEY } from '../data/model/http-routes';
import {
  annotationsPane,
  card,
  chooseFiles,
  highlightSize,
  library,
  openApp,
  openDocument,
  paragraphWith,
  reader,
  selectionToolbar,
  selectWithMouse,
} from './support/app';
import { ARTICLE } from './support/article';
import { expect, test } from './support/fixtures';

/**
 * The core of the app, by hand: a mouse selection highlighted from the toolbar, an excerpt
 * with a Chinese tag, a Markdown note, and all of it still there after a reload.
 */
const HIGHLIGHT = ARTICLE.quotes.selectable;
const EXCERPT = ARTICLE.quotes.compute;
const TAG = '雲端策略';
const LINK = 'https://example.org/qwen';
const NOTE = `要點:\n\n- 公共云優先\n- 開源大模型\n\n[原文連結](${LINK})`;

/** The notebook's document files, concatenated: what is really on disk. */
const notebookText = (dir: string) =>
  readdirSync(join(dir, 'documents'))
    .filter((f) => f.endsWith('.json'))
    .map((f) => readFileSync(join(dir, 'documents', f), 'utf8'))
    .join('\n');

const expectNotePreview = async (scope: Locator) => {
  const preview = scope.locator('.note-preview').last();
  await expect(preview.locator('ul > li')).toHaveText(['公共云優先', '開源大模型']);
  const link = preview.getByRole('link', { name: '原文連結' });
  await expect(link).toHaveAttribute('href', LINK);
  await expect(link).toHaveAttribute('rel', /(^|\s)noopener(\s|$)/);
};

test('highlight, excerpt with a Chinese tag and a Markdown note survive a reload', async ({ page, glossa, notebook }) => {
  await openApp(page, glossa, ['歡迎使用 Glossa · Welcome to Glossa']);
  await chooseFiles(page, ARTICLE.path);
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(ARTICLE.title);

  await test.step('highlight a mouse selection in green from the selection toolbar', async () => {
    await selectWithMouse(page, paragraphWith(page, HIGHLIGHT), HIGHLIGHT);
    await selectionToolbar(page).getByRole('button', { name: 'Highlight in Green' }).click();
    await expect(card(page, HIGHLIGHT)).toBeVisible();
    await expect(card(page, HIGHLIGHT).getByRole('combobox', { name: 'Colour' })).toHaveValue('green');
    await expect.poll(() => highlightSize(page, 'glossa-green')).toBe(1);
    await expect(selectionToolbar(page)).toBeHidden();
  });

  await test.step('clip an excerpt tagged 雲端策略 through the tag field', async () => {
    await selectWithMouse(page, paragraphWith(page, EXCERPT), EXCERPT);
    await selectionToolbar(page).getByRole('button', { name: 'Excerpt', exact: true }).click();
    const tags = page.getByRole('group', { name: 'Excerpt tags' });
    const input = tags.getByRole('combobox', { name: 'Add a tag' });
    await expect(input).toBeFocused();
    await input.pressSequentially(TAG);
    await input.press('Enter');
    await expect(tags.getByRole('list', { name: 'Tags for this excerpt' }).getByRole('listitem')).toHaveText([`${TAG}×`]);
    await tags.getByRole('button', { name: 'Save excerpt' }).click();

    await expect(card(page, EXCERPT).getByRole('list', { name: 'Tags' })).toHaveText(TAG);
    await expect.poll(() => highlightSize(page, 'glossa-yellow')).toBe(1);
    await expect(library(page).getByRole('button', { name: new RegExp(`${TAG}\\s*1`) })).toBeVisible();
    await expect(library(page).getByTitle(ARTICLE.title, { exact: true })).toContainText('1 excerpt');
  });

  await test.step('write a note with a list and a link; the preview renders them safely', async () => {
    const highlightCard = card(page, HIGHLIGHT);
    await highlightCard.getByRole('button', { name: 'Add a note' }).click();
    const textarea = highlightCard.getByRole('textbox', { name: 'Note (Markdown)' });
    await expect(textarea).toBeFocused();
    await textarea.fill(NOTE);
    await expectNotePreview(highlightCard.getByRole('region', { name: 'Preview' }));
    await highlightCard.getByRole('button', { name: 'Done' }).click();
    await expect(highlightCard.getByRole('button', { name: 'Edit note' })).toBeVisible();
    await expectNotePreview(highlightCard);
    // Saved to the notebook (not only shown) before the page goes away.
    await expect.poll(() => notebookText(notebook)).toContain(JSON.stringify(NOTE).slice(1, -1));
  });

  await test.step('reload: the token comes from sessionStorage and everything is found again', async () => {
    expect(page.url()).not.toContain('token=');
    await page.reload();
    expect(page.url()).not.toContain('token=');
    expect(await page.evaluate((key) => sessionStorage.getItem(key), TOKEN_STORAGE_KEY)).toBe(glossa.token);
    // The API answers (the library lists the article), so the stored token was accepted.
    await openDocument(page, ARTICLE.title);

    await expect(annotationsPane(page).getByRole('article')).toHaveCount(2);
    await expect(card(page, HIGHLIGHT).getByRole('combobox', { name: 'Colour' })).toHaveValue('green');
    await expect(card(page, EXCERPT).getByRole('list', { name: 'Tags' })).toHaveText(TAG);
    await expectNotePreview(card(page, HIGHLIGHT));
    await expect.poll(() => highlightSize(page, 'glossa-green')).toBe(1);
    await expect.poll(() => highlightSize(page, 'glossa-yellow')).toBe(1);
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
