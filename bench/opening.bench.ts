import type { BenchRow } from './bench-table';
import { jsHeapMB, openSession } from './browser/harness';
import { libraryNotebook } from './browser/notebook';
import { frameWhen } from './browser/page-scripts';

/**
 * Opening the app on a library of 1,000 articles, in Chromium through `glossa serve`: from
 * navigation until the list is on screen and a click on an article has been answered (its
 * title is the reader's heading), and the page's JS heap after that. The baseline, in the
 * same run, is the same measurement on a library of one article: what the 999 others cost.
 */
const ARTICLES = 1000;

/**
 * In the page, from navigation start: the first frame with the list rendered; then a click
 * on its first article, and the first frame in which the reader shows that article.
 */
const OPEN_AND_CLICK = `(async () => {
  const listed = await ${frameWhen(`document.querySelector('.document-open')`)};
  const button = document.querySelector('.document-open');
  const title = button.getAttribute('title');
  const clicked = performance.now();
  button.click();
  const answered = await ${frameWhen(`document.querySelector('.glossa-reader-header h1')?.textContent === title`)};
  return { listed, clicked, answered, rows: document.querySelectorAll('.document-item').length };
})()`;

interface Opening {
  listed: number;
  clicked: number;
  answered: number;
  rows: number;
  heap: number;
}

const measure = async (articles: number): Promise<Opening> => {
  const nb = await libraryNotebook(articles);
  const session = await openSession(nb.dir);
  try {
    const { page } = session;
    // A first visit warms the HTTP cache of the app's own files, as a second launch would.
    await page.goto(session.server.url);
    await page.locator('.document-open').first().waitFor({ timeout: 60_000 });
    await page.reload();
    const result = (await page.evaluate(OPEN_AND_CLICK)) as Omit<Opening, 'heap'>;
    const heap = await jsHeapMB(page);
    return { ...result, heap };
  } finally {
    await session.close();
  }
};

export const run = async (): Promise<BenchRow[]> => {
  const big = await measure(ARTICLES);
  const one = await measure(1);
  const note = 'the same on a library of one article';
  return [
    {
      benchmark: `opening: ${ARTICLES} articles, list shown + a click answered`,
      figure: big.answered,
      unit: 'ms',
      target: 1000,
      baseline: one.answered,
      baselineNote: note,
    },
    { benchmark: `opening: list shown (${big.rows} rows rendered)`, figure: big.listed, unit: 'ms', baseline: one.listed, baselineNote: note },
    { benchmark: 'opening: click to article shown', figure: big.answered - big.clicked, unit: 'ms', baseline: one.answered - one.clicked, baselineNote: note },
    { benchmark: 'opening: JS heap after opening (CDP, after GC)', figure: big.heap, unit: 'MB', baseline: one.heap, baselineNote: note },
  ];
};
