import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { annotate, callApi, importArticle } from './support/api';
import { annotationsPane, card, highlightSize, mainToolbar, openApp, openDocument } from './support/app';
import { ARTICLE } from './support/article';
import { expect, test } from './support/fixtures';
import { ROOT } from './support/glossa-server';

/**
 * The main screen with an article and its annotations, in the light and the dark theme:
 * axe-core finds no serious or critical problem, and a screenshot of each is kept
 * (attached to the report and written to reports/screenshots/ for CI to keep).
 */
const SCREENSHOTS = join(ROOT, 'reports', 'screenshots');
const { opening, strategy: SELECTED, committee, hybrid } = ARTICLE.quotes;

const seriousViolations = async (page: Page) => {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help}\n  ${v.nodes.map((n) => n.target.join(' ')).join('\n  ')}`);
};

const keepScreenshot = async (page: Page, testInfo: TestInfo, name: string) => {
  const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
  mkdirSync(SCREENSHOTS, { recursive: true });
  const file = join(SCREENSHOTS, `${name}.png`);
  writeFileSync(file, png);
  // By path: the report links a copy instead of inlining the PNG as base64 in its JSON.
  await testInfo.attach(name, { path: file, contentType: 'image/png' });
};

test('the main screen has no serious axe violations, light and dark, and is photographed', async ({ page, glossa }, testInfo) => {
  const doc = await importArticle(glossa);
  await annotate(glossa, doc.id, { exact: opening, color: 'yellow' });
  await annotate(glossa, doc.id, { exact: SELECTED, color: 'green', tags: ['雲端策略', '組織架構'] });
  await annotate(glossa, doc.id, {
    exact: committee,
    color: 'blue',
    note: '**重點**\n\n- 吳泳銘統籌\n- 提高運行效率\n\n[原文](https://example.org/aliyun)',
  });
  await annotate(glossa, doc.id, { exact: hybrid, color: 'pink', tags: ['政企'] });
  await callApi(glossa, 'updateDocument', { id: doc.id, note: '阿里云的**公共云優先**戰略筆記。' });

  await page.emulateMedia({ colorScheme: 'light' });
  await openApp(page, glossa, [ARTICLE.title]);
  await openDocument(page, ARTICLE.title);
  await expect(annotationsPane(page).getByRole('article')).toHaveCount(4);
  for (const colour of ['yellow', 'green', 'blue', 'pink']) await expect.poll(() => highlightSize(page, `glossa-${colour}`)).toBe(1);

  // One annotation selected from its card, as while working; wait for its reveal flash to end.
  // The first one, so that the screenshots show the article's title too.
  await card(page, opening).getByRole('button', { name: opening }).click();
  await expect(card(page, opening)).toHaveAttribute('aria-current', 'true');
  await expect.poll(() => highlightSize(page, 'glossa-selected')).toBe(1);
  await expect.poll(() => highlightSize(page, 'glossa-flash')).toBe(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.evaluate(() => document.fonts.ready);

  await test.step('light theme', async () => {
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, testInfo, 'main-light');
  });

  await test.step('dark theme', async () => {
    await mainToolbar(page).getByRole('button', { name: 'Switch to the dark theme' }).click();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await expect(mainToolbar(page).getByRole('button', { name: 'Switch to the light theme' })).toBeVisible();
    expect(await seriousViolations(page)).toEqual([]);
    await keepScreenshot(page, testInfo, 'main-dark');
  });
});
