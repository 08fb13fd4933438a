import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Every file of a folder with its bytes, to prove that a refusal changed nothing. */
export const snapshotFolder = (dir: string): Record<string, string> => {
  const files: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else files[p] = readFileSync(p).toString('base64');
    }
  };
  walk(dir);
  return files;
};
