import { createHash } from 'node:crypto';
import { promises as fsp } from 'node:fs';
import { dirname, join } from 'node:path';
import { z } from 'zod';
import type { BackupSummary } from '../model/api-backups';
import { SCHEMA_VERSION } from '../model/schemas';
import { decodeDocumentFile, decodeLibraryFile, decodeTrashFile } from './migrate';
import { TRASH_INDEX } from './trash-store';

/**
 * backups/<timestamp>/: verified copies of the notebook. A backup holds library.json,
 * documents/, and the trash, plus manifest.json with each file's sha256. It is built in a
 * hidden folder and renamed into place only when complete, so a backup folder either has its
 * manifest or is a leftover that the next backup removes. Files are not fsynced one by one:
 * every use of a backup (list, restore, recover) checks the hashes first, so a copy the disk
 * lost is seen as damaged and skipped, never restored (listing checks sizes; restoring and
 * recovering check every hash, so a listing does not read the whole notebook ten times). A file unchanged since the previous
 * backup is hard-linked to that backup's copy (backups are never written in place), so a
 * backup costs the files that changed.
 */
export const BACKUPS_DIR = 'backups';
export const DEFAULT_KEEP = 10;
const MANIFEST = 'manifest.json';
const NAME = /^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/;
const DOC = /^[A-Za-z0-9_-]{1,100}\.json$/;

const ManifestSchema = z.object({
  schemaVersion: z.number().int(),
  createdAt: z.string(),
  documents: z.number().int().min(0),
  files: z.array(z.object({ path: z.string(), sha256: z.string(), bytes: z.number().int() })),
  /** Files of the notebook that did not decode and so were left out. */
  skipped: z.array(z.object({ path: z.string(), problem: z.string() })),
});
export type BackupManifest = z.infer<typeof ManifestSchema>;

export type BackupInfo = BackupSummary;

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const backupName = (at: Date) => at.toISOString().replace(/[:.]/g, '-');

/** The notebook's files a backup holds, with the decoder that proves each one readable. */
const notebookFiles = async (dir: string): Promise<{ path: string; decode: (raw: unknown) => unknown }[]> => {
  const list = async (folder: string) => (await fsp.readdir(join(dir, folder)).catch(() => [] as string[])).filter((n) => DOC.test(n)).sort();
  return [
    { path: 'library.json', decode: decodeLibraryFile },
    ...(await list('documents')).map((n) => ({ path: `documents/${n}`, decode: decodeDocumentFile })),
    { path: `trash/${TRASH_INDEX}`, decode: decodeTrashFile },
    ...(await list('trash')).map((n) => ({ path: `trash/${n}`, decode: decodeDocumentFile })),
  ];
};

