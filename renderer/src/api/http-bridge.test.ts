import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../../data/model/api';
import { errorText } from '../../../data/model/i18n/error-text';
import { createHttpBridge } from './http-bridge';

const answering = (respond: (url: string, init: RequestInit) => Promise<Response>) => {
  const seen: { url: string; init: RequestInit }[] = [];
  const fetch = ((url: string, init: RequestInit) => {
    seen.push({ url, init });
    return respond(url, init);
  }) as unknown as typeof globalThis.fetch;
  return { fetch, seen };
};
const json = (status: number, body: unknown) =>
  Promise.resolve(new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } }));

describe('createHttpBridge', () => {
  it('has exactly one function per operation, plus on', () => {
    const bridge = createHttpBridge({ token: 't', fetch: answering(() => json(200, { ok: true, value: 1 })).fetch });
    expect(Object.keys(bridge).sort()).toEqual([...OPERATION_NAMES, 'on'].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('POSTs JSON with the bearer token and returns the Result as it came', async () => {
    const { fetch, seen } = answering(() => json(200, { ok: false, error: { code: 'not_found', message: 'no such article' } }));
    const bridge = createHttpBridge({ baseUrl: 'http://127.0.0.1:9', token: 'tok', fetch });
    expect(await bridge.getDocument({ id: 'x' })).toEqual({ ok: false, error: { code: 'not_found', message: 'no such article' } });
    expect(seen[0].url).toBe('http://127.0.0.1:9/api/op/getDocument');
    expect(seen[0].init).toMatchObject({
      method: 'POST',
      body: '{"id":"x"}',
      headers: { Authorization: 'Bearer tok', 'Content-Type': 'application/json' },
    });
  });

  it.each([
    ['the server is gone', () => Promise.reject(new TypeError('fetch failed')), /not answering/, 'server_unreachable', {}],
    ['a refused token', () => json(401, { ok: false, error: { code: 'forbidden', message: 'x' } }), /access to the notebook has expired/, 'token_expired', {}],
    ['a refused origin', () => json(403, { ok: false, error: { code: 'forbidden', message: 'x' } }), /refused this page/, 'page_refused', {}],
    ['a too large body', () => json(413, {}), /too much to send at once \(at most 1 MiB/, 'request_too_large', { limit: 1024 * 1024 }],
    ['a server error', () => Promise.resolve(new Response('oops', { status: 502 })), /HTTP 502/, 'server_error', { status: 502 }],
    ['a 200 that is not a Result', () => Promise.resolve(new Response('<html>', { status: 200 })), /cannot read/, 'unreadable_answer', {}],
  ])('turns %s into an io Result with a reason and plain English words, never a throw', async (_what, respond, message, reason, params) => {
    const bridge = createHttpBridge({ token: 't', fetch: answering(respond).fetch });
    const result = await bridge.listDocuments({});
    expect(result).toEqual({ ok: false, error: { code: 'io', message: expect.stringMatching(message), reason, params } });
    // The reason is what the interface translates.
    if (!result.ok) expect(errorText('zh-Hant', result.error)).toMatch(/^筆記本伺服器|^這個頁面|^一次要傳送/);
  });

  it('passes a refusal from the server on with its reason and parameters', async () => {
    const refusal = { code: 'import_refused', message: 'a.txt: the file is empty', reason: 'empty', params: { file: 'a.txt' } };
    const report = { imported: [], failed: [{ file: 'a.txt', message: refusal.message, reason: 'empty', params: { file: 'a.txt' } }] };
    const { fetch } = answering(async (url) => (url.endsWith('importText') ? json(200, { ok: false, error: refusal }) : json(200, { ok: true, value: report })));
    const bridge = createHttpBridge({ token: 't', fetch });
    expect(await bridge.importText({ text: '' })).toEqual({ ok: false, error: refusal });
    expect(await bridge.importFileData({ files: [{ fileName: 'a.txt', dataBase64: '' }] })).toEqual({ ok: true, value: report });
  });

  it('refuses locally what the server would refuse, without sending it', async () => {
    const { fetch, seen } = answering(() => json(200, { ok: true, value: null }));
    const bridge = createHttpBridge({ token: 't', fetch });
    expect(await bridge.importText({ text: '字'.repeat(400_000) })).toMatchObject({
      ok: false,
      error: { code: 'io', message: /at most 1 MiB/, reason: 'request_too_large', params: { limit: 1024 * 1024 } },
    });
    const circular: Record<string, unknown> = {};
    circular.self = circular;
    expect(await bridge.updateSettings({ patch: circular as never })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', reason: 'input_not_json', params: { operation: 'updateSettings' } },
    });
    const noToken = createHttpBridge({ token: null, fetch });
    expect(await noToken.listDocuments({})).toMatchObject({ ok: false, error: { code: 'io', message: /\?token=/, reason: 'no_token' } });
    expect(noToken.on('notebookChanged', () => {})).toBeTypeOf('function');
    expect(seen).toEqual([]);
  });

  it('rejects unknown events and non-functions like the preload does', () => {
    const bridge = createHttpBridge({ token: 't', fetch: answering(() => new Promise(() => {})).fetch });
    expect(() => bridge.on('nope' as never, () => {})).toThrow(/unknown event/);
    expect(() => bridge.on('notebookChanged', null as never)).toThrow(/needs a function/);
  });
});
