import type { Stats } from 'node:fs';
import { z } from 'zod';
import { DocumentSummarySchema, LibraryFileSchema } from '../model/schemas';

/**
 * What a document file looked like when its index entry was made. Any difference means
 * the file may have changed: sync tools and editors keep or set mtimes (`touch -d`), so
 * "newer than the index" misses edits, while the inode and ctime change on every write or
 * replacement and cannot be set back. Copying a notebook elsewhere changes them all, which
 * costs one full re-read there, never a stale entry.
 */
export const FileStampSchema = z.object({
  size: z.number().int().min(0),
  mtimeMs: z.number(),
  ctimeMs: z.number(),
  ino: z.number(),
});
export type FileStamp = z.infer<typeof FileStampSchema>;

export const stampOf = (stat: Stats): FileStamp => ({
  size: stat.size,
  mtimeMs: stat.mtimeMs,
  ctimeMs: stat.ctimeMs,
  ino: stat.ino,
});

export const sameStamp = (a: FileStamp | undefined, b: FileStamp): boolean =>
  a !== undefined && a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino;

/**
 * library.json as stored: each summary carries its file's stamp. The stamp is optional so
 * an index written before stamps existed (or by an older Glossa, whose schema drops it)
 * still reads; an entry without one is simply re-read once. No schemaVersion bump needed.
 * A malformed stamp counts as none: it is a cache hint, not worth setting the whole index
 * (with its tags and settings) aside.
 */
export const IndexEntrySchema = DocumentSummarySchema.extend({ stamp: FileStampSchema.optional().catch(undefined) });
export type IndexEntry = z.infer<typeof IndexEntrySchema>;

export const StoredLibraryFileSchema = LibraryFileSchema.extend({ documents: z.array(IndexEntrySchema) });
export type StoredLibraryFile = z.infer<typeof StoredLibraryFileSchema>;
