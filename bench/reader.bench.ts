import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BenchRow } from './bench-table';
import { launchChromium, openSession } from './browser/harness';
import { bigArticleNotebook } from './browser/notebook';
import { frameWhen, LONG_TASK_RECORDER, longTasksAfter } from './browser/page-scripts';
import { markedArticlePage } from './browser/static-pages';

/**
 * The reader on a 300,000-character Chinese article with 5,000 highlights (CSS Custom
 * Highlight API), in Chromium through `glossa serve`: from the click that opens it, how soon
 * the first text is on screen, how soon every highlight is painted (the whole article
 * rendered and every highlight on or near the screen registered), and the longest task
 * after the text appeared (a task over 50 ms is a visible stall). The baseline, in the same
 * run, is a static page of the same blocks with every highlight wrapped in <mark> elements,
 * timed from navigation to the first frame after load (everything painted at once).
 */
const CHARACTERS = 300_000;
const HIGHLIGHTS = 5_000;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const measureApp = async () => {
  const nb = await bigArticleNotebook(CHARACTERS, HIGHLIGHTS);
  const session = await openSession(nb.dir);
  try {
    const { page } = session;
    await page.addInitScript(LONG_TASK_RECORDER);
    await page.goto(session.server.url);
    await page.locator('.document-open').first().waitFor({ timeout: 60_000 });
    await page.evaluate(frameWhen('document.fonts.status === "loaded"'));
    const clicked = (await page.evaluate(`(() => { const t = performance.now(); document.querySelector('.document-open').click(); return t; })()`)) as number;
    const textShown = (await page.evaluate(frameWhen(`document.querySelector('.glossa-reader-text [data-start]')`))) as number;
    // Every block rendered and the painter idle: every highlight on or near the screen is
    // registered (with thousands, only those are: see renderer/src/reader/range-painter.ts).
    const blocks = nb.file.document.blocks.length;
    const painted = (await page.evaluate(
      frameWhen(`document.querySelectorAll('.glossa-reader-text [data-start]').length === ${blocks} && document.querySelector('.glossa-reader')?.dataset.highlights === 'painted'`, 120_000),
    )) as number;
    const registered = (await page.evaluate(`[...CSS.highlights.entries()].filter(([n]) => /^glossa-(yellow|green|blue|pink|purple|orange)$/.test(n)).reduce((s, [, h]) => s + h.size, 0)`)) as number;
    if (registered === 0) throw new Error('reader: no highlight was painted');
    // A second to catch work that trails the painting (late slices, the annotations pane).
    await page.waitForTimeout(1000);
    const tasks = (await page.evaluate(longTasksAfter(textShown))) as { longest: number; count: number };
    // When the article's JSON had arrived: what before it is the server's, what after it the page's.
    const arrived = (await page.evaluate(
      `performance.getEntriesByType('resource').filter((e) => e.name.includes('getDocument') && e.startTime >= ${clicked}).map((e) => e.responseEnd)[0] ?? ${clicked}`,
    )) as number;
    return { firstText: textShown - clicked, arrived: arrived - clicked, textAfterArrival: textShown - arrived, painted: painted - clicked, registered, ...tasks, file: nb.file };
  } finally {
    await session.close();
  }
};

const measureBaseline = async (file: Awaited<ReturnType<typeof measureApp>>['file']) => {
  const dir = mkdtempSync(join(tmpdir(), 'glossa-bench-marks-'));
  const path = join(dir, 'marked.html');
  writeFileSync(path, markedArticlePage(file.document.blocks, file.annotations));
  const browser = await launchChromium();
  try {
    const times: number[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(`file://${path}`, { waitUntil: 'load' });
      // Fonts loaded and two frames after load: everything on screen is laid out and painted.
      const done = (await page.evaluate(frameWhen('document.fonts.status === "loaded" && document.readyState === "complete"'))) as number;
      times.push(done);
      await page.close();
    }
    return median(times);
  } finally {
    await browser.close();
    rmSync(dir, { recursive: true, force: true });
  }
};

export const run = async (): Promise<BenchRow[]> => {
  const app = await measureApp();
  const baseline = await measureBaseline(app.file);
  const note = 'a static page of the same blocks with every highlight wrapped in <mark>, navigation to first frame after load (median of 3)';
  return [
    { benchmark: `reader: first text shown (${CHARACTERS / 1000}k chars, ${HIGHLIGHTS} highlights)`, figure: app.firstText, unit: 'ms', target: 500 },
    { benchmark: 'reader:   of which the document request (getDocument, 4 MB)', figure: app.arrived, unit: 'ms' },
    { benchmark: 'reader:   of which the page, from the response to the first text', figure: app.textAfterArrival, unit: 'ms' },
    { benchmark: `reader: all highlights painted (${app.registered} on and near the screen registered)`, figure: app.painted, unit: 'ms', target: 1000, baseline, baselineNote: note },
    { benchmark: `reader: longest task after first text (${app.count} over 50 ms)`, figure: app.longest, unit: 'ms', target: 50 },
  ];
};