export const createBackup = async (dir: string, { now = new Date(), keep = DEFAULT_KEEP } = {}): Promise<BackupInfo> => {
  const root = join(dir, BACKUPS_DIR);
  await fsp.mkdir(root, { recursive: true });
  // Two backups within one millisecond (tests, a restore right after a backup) get distinct names.
  let at = now.getTime();
  let id = backupName(new Date(at));
  while (await exists(join(root, id))) id = backupName(new Date(++at));
  const partial = join(root, `.partial-${id}`);
  await fsp.rm(partial, { recursive: true, force: true });
  const previous = await newestGood(dir);
  const previousHashes = new Map(previous?.manifest.files.map((f) => [f.path, f.sha256]) ?? []);
  const manifest: BackupManifest = { schemaVersion: SCHEMA_VERSION, createdAt: now.toISOString(), documents: 0, files: [], skipped: [] };

  for (const { path, decode } of await notebookFiles(dir)) {
    const bytes = await fsp.readFile(join(dir, path)).catch((err: NodeJS.ErrnoException) => (err.code === 'ENOENT' ? null : Promise.reject(err)));
    if (bytes === null) continue;
    try {
      decode(JSON.parse(bytes.toString('utf8')));
    } catch (err) {
      manifest.skipped.push({ path, problem: (err as Error).message });
      continue;
    }
    const hash = sha256(bytes);
    const target = join(partial, path);
    await fsp.mkdir(dirname(target), { recursive: true });
    const linked = previous && previousHashes.get(path) === hash && (await fsp.link(join(root, previous.id, path), target).then(() => true, () => false));
    // A linked copy is read back like a written one: a damaged older copy is replaced, not kept.
    if (linked && sha256(await fsp.readFile(target)) !== hash) await fsp.rm(target);
    if (!linked || !(await exists(target))) await fsp.writeFile(target, bytes);
    if (sha256(await fsp.readFile(target)) !== hash) throw new Error(`the backup copy of ${path} does not match the notebook's file`);
    manifest.files.push({ path, sha256: hash, bytes: bytes.length });
    if (path.startsWith('documents/')) manifest.documents += 1;
  }
  await fsp.writeFile(join(partial, MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`);
  await fsp.rename(partial, join(root, id));
  await rotate(dir, keep);
  return info(id, manifest);
};

/** Keeps the newest `keep` backups and removes older ones and any half-built leftovers. */
export const rotate = async (dir: string, keep: number): Promise<void> => {
  const root = join(dir, BACKUPS_DIR);
  const names = await fsp.readdir(root).catch(() => [] as string[]);
  const complete = names.filter((n) => NAME.test(n)).sort().reverse();
  const doomed = [...complete.slice(Math.max(1, keep)), ...names.filter((n) => n.startsWith('.partial-'))];
  for (const name of doomed) await fsp.rm(join(root, name), { recursive: true, force: true });
};

/**
 * The backup's manifest when every file it lists is there with its hash (with `sizesOnly`,
 * its size: the cheap check for listing); else why not.
 */
export const verifyBackup = async (dir: string, id: string, { sizesOnly = false } = {}): Promise<{ manifest: BackupManifest } | { problem: string }> => {
  if (!NAME.test(id)) return { problem: `not a backup name: ${id}` };
  const folder = join(dir, BACKUPS_DIR, id);
  let manifest: BackupManifest;
  try {
    manifest = ManifestSchema.parse(JSON.parse(await fsp.readFile(join(folder, MANIFEST), 'utf8')));
  } catch (err) {
    return { problem: (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such backup' : 'its manifest is damaged' };
  }
  for (const f of manifest.files) {
    const path = join(folder, f.path);
    const ok = sizesOnly
      ? (await fsp.stat(path).catch(() => null))?.size === f.bytes
      : await fsp.readFile(path).then((bytes) => sha256(bytes) === f.sha256, () => false);
    if (!ok) return { problem: `its copy of ${f.path} is damaged or missing` };
  }
  return { manifest };
};

/** Every backup, newest first; damaged ones are left out (they cannot be restored). */
export const listBackups = async (dir: string): Promise<BackupInfo[]> => {
  const found: BackupInfo[] = [];
  for await (const { id, manifest } of goodBackups(dir, { sizesOnly: true })) found.push(info(id, manifest));
  return found;
};

/** The previous backup to link unchanged files to (each link is hashed when it is made). */
const newestGood = async (dir: string): Promise<{ id: string; manifest: BackupManifest } | undefined> => {
  for await (const good of goodBackups(dir, { sizesOnly: true })) return good;
  return undefined;
};

/** Backups newest first, each verified (by hash unless `sizesOnly`). */
export async function* goodBackups(dir: string, options: { sizesOnly?: boolean } = {}): AsyncGenerator<{ id: string; manifest: BackupManifest }> {
  const names = (await fsp.readdir(join(dir, BACKUPS_DIR)).catch(() => [] as string[])).filter((n) => NAME.test(n)).sort().reverse();
  for (const id of names) {
    const checked = await verifyBackup(dir, id, options);
    if ('manifest' in checked) yield { id, manifest: checked.manifest };
  }
}

export const backupPath = (dir: string, id: string, path: string) => join(dir, BACKUPS_DIR, id, path);

const info = (id: string, m: BackupManifest): BackupInfo => ({
  id,
  createdAt: m.createdAt,
  documents: m.documents,
  files: m.files.length,
  bytes: m.files.reduce((n, f) => n + f.bytes, 0),
  skipped: m.skipped.length,
});

const exists = (p: string) => fsp.access(p).then(() => true, () => false);
