import { z } from 'zod';
import { op } from './operation';

/** Backups of the whole notebook (data/store/backups.ts). Spread into `contract` in api.ts. */
export interface BackupSummary {
  id: string;
  createdAt: string;
  documents: number;
  files: number;
  bytes: number;
  /** Notebook files left out of this backup because they could not be read. */
  skipped: number;
}

export interface BackupRestoreReport {
  restored: string;
  safetyBackup: string;
  documents: number;
  movedToTrash: number;
}

/** What happened when the notebook was opened: files set aside, files recovered. */
export interface NotebookStatus {
  problems: { file: string; problem: string; movedTo?: string }[];
  recovered: { path: string; backupId: string; backedUpAt: string }[];
}

const backupId = z.string().regex(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z$/, 'a backup name such as 2026-05-01T08-00-00-000Z');

export const backupOperations = {
  /** Verified backups, newest first. */
  listBackups: op<BackupSummary[]>()(z.object({})),
  createBackup: op<BackupSummary>()(z.object({})),
  /** The notebook back to a backup; the notebook as it was is backed up first. */
  restoreBackup: op<BackupRestoreReport>()(z.object({ id: backupId })),
  notebookStatus: op<NotebookStatus>()(z.object({})),
} as const;
