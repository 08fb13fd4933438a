import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { chromiumPath } from '../../e2e/support/chromium-path';
import { ROOT, startGlossaServer, type GlossaServer } from '../../e2e/support/glossa-server';

/**
 * The browser side of a benchmark: `glossa serve` on a notebook folder (the same child
 * process the e2e tests start) and Debian's Chromium through playwright-core, with the
 * flags the e2e tests use. The built renderer (out/renderer) must exist.
 */
export const CHROMIUM_ARGS = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu', '--enable-precise-memory-info'];

export const launchChromium = async (): Promise<Browser> => {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium found: apt-get install -y chromium fonts-noto-cjk');
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS });
};

export const requireBuild = (): void => {
  if (!existsSync(join(ROOT, 'out', 'renderer', 'index.html'))) throw new Error('build the renderer first: npx electron-vite build');
};

export interface Session {
  server: GlossaServer;
  browser: Browser;
  page: Page;
  close: () => Promise<void>;
}

/** A server on `notebook`, a browser and one page of 1440×900 (three panes side by side). */
export const openSession = async (notebook: string): Promise<Session> => {
  requireBuild();
  const server = await startGlossaServer(notebook);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  return {
    server,
    browser,
    page,
    close: async () => {
      await browser.close();
      await server.stop();
      rmSync(notebook, { recursive: true, force: true });
    },
  };
};

/** A page's JS heap in MB after a garbage collection (CDP: HeapProfiler.collectGarbage, Performance.getMetrics). */
export const jsHeapMB = async (page: Page): Promise<number> => {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
  return used / 1024 / 1024;
};
