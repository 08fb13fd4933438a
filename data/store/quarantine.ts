import { promises as fsp } from 'node:fs';
import { basename, join } from 'node:path';

/**
 * Moves an unreadable file aside, byte for byte, so the rest of the notebook opens and a
 * person (or a later version) can still recover it. Returns the new path.
 */
export const quarantine = async (notebookDir: string, path: string): Promise<string> => {
  const folder = join(notebookDir, 'quarantine');
  await fsp.mkdir(folder, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  let target = join(folder, `${stamp}-${basename(path)}`);
  for (let n = 2; await exists(target); n++) target = join(folder, `${stamp}-${n}-${basename(path)}`);
  await fsp.rename(path, target);
  return target;
};

const exists = (p: string) =>
  fsp.access(p).then(
    () => true,
    () => false,
  );
