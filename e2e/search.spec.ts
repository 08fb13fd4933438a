import AxeBuilder from '@axe-core/playwright';
import { annotate, importArticle } from './support/api';
import { annotationsPane, card, highlightSize, library, openApp, reader } from './support/app';
import { ARTICLE } from './support/article';
import { expect, test } from './support/fixtures';

/** The library search, in the real renderer over browser mode: Traditional finds Simplified. */
const HYBRID = ARTICLE.quotes.hybrid;

test('searching 阿里雲 finds the article written with 阿里云, opens a passage and an annotation, Escape clears', async ({ page, glossa }) => {
  const doc = await importArticle(glossa);
  await annotate(glossa, doc.id, { exact: HYBRID, color: 'pink', tags: ['政企'], note: '阿里雲的另一條線' });
  await openApp(page, glossa, [ARTICLE.title]);

  await page.keyboard.press('Control+f');
  const box = library(page).getByRole('searchbox', { name: 'Search the notebook' });
  await expect(box).toBeFocused();
  await box.fill('阿里雲');
  const results = library(page).getByRole('region', { name: 'Search results' });
  await expect(results.locator('.search-status')).toHaveText(/^\d+ matches in 1 article$/);
  await expect(results.locator('.search-doc')).toHaveText([ARTICLE.title]);
  // The article writes 阿里云: the marks are on the article's own characters.
  await expect(results.locator('mark').first()).toHaveText('阿里云');
  const axe = await new AxeBuilder({ page }).include('.pane-library').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);

  await results.locator('.search-hit').filter({ hasText: 'Text' }).nth(2).click();
  await expect(reader(page).getByRole('heading', { name: ARTICLE.title })).toBeVisible();
  await expect.poll(() => highlightSize(page, 'glossa-flash')).toBe(1);

  await results.locator('.search-hit').filter({ hasText: '另一條線' }).click();
  await expect(card(page, HYBRID)).toHaveAttribute('aria-current', 'true');
  await expect(annotationsPane(page).getByRole('article')).toHaveCount(1);

  await box.focus();
  await page.keyboard.press('Escape');
  await expect(box).toHaveValue('');
  await expect(results).toHaveCount(0);
  await expect(library(page).locator('.document-title')).toHaveText([ARTICLE.title]);
});
