import { annotate, importArticle } from './support/api';
import { card, paragraphWith, reader } from './support/app';
import { ARTICLE } from './support/article';
import { expect, test } from './support/fixtures';
import { runGlossa } from './support/glossa-server';

/**
 * An exported excerpt's `glossa://open?…` link, in browser mode at `/open?…`: the page opens
 * the article at that passage with its annotation selected, whichever article was open.
 */
/** From the last paragraph, so opening it must scroll. */
const LATE_QUOTE = ARTICLE.quotes.late;

test('a deep link from an export opens the article at its passage', async ({ page, glossa, notebook }) => {
  const doc = await importArticle(glossa);
  await annotate(glossa, doc.id, { exact: ARTICLE.quotes.strategy, color: 'green' });
  const last = await annotate(glossa, doc.id, { exact: LATE_QUOTE, color: 'purple', tags: ['結論'] });

  const exported = await runGlossa(['export', doc.id, '--links'], notebook);
  expect(exported.code).toBe(0);
  const links = [...exported.stdout.toString('utf8').matchAll(/\((glossa:\/\/open\?[^)\s]+)\)/g)].map((m) => m[1]);
  const link = links.find((l) => l.includes(last.id));
  expect(link, `no link to ${last.id} in the export`).toBeDefined();

  // The same query, in browser mode, with this run's token.
  const query = new URL(link!).search;
  await page.goto(`${glossa.origin}/open${query}&token=${glossa.token}`);

  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(ARTICLE.title);
  await expect(card(page, LATE_QUOTE)).toHaveAttribute('aria-current', 'true');
  await expect(paragraphWith(page, LATE_QUOTE)).toBeInViewport();
  await page.screenshot({ path: 'reports/screenshots/deep-link-opened.png' });
  // The address is back to the app's own, without the token or the passage.
  expect(new URL(page.url()).pathname).toBe('/');
  expect(page.url()).not.toContain(glossa.token);
});

test('a link to an article that is gone says so and opens nothing', async ({ page, glossa }) => {
  await importArticle(glossa);
  await page.goto(`${glossa.origin}/open?doc=0000000000000000&token=${glossa.token}`);
  await expect(page.getByRole('alert').filter({ hasText: 'points to an article that is not in this notebook' })).toBeVisible();
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText('No article open');
});
