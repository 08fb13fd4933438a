import { z } from 'zod';
import { DocumentFileSchema, SCHEMA_VERSION, type DocumentFile } from '../model/schemas';
import { TrashFileSchema, type TrashFile } from '../model/trash';
import { StoredLibraryFileSchema, type StoredLibraryFile } from './file-stamp';

/**
 * One step per schema version: MIGRATIONS[n] turns a version-n file into version n+1.
 * lowdb's read replaces defaults instead of merging, so every new field arrives here.
 */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;
const LIBRARY_MIGRATIONS: Record<number, Migration> = {};
const DOCUMENT_MIGRATIONS: Record<number, Migration> = {};
const TRASH_MIGRATIONS: Record<number, Migration> = {};

/** Exported with its target so tests can run the step mechanism before a real step exists. */
export const migrate = (
  raw: unknown,
  steps: Readonly<Record<number, Migration>>,
  target: number = SCHEMA_VERSION,
): Record<string, unknown> => {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new Error('not a Glossa file (expected a JSON object)');
  }
  let data = raw as Record<string, unknown>;
  let version = data.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new Error('not a Glossa file (no schemaVersion)');
  }
  if (version > target) {
    throw new Error(`written by a newer Glossa (schema ${version}; this version reads up to ${target})`);
  }
  while (version < target) {
    const step = steps[version];
    if (!step) throw new Error(`no migration from schema ${version}`);
    data = { ...step(data), schemaVersion: version + 1 };
    version += 1;
  }
  return data;
};

const validate = <T>(schema: z.ZodType<T>, data: unknown): T => {
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw new Error(`invalid content at ${issue.path.join('.') || '(root)'}: ${issue.message}`);
};

export const decodeLibraryFile = (raw: unknown): StoredLibraryFile =>
  validate(StoredLibraryFileSchema, migrate(raw, LIBRARY_MIGRATIONS));

export const decodeDocumentFile = (raw: unknown): DocumentFile =>
  validate(DocumentFileSchema, migrate(raw, DOCUMENT_MIGRATIONS));

export const decodeTrashFile = (raw: unknown): TrashFile => validate(TrashFileSchema, migrate(raw, TRASH_MIGRATIONS));
