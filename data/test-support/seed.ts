import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The shared seed article, for every test that uses it (vitest and Playwright alike). It
 * lives beside the repository, not in it (DESIGN.md: ../shared/seed/article.zh.txt), so a
 * clone may not have it: tests that need it skip with SEED_ABSENT, and the suite passes.
 * GLOSSA_SEED overrides the path; GLOSSA_SEED=/nonexistent simulates a clone without it.
 */
const REPO = resolve(__dirname, '..', '..');

export const SEED_PATH = process.env.GLOSSA_SEED ? resolve(process.env.GLOSSA_SEED) : resolve(REPO, '..', 'shared', 'seed', 'article.zh.txt');
export const hasSeed = existsSync(SEED_PATH);
export const readSeed = (): string => readFileSync(SEED_PATH, 'utf8');

/** The skip reason, the same everywhere so a report shows at a glance why a test did not run. */
export const SEED_ABSENT = 'the seed article ../shared/seed/article.zh.txt is not present';

/** What the seed is known to contain, checked against the file by data/import/seed-article.test.ts. */
export const SEED_TITLE = '阿里云正面向未來“下注”。';
export const SEED_HEADINGS = ['公共云優先', '比起模型更想賣算力'];
export const SEED_PARAGRAPHS = 23;
