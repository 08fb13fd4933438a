import { test as base, expect as baseExpect } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, startGlossaServer, type GlossaServer } from './glossa-server';

/**
 * Every test gets its own notebook folder and its own `glossa serve` on it: tests never see
 * each other's documents, settings (theme, welcomeShown) or undo history.
 */
interface Fixtures {
  /** Automatic: a budget that fits a slow, shared machine (see below). */
  slowMachine: void;
  /** A fresh, empty notebook folder, removed after the test. */
  notebook: string;
  /** `glossa serve --port 0 --notebook <notebook>`, stopped after the test. */
  glossa: GlossaServer;
}

export const test = base.extend<Fixtures>({
  // This runs on small shared machines (2 cores, other builds beside us): be patient, but
  // still wait on conditions, never on the clock.
  slowMachine: [
    async ({}, use, testInfo) => {
      testInfo.setTimeout(Math.max(testInfo.timeout, 120_000));
      await use();
    },
    { auto: true },
  ],

  // Wide enough for the three panes side by side, as on a desktop.
  viewport: { width: 1440, height: 900 },

  notebook: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'glossa-e2e-'));
    try {
      await use(dir);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },

  glossa: [
    async ({ notebook }, use, testInfo) => {
      baseExpect(existsSync(join(ROOT, 'out', 'renderer', 'index.html')), 'build the renderer first: npx electron-vite build').toBe(true);
      const server = await startGlossaServer(notebook);
      try {
        await use(server);
      } finally {
        await server.stop();
        if (testInfo.status !== testInfo.expectedStatus) {
          await testInfo.attach('glossa-serve.log', { body: server.output(), contentType: 'text/plain' });
        }
      }
    },
    // Its own budget: a cold tsx start on a slow machine may take most of a minute.
    { timeout: 75_000 },
  ],
});

/** Assertions retry for up to 15 s (not 5): an import or a repaint can be slow under load. */
export const expect = baseExpect.configure({ timeout: 15_000 });
