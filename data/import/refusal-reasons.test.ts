import { mkdtemp, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseErrorDetail } from '../model/error-detail';
import { detailText } from '../model/i18n/error-text';
import { GlossaError } from '../model/result';
import { decodeBytes } from './decode-bytes';
import { importBytes } from './import-bytes';
import { MAX_IMPORT_BYTES } from './limits';
import { readAndImportFile } from './read-and-import-file';

/** The refusal's reason and parameters, checked to be what an interface can parse and say. */
const detailOf = async (action: () => unknown) => {
  try {
    await action();
  } catch (error) {
    expect(error).toBeInstanceOf(GlossaError);
    const { code, message, detail } = error as GlossaError;
    expect(code).toBe('import_refused');
    expect(parseErrorDetail(detail ?? {})).toEqual(detail);
    // The CLI's English and the interface's English are one sentence.
    expect(detailText('en', detail!)).toBe(message);
    return detail;
  }
  throw new Error('expected a refusal');
};
const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('every import refusal carries a reason an interface can translate', () => {
  it.each([
    ['an empty file', () => importBytes({ bytes: bytes(), fileName: 'a.txt' }), { reason: 'empty', params: { file: 'a.txt' } }],
    ['whitespace only', () => importBytes({ bytes: utf8(' \n\u3000\n'), fileName: 'a.txt' }), { reason: 'only_whitespace', params: { file: 'a.txt' } }],
    ['no text after parsing', () => importBytes({ bytes: utf8('---\n\n***\n'), fileName: 'a.md' }), { reason: 'no_text', params: { file: 'a.md' } }],
    ['binary bytes', () => decodeBytes(new Uint8Array(1000), 'a.bin'), { reason: 'binary', params: { file: 'a.bin' } }],
    [
      'text that decodes to control characters',
      () => importBytes({ bytes: bytes(0xff, 0xfe, 0x41, 0, ...Array.from({ length: 19 }, (_, i) => [i + 1, 0]).flat()), fileName: 'a.txt' }),
      { reason: 'binary', params: { file: 'a.txt' } },
    ],
    [
      'a contradicted byte order mark',
      () => decodeBytes(bytes(0xef, 0xbb, 0xbf, 0xff, 0xfe, 0x41), 'a.txt'),
      { reason: 'bom_mismatch', params: { file: 'a.txt', encoding: 'utf-8' } },
    ],
    [
      'bytes valid in both GBK and Big5',
      () => decodeBytes(bytes(0xc4, 0xe3, 0xba, 0xc3, 0xca, 0xc0, 0xbd, 0xe7), 'a.txt'),
      { reason: expect.stringMatching(/^encoding_(ambiguous|unclear)$/), params: { file: 'a.txt', encoding: expect.any(String), other: expect.any(String) } },
    ],
    [
      'bytes that decode as nothing readable',
      () => decodeBytes(bytes(0x61, 0x62, 0x63, 0xff, 0xff, 0x20, 0xff, 0x81, 0x20), 'a.txt'),
      // Only a detector's single-byte guess decodes these at all, and as garbage.
      { reason: 'encoding_garbled', params: { file: 'a.txt', encoding: expect.any(String) } },
    ],
  ])('%s', async (_what, action, expected) => {
    expect(await detailOf(action)).toEqual(expected);
  });

  it('a file over the limit, with its size and the limit in bytes', async () => {
    const detail = await detailOf(() => importBytes({ bytes: new Uint8Array(MAX_IMPORT_BYTES + 1), fileName: 'big.txt' }));
    expect(detail).toEqual({ reason: 'too_large', params: { file: 'big.txt', size: MAX_IMPORT_BYTES + 1, limit: MAX_IMPORT_BYTES } });
  });

  describe('from disk', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'glossa-refusal-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('a missing file, a folder and an oversized file', async () => {
      expect(await detailOf(() => readAndImportFile(join(dir, 'gone.txt')))).toEqual({
        reason: 'unreadable',
        params: { file: 'gone.txt', cause: 'missing' },
      });
      expect(await detailOf(() => readAndImportFile(dir))).toMatchObject({ reason: 'unreadable', params: { cause: 'folder' } });
      const sparse = join(dir, 'sparse.txt');
      await writeFile(sparse, '');
      await truncate(sparse, MAX_IMPORT_BYTES + 1);
      expect(await detailOf(() => readAndImportFile(sparse))).toMatchObject({ reason: 'too_large', params: { size: MAX_IMPORT_BYTES + 1 } });
    });
  });
});
