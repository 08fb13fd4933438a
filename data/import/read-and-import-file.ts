import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { importBytes, tooLargeProblem, type ImportedDocument } from './import-bytes';
import { MAX_IMPORT_BYTES } from './limits';
import { refuse } from './refuse';

const REASONS = new Map(Object.entries({
  ENOENT: 'no such file',
  ENOTDIR: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder, not a file',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EBUSY: 'the file is busy',
}));

const describe = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const reason = code === undefined ? undefined : REASONS.get(code);
  if (reason !== undefined) return reason;
  return error instanceof Error ? error.message : String(error);
};

/**
 * Reads a file (never writes it) and imports it under its base name. The size is checked
 * with stat first, so an oversized file is refused without being loaded into memory.
 */
export const readAndImportFile = async (path: string): Promise<ImportedDocument> => {
  const fileName = basename(path);
  const cannotRead = (reason: string) => refuse(fileName, `cannot read it (${reason})`);

  const info = await stat(path).catch((error: unknown) => {
    throw cannotRead(describe(error));
  });
  if (info.isDirectory()) throw cannotRead('it is a folder, not a file');
  if (!info.isFile()) throw cannotRead('it is not a regular file');
  if (info.size > MAX_IMPORT_BYTES) throw refuse(fileName, tooLargeProblem(info.size));

  const buffer = await readFile(path).catch((error: unknown) => {
    throw cannotRead(describe(error));
  });
  return importBytes({ bytes: new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.length), fileName });
};
