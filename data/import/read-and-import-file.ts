import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { UnreadableCause } from '../model/error-detail';
import { importBytes, type ImportedDocument } from './import-bytes';
import { MAX_IMPORT_BYTES } from './limits';
import { refuse } from './refuse';

const CAUSES = new Map<string, UnreadableCause>(Object.entries({
  ENOENT: 'missing',
  ENOTDIR: 'missing',
  EACCES: 'permission',
  EPERM: 'permission',
  EISDIR: 'folder',
  ELOOP: 'link_loop',
  EMFILE: 'too_many_open',
  EBUSY: 'busy',
}));

const describe = (error: unknown): { cause: UnreadableCause; detail?: string } => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const cause = code === undefined ? undefined : CAUSES.get(code);
  if (cause !== undefined) return { cause };
  return { cause: 'other', detail: error instanceof Error ? error.message : String(error) };
};

/**
 * Reads a file (never writes it) and imports it under its base name. The size is checked
 * with stat first, so an oversized file is refused without being loaded into memory.
 */
export const readAndImportFile = async (path: string): Promise<ImportedDocument> => {
  const fileName = basename(path);
  const cannotRead = (why: { cause: UnreadableCause; detail?: string }) => refuse(fileName, 'unreadable', why);

  const info = await stat(path).catch((error: unknown) => {
    throw cannotRead(describe(error));
  });
  if (info.isDirectory()) throw cannotRead({ cause: 'folder' });
  if (!info.isFile()) throw cannotRead({ cause: 'not_a_file' });
  if (info.size > MAX_IMPORT_BYTES) throw refuse(fileName, 'too_large', { size: info.size, limit: MAX_IMPORT_BYTES });

  const buffer = await readFile(path).catch((error: unknown) => {
    throw cannotRead(describe(error));
  });
  return importBytes({ bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length), fileName });
};
