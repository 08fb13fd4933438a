import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { OperationName } from '../../data/model/api';
import { operationPath } from '../../data/model/http-routes';
import { errorText } from '../../data/model/i18n/error-text';
import { useTempDirs } from '../../data/test-support/temp-dir';
import { startServer, type RunningServer } from './start-server';
import { makeRendererDir, openService } from './test-helpers';

const tempDir = useTempDirs();
let server: RunningServer;

beforeEach(async () => {
  server = await startServer({ service: await openService(tempDir('notebook')), rendererDir: makeRendererDir(tempDir('renderer')) });
});
afterEach(() => server.close());

/** One operation as the page calls it (renderer/src/api/http-bridge.ts passes the JSON on as it is). */
const call = async (name: OperationName, input: unknown): Promise<unknown> => {
  const response = await fetch(`http://127.0.0.1:${server.port}${operationPath(name)}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${server.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  expect(response.status).toBe(200);
  return response.json();
};

describe('refusal reasons over glossa serve', () => {
  it('reach the page with their parameters, in an import report and in a failed Result', async () => {
    const report = await call('importFileData', { files: [{ fileName: 'empty.txt', dataBase64: '' }] });
    const failure = { file: 'empty.txt', message: 'empty.txt: the file is empty', reason: 'empty', params: { file: 'empty.txt' } };
    expect(report).toEqual({ ok: true, value: { imported: [], failed: [failure] } });
    expect(errorText('zh-Hant', failure)).toBe('empty.txt：檔案是空的');

    expect(await call('importText', { text: ' \n ', fileName: 'blank.md', format: 'markdown' })).toEqual({
      ok: false,
      error: { code: 'import_refused', message: 'blank.md: it contains only whitespace', reason: 'only_whitespace', params: { file: 'blank.md' } },
    });
  });
});
