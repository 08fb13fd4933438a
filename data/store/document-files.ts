import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { stampOf, type FileStamp } from './file-stamp';

/** A document id, and so a file name under documents/: no dots, no separators. */
export const DOC_ID = /^[A-Za-z0-9_-]{1,100}$/;

/**
 * The documents/<id>.json files and their stamps: one readdir and one stat per file, no
 * reads, so an open of a large notebook that changed little costs little. Shared by the
 * store and `glossa check`, so check predicts exactly what open will refresh.
 */
export const statDocumentFiles = async (documentsDir: string): Promise<Map<string, FileStamp>> => {
  const found = new Map<string, FileStamp>();
  for (const name of await fsp.readdir(documentsDir)) {
    if (!name.endsWith('.json') || name.startsWith('.')) continue;
    const id = name.slice(0, -'.json'.length);
    if (!DOC_ID.test(id)) continue;
    const stat = await fsp.stat(join(documentsDir, name));
    if (stat.isFile()) found.set(id, stampOf(stat));
  }
  return found;
};
