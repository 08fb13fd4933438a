import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/** A fresh real folder per test, removed afterwards. */
export const useTempDirs = () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  return (label = 'glossa'): string => {
    const dir = mkdtempSync(join(tmpdir(), `${label}-`));
    dirs.push(dir);
    return dir;
  };
};
