import { defineConfig } from '@playwright/test';
import { chromiumPath } from './e2e/support/chromium-path';

/** The real renderer in Debian's Chromium, through browser mode (glossa serve). */
export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  timeout: 60_000,
  workers: 1,
  reporter: [['list'], ['json', { outputFile: 'reports/playwright.json' }]],
  use: {
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-gpu'],
    },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
});
