import type { Page, TestInfo } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { callApi, importArticle, listAnnotations } from './support/api';
import { annotationsPane, card, highlightSize, mainToolbar, openApp, openDocument, paragraphWith, reader, selectedText, selectWithMouse, selectionToolbar } from './support/app';
import { ARTICLE } from './support/article';
import { expect, test } from './support/fixtures';
import { ROOT } from './support/glossa-server';

/**
 * The command palette acting on the reader's selection, the keys that used to work only in
 * the desktop menu, and screenshots of the `?` dialog and the palette (light English, dark
 * 繁體中文) written to reports/screenshots/.
 */
const SCREENSHOTS = join(ROOT, 'reports', 'screenshots');
const { selectable } = ARTICLE.quotes;

const keepScreenshot = async (page: Page, testInfo: TestInfo, name: string) => {
  await page.evaluate(() => document.fonts.ready);
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  writeFileSync(file, png);
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
};

const palette = (page: Page) => page.getByRole('dialog', { name: 'Command palette' });
const paletteInput = (page: Page) => palette(page).getByRole('combobox');

test.beforeEach(async ({ page, glossa }) => {
  await importArticle(glossa);
  await openApp(page, glossa, [ARTICLE.title]);
  await openDocument(page, ARTICLE.title);
});

const selectPassage = async (page: Page) => {
  await selectWithMouse(page, paragraphWith(page, selectable), selectable);
  await expect(selectionToolbar(page)).toBeVisible();
};

test('the palette highlights the selection it was opened on, in the chosen colour', async ({ page, glossa }) => {
  await selectPassage(page);
  await page.keyboard.press('ControlOrMeta+k');
  await expect(paletteInput(page)).toBeFocused();
  const green = palette(page).getByRole('option', { name: /Highlight the selection in Green/ });
  await expect(green).toContainText('2');
  await paletteInput(page).pressSequentially('highlight green');
  await paletteInput(page).press('Enter');
  await expect(palette(page)).toHaveCount(0);
  await expect(card(page, selectable)).toBeVisible();
  await expect.poll(() => highlightSize(page, 'glossa-green')).toBe(1);
  const [annotation] = await listAnnotations(glossa, (await callApi<{ id: string }[]>(glossa, 'listDocuments', {}))[0].id);
  expect(annotation).toMatchObject({ color: 'green', target: { quote: { exact: selectable } } });
});

test('closing the palette gives the selection back; "excerpt" opens the reader’s tag field on it', async ({ page }) => {
  await selectPassage(page);
  await page.keyboard.press('ControlOrMeta+k');
  await expect(palette(page)).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(palette(page)).toHaveCount(0);
  await expect.poll(() => selectedText(page)).toBe(selectable);
  await expect(selectionToolbar(page)).toBeVisible();

  await page.keyboard.press('ControlOrMeta+k');
  await paletteInput(page).pressSequentially('clip excerpt');
  await expect(palette(page).getByRole('option')).toHaveCount(1);
  await paletteInput(page).press('Enter');
  const tags = page.getByRole('group', { name: 'Excerpt tags' }).getByRole('combobox', { name: 'Add a tag' });
  await expect(tags).toBeFocused();
  await tags.pressSequentially('雲端');
  await tags.press('Enter');
  await tags.press('Enter');
  await expect(card(page, selectable)).toContainText('雲端');
});

test('without a selection the palette has no selection commands, and reaches the article’s own', async ({ page }) => {
  await reader(page).getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('ControlOrMeta+k');
  await paletteInput(page).pressSequentially('highlight the selection');
  await expect(palette(page).getByText('No command or article matches.')).toBeVisible();
  await paletteInput(page).fill('edit the article note');
  await paletteInput(page).press('Enter');
  await expect(annotationsPane(page).getByRole('textbox', { name: 'Note about the whole article (Markdown)' })).toBeFocused();
});

test('the keys that were the menu’s alone work in the page: theme and panes', async ({ page }) => {
  await reader(page).getByRole('heading', { level: 1 }).click();
  const theme = await page.locator('html').getAttribute('data-theme');
  await page.keyboard.press('ControlOrMeta+Shift+L');
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', theme ?? '');
  await page.keyboard.press('ControlOrMeta+Shift+Digit2');
  await expect(annotationsPane(page)).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+Shift+Digit2');
  await expect(annotationsPane(page)).toBeVisible();
});

test('screenshots: the ? dialog and the palette, light English and dark 繁體中文', async ({ page, glossa }, testInfo) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await reader(page).getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  await keepScreenshot(page, testInfo, 'shortcuts-light');
  await page.keyboard.press('Escape');
  await selectPassage(page);
  await page.keyboard.press('ControlOrMeta+k');
  await expect(palette(page)).toBeVisible();
  await keepScreenshot(page, testInfo, 'palette-light');
  await page.keyboard.press('Escape');

  await callApi(glossa, 'updateSettings', { patch: { language: 'zh-Hant', theme: 'dark' } });
  await page.reload();
  await expect(mainToolbar(page).or(page.getByRole('toolbar', { name: '主工具列' }))).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.getByRole('navigation').getByTitle(ARTICLE.title, { exact: true }).click();
  await page.getByRole('main').getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('?');
  await expect(page.getByRole('dialog', { name: '鍵盤快捷鍵' })).toBeVisible();
  await keepScreenshot(page, testInfo, 'shortcuts-zh-hant-dark');
  await page.keyboard.press('Escape');
  await selectWithMouse(page, page.getByRole('main').locator('article p').filter({ hasText: selectable }), selectable);
  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.getByRole('dialog', { name: '命令面板' })).toBeVisible();
  await keepScreenshot(page, testInfo, 'palette-zh-hant-dark');
});
