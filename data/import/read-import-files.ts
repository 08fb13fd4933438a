import { basename } from 'node:path';
import type { ImportFailure } from '../model/api';
import { GlossaError } from '../model/result';
import { importBytes, type ImportedDocument } from './import-bytes';
import { readAndImportFile } from './read-and-import-file';

/** One file read and parsed for import: a document to add, or why it was refused. */
export type FileReading =
  | { fileName: string; path?: string; document: ImportedDocument }
  | { fileName: string; path?: string; refused: ImportFailure };

/** Only a GlossaError is a refusal; anything else is a bug and propagates. */
export const importFailure = (err: unknown, file: string): ImportFailure => {
  if (!(err instanceof GlossaError)) throw err;
  return { file, message: err.message, ...err.detail };
};

/**
 * Reads and parses files one at a time, as they are asked for, touching no notebook. A
 * caller can so refuse a whole batch before it opens (or creates) the notebook, and a large
 * batch holds one parsed file in memory at a time.
 */
export async function* readImportFiles(paths: readonly string[]): AsyncGenerator<FileReading, void, undefined> {
  for (const path of paths) {
    const fileName = basename(path);
    let reading: FileReading;
    try {
      reading = { fileName, path, document: await readAndImportFile(path) };
    } catch (err) {
      reading = { fileName, path, refused: importFailure(err, path) };
    }
    yield reading;
  }
}

/**
 * The same for files whose bytes were sent (browser mode, importFileData): named by their
 * base name only, and decoded from base64 one at a time.
 */
export async function* readImportData(
  files: readonly { fileName: string; dataBase64: string }[],
): AsyncGenerator<FileReading, void, undefined> {
  for (const { fileName, dataBase64 } of files) {
    const name = basename(fileName.replace(/\\/g, '/'));
    let reading: FileReading;
    try {
      reading = { fileName: name, document: importBytes({ bytes: Buffer.from(dataBase64, 'base64'), fileName: name }) };
    } catch (err) {
      reading = { fileName: name, refused: importFailure(err, name) };
    }
    yield reading;
  }
}
