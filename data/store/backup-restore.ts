import { promises as fsp } from 'node:fs';
import { join } from 'node:path';
import { GlossaError } from '../model/result';
import { backupPath, createBackup, goodBackups, verifyBackup, type BackupInfo } from './backups';
import { nodeFs, writeFileDurably, type DurableFs } from './durable-write';

export interface RestoreReport {
  restored: BackupInfo['id'];
  /** The backup of the notebook as it was just before, so a restore can be undone too. */
  safetyBackup: BackupInfo['id'];
  documents: number;
  /** Articles that were not in the backup: moved to the trash, not deleted. */
  movedToTrash: number;
}

/**
 * Puts the notebook back to a backup: first a backup of the notebook as it is now, then
 * every file of the backup written durably into place. Articles the backup does not have go
 * to the trash (restorable), so nothing present before the restore is lost. The caller
 * reloads the store afterwards.
 */
export const restoreFromBackup = async (dir: string, id: string, { now = new Date(), fs = nodeFs }: { now?: Date; fs?: DurableFs } = {}): Promise<RestoreReport> => {
  const checked = await verifyBackup(dir, id);
  if ('problem' in checked) throw new GlossaError('not_found', `the backup ${id} cannot be restored: ${checked.problem}`);
  const { manifest } = checked;
  const safety = await createBackup(dir, { now });
  const inBackup = new Set(manifest.files.map((f) => f.path));
  for (const f of manifest.files) {
    await fsp.mkdir(join(dir, f.path, '..'), { recursive: true });
    await writeFileDurably(join(dir, f.path), await fsp.readFile(backupPath(dir, id, f.path)), fs);
  }
  let movedToTrash = 0;
  await fsp.mkdir(join(dir, 'trash'), { recursive: true });
  for (const name of await fsp.readdir(join(dir, 'documents'))) {
    if (!name.endsWith('.json') || name.startsWith('.') || inBackup.has(`documents/${name}`)) continue;
    await fsp.rename(join(dir, 'documents', name), join(dir, 'trash', name));
    movedToTrash += 1;
  }
  return { restored: id, safetyBackup: safety.id, documents: manifest.documents, movedToTrash };
};

export interface Recovery {
  /** The notebook file that was damaged or missing, relative to the notebook folder. */
  path: string;
  backupId: string;
  /** When the backup it came from was made: what the person needs to know. */
  backedUpAt: string;
}

/**
 * At start: each damaged (already moved to quarantine/) or missing file comes back from the
 * newest backup whose copy of it verifies. Files no backup has stay as they are (reported
 * by the store as before).
 */
export const recoverFromBackups = async (dir: string, paths: readonly string[], fs: DurableFs = nodeFs): Promise<Recovery[]> => {
  const wanted = new Set(paths);
  const recovered: Recovery[] = [];
  if (wanted.size === 0) return recovered;
  for await (const { id, manifest } of goodBackups(dir)) {
    for (const f of manifest.files) {
      if (!wanted.has(f.path)) continue;
      await writeFileDurably(join(dir, f.path), await fsp.readFile(backupPath(dir, id, f.path)), fs);
      recovered.push({ path: f.path, backupId: id, backedUpAt: manifest.createdAt });
      wanted.delete(f.path);
    }
    if (wanted.size === 0) break;
  }
  return recovered;
};
