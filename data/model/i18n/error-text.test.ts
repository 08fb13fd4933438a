import { describe, expect, it } from 'vitest';
import { ErrorDetailSchema, UNREADABLE_CAUSES, type ErrorDetail } from '../error-detail';
import { GlossaError } from '../result';
import { detailText, errorFor, errorText, failFor } from './error-text';
import { LANGUAGES } from './language';

const file = 'empty.txt';
/** One example of every reason, so a new reason without words fails here. */
const examples: ErrorDetail[] = [
  { reason: 'empty', params: { file } },
  { reason: 'too_large', params: { file, size: 50 * 1024 * 1024 + 1, limit: 50 * 1024 * 1024 } },
  { reason: 'binary', params: { file } },
  { reason: 'only_whitespace', params: { file } },
  { reason: 'no_text', params: { file } },
  { reason: 'bom_mismatch', params: { file, encoding: 'utf-16le' } },
  { reason: 'encoding_undecodable', params: { file, candidates: ['gb18030', 'big5'] } },
  { reason: 'encoding_garbled', params: { file, encoding: 'big5' } },
  { reason: 'encoding_ambiguous', params: { file, encoding: 'gb18030', other: 'big5' } },
  { reason: 'encoding_unclear', params: { file, encoding: 'gb18030', other: 'big5' } },
  { reason: 'encoding_truncated', params: { file, encoding: 'big5' } },
  ...UNREADABLE_CAUSES.map((cause): ErrorDetail => ({ reason: 'unreadable', params: { file, cause, detail: 'EIO: i/o error' } })),
  { reason: 'no_token', params: {} },
  { reason: 'token_expired', params: {} },
  { reason: 'page_refused', params: {} },
  { reason: 'request_too_large', params: { limit: 1024 * 1024 } },
  { reason: 'server_error', params: { status: 502 } },
  { reason: 'server_unreachable', params: {} },
  { reason: 'unreadable_answer', params: {} },
  { reason: 'input_not_json', params: { operation: 'updateSettings' } },
  { reason: 'no_open_document', params: {} },
];

describe('detailText', () => {
  it('has an example for every reason', () => {
    const reasons = new Set(examples.map((e) => e.reason));
    expect([...reasons].sort()).toEqual(ErrorDetailSchema.options.map((o) => o.shape.reason.value).sort());
  });

  it.each(LANGUAGES)('says every reason in %s, with every placeholder filled', (language) => {
    for (const detail of examples) {
      const text = detailText(language, detail);
      expect(text, detail.reason).not.toMatch(/\{\w+\}|importRefusal\.|connection\./);
      if ('file' in detail.params) expect(text.startsWith(file), detail.reason).toBe(true);
    }
  });

  it('keeps the English sentences the CLI has always printed', () => {
    const en = (detail: ErrorDetail) => detailText('en', detail);
    expect(en(examples[0])).toBe('empty.txt: the file is empty');
    expect(en(examples[1])).toBe('empty.txt: it is 50.1 MB, larger than the 50 MB import limit');
    expect(en(examples[5])).toBe(
      'empty.txt: it starts with a UTF-16LE byte order mark but is not valid UTF-16LE; save it as UTF-8 and import again',
    );
    expect(en(examples[6])).toBe(
      'empty.txt: cannot tell its text encoding (it is not UTF-8 and does not decode cleanly as GB18030 or Big5); save it as UTF-8 and import again',
    );
    expect(en({ reason: 'unreadable', params: { file, cause: 'other', detail: 'EIO: i/o error' } })).toBe('empty.txt: cannot read it (EIO: i/o error)');
    expect(en({ reason: 'request_too_large', params: { limit: 96 * 1024 * 1024 } })).toMatch(/at most 96 MiB per request/);
  });

  it('says an import refusal in Chinese, naming the file, with the sizes and encodings filled in', () => {
    expect(detailText('zh-Hant', examples[0])).toBe('empty.txt：檔案是空的');
    expect(detailText('zh-Hans', examples[0])).toBe('empty.txt：文件是空的');
    expect(detailText('zh-Hant', examples[1])).toBe('empty.txt：檔案大小為 50.1 MB，超過 50 MB 的匯入上限');
    expect(detailText('zh-Hant', examples[8])).toContain('以 GB18030 或 Big5 解碼');
  });
});

describe('errorText', () => {
  it('translates a known reason from the wire and ignores the English message', () => {
    const wire = JSON.parse(JSON.stringify({ code: 'import_refused', message: 'empty.txt: the file is empty', reason: 'empty', params: { file } }));
    expect(errorText('zh-Hant', wire)).toBe('empty.txt：檔案是空的');
    expect(errorText('en', wire)).toBe('empty.txt: the file is empty');
  });

  it('falls back to the English message for an unknown reason or parameters that do not fit', () => {
    expect(errorText('zh-Hant', { message: 'a.txt: gremlins', reason: 'gremlins', params: { file: 'a.txt' } })).toBe('a.txt: gremlins');
    expect(errorText('zh-Hant', { message: 'no document with id d9' })).toBe('no document with id d9');
    expect(errorText('zh-Hant', { message: 'too big', reason: 'too_large', params: { file } })).toBe('too big');
  });

  it('names the file a failure is about when the sentence does not, once', () => {
    expect(errorText('zh-Hant', { message: 'x', reason: 'server_unreachable' }, { file: 'a.txt' })).toMatch(/^a\.txt：筆記本伺服器沒有回應/);
    expect(errorText('en', { message: 'request too large' }, { file: 'big.txt' })).toBe('big.txt: request too large');
    expect(errorText('en', { message: 'big.txt: request too large' }, { file: 'big.txt' })).toBe('big.txt: request too large');
    // A refusal names its own file; the caller's name (a full path) is not added again.
    expect(errorText('zh-Hant', { message: '', reason: 'empty', params: { file } }, { file: '/home/me/empty.txt' })).toBe('empty.txt：檔案是空的');
  });
});

describe('errorFor and failFor', () => {
  it('carry the reason beside the English message', () => {
    const error = errorFor('import_refused', examples[0]);
    expect(error).toBeInstanceOf(GlossaError);
    expect(error).toMatchObject({ code: 'import_refused', message: 'empty.txt: the file is empty', detail: examples[0] });
    expect(failFor('io', { reason: 'server_error', params: { status: 502 } })).toEqual({
      ok: false,
      error: { code: 'io', message: expect.stringContaining('HTTP 502'), reason: 'server_error', params: { status: 502 } },
    });
  });
});
