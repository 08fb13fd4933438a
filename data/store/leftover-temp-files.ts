import { promises as fsp } from 'node:fs';
import { join } from 'node:path';

/**
 * How old a temp file must be before open() treats it as a leftover. Another Glossa process
 * (the app and the CLI, or a second window) may be writing into the same notebook right
 * now: its temp file lives only between open and rename, so a young one may be in use and
 * deleting it would fail that process's save. A durable write takes well under a second
 * (about 1 s for 50 MB), so ten minutes leaves a wide margin while leftovers still go.
 */
export const LEFTOVER_TEMP_AGE_MS = 10 * 60 * 1000;

/**
 * Removes temp files (`.<name>.<pid>.<n>.tmp`, see durable-write.ts) that a killed write
 * left behind; the target of such a write is old or new, never torn. A folder that does not
 * exist yet has nothing to clean.
 */
export const removeLeftoverTempFiles = async (dirs: readonly string[], now = Date.now()): Promise<string[]> => {
  const removed: string[] = [];
  for (const dir of dirs) {
    const names = await fsp.readdir(dir).catch((err: NodeJS.ErrnoException) => {
      if (err.code === 'ENOENT') return [] as string[];
      throw err;
    });
    for (const name of names) {
      if (!name.startsWith('.') || !name.endsWith('.tmp')) continue;
      const path = join(dir, name);
      const stat = await fsp.stat(path).catch(() => undefined);
      if (!stat?.isFile() || now - stat.mtimeMs < LEFTOVER_TEMP_AGE_MS) continue;
      await fsp.rm(path, { force: true });
      removed.push(path);
    }
  }
  return removed;
};
