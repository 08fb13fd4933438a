import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';

/** The module reads GLOSSA_SEED when loaded, so each case loads a fresh copy. */
const loadSeed = async (env: string | undefined) => {
  vi.resetModules();
  vi.stubEnv('GLOSSA_SEED', env);
  return import('./seed');
};

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('where the tests look for the seed article', () => {
  it('beside the repository, wherever the repository is, when GLOSSA_SEED is not set', async () => {
    const seed = await loadSeed(undefined);
    expect(seed.SEED_PATH).toBe(resolve(__dirname, '..', '..', '..', 'shared', 'seed', 'article.zh.txt'));
  });

  it('at GLOSSA_SEED when set, so a run can simulate a clone without the seed', async () => {
    const seed = await loadSeed('/nonexistent');
    expect(seed.SEED_PATH).toBe('/nonexistent');
    expect(seed.hasSeed).toBe(false);
  });

  it('reads the file GLOSSA_SEED names', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossa-seed-'));
    try {
      writeFileSync(join(dir, 'other.txt'), '標題\n一段文字。');
      const seed = await loadSeed(join(dir, 'other.txt'));
      expect(seed.hasSeed).toBe(true);
      expect(seed.readSeed()).toBe('標題\n一段文字。');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
