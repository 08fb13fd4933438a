import { request } from 'node:http';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NotebookService } from '../../data/service';
import { useTempDirs } from '../../data/test-support/temp-dir';
import { CONTENT_SECURITY_POLICY } from './security-headers';
import { startServer, type RunningServer } from './start-server';
import { makeRendererDir, openService, rawRequest, type RawRequest } from './test-helpers';

const tempDir = useTempDirs();
let service: NotebookService;
let server: RunningServer;
let logged: string[];

beforeEach(async () => {
  service = await openService(tempDir('notebook'));
  logged = [];
  server = await startServer({ service, rendererDir: makeRendererDir(tempDir('renderer')), log: (l) => logged.push(l) });
});
afterEach(() => server.close());

const IMPORT = JSON.stringify({ text: '第一段。\n\n第二段。', title: '測試' });
const auth = () => ({ Authorization: `Bearer ${server.token}` });
const json = { 'Content-Type': 'application/json' };
const call = (name: string, body: string, extra: RawRequest = {}) =>
  rawRequest(server.port, { method: 'POST', path: `/api/op/${name}`, body, ...extra, headers: { ...auth(), ...json, ...extra.headers } });
const documentCount = async () => (await service.listDocuments()).length;

describe('glossa serve: the server', () => {
  it('listens on 127.0.0.1 only and prints a URL with a 256-bit token', () => {
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${server.token}`);
    expect(server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('answers a valid call with the Result, and the next call sees it', async () => {
    const imported = await call('importText', IMPORT);
    expect(imported.status).toBe(200);
    const summary = JSON.parse(imported.body);
    expect(summary).toMatchObject({ ok: true, value: { title: '測試' } });
    const listed = JSON.parse((await call('listDocuments', '{}')).body);
    expect(listed).toEqual({ ok: true, value: [summary.value] });
    // The browser's own calls carry these headers; they are accepted.
    const fromPage = await call('listDocuments', '{}', {
      headers: { Host: `localhost:${server.port}`, Origin: `http://localhost:${server.port}`, 'Sec-Fetch-Site': 'same-origin' },
    });
    expect(fromPage.status).toBe(200);
  });

  it('returns contract errors as Results, and malformed JSON as a 400 Result', async () => {
    expect(JSON.parse((await call('getDocument', '{"id":"nope"}')).body)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(JSON.parse((await call('frobnicate', '{}')).body)).toMatchObject({ ok: false, error: { code: 'unknown_operation' } });
    const bad = await call('importText', '{"text":');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  const port = () => server.port;
  const hostile: [string, () => RawRequest, number][] = [
    ['no token', () => ({ headers: { ...json } }), 401],
    ['a wrong token', () => ({ headers: { ...json, Authorization: `Bearer ${'A'.repeat(43)}` } }), 401],
    ['a wrong token of another length', () => ({ headers: { ...json, Authorization: 'Bearer abc' } }), 401],
    ['the token only in the query', () => ({ path: `/api/op/importText?token=${server.token}`, headers: { ...json } }), 401],
    ['a foreign Host', () => ({ headers: { ...auth(), ...json, Host: `evil.example:${port()}` } }), 403],
    ['a rebinding Host', () => ({ headers: { ...auth(), ...json, Host: `127.0.0.1.nip.io:${port()}` } }), 403],
    ['a Host without the port', () => ({ headers: { ...auth(), ...json, Host: '127.0.0.1' } }), 403],
    ['a foreign Origin', () => ({ headers: { ...auth(), ...json, Origin: 'https://evil.example' } }), 403],
    ['Origin null', () => ({ headers: { ...auth(), ...json, Origin: 'null' } }), 403],
    ['another local port as Origin', () => ({ headers: { ...auth(), ...json, Origin: `http://127.0.0.1:${port() + 1}` } }), 403],
    ['Sec-Fetch-Site: cross-site', () => ({ headers: { ...auth(), ...json, 'Sec-Fetch-Site': 'cross-site' } }), 403],
    ['Sec-Fetch-Site: same-site', () => ({ headers: { ...auth(), ...json, 'Sec-Fetch-Site': 'same-site' } }), 403],
    ['a urlencoded form post', () => ({ headers: { ...auth(), 'Content-Type': 'application/x-www-form-urlencoded' } }), 415],
    ['a text/plain form post', () => ({ headers: { ...auth(), 'Content-Type': 'text/plain' } }), 415],
    ['a multipart form post', () => ({ headers: { ...auth(), 'Content-Type': 'multipart/form-data; boundary=x' } }), 415],
    ['no Content-Type', () => ({ headers: { ...auth() } }), 415],
    ['GET on an operation', () => ({ method: 'GET', headers: { ...auth() } }), 405],
    ['PUT on an operation', () => ({ method: 'PUT', headers: { ...auth(), ...json } }), 405],
    ['an OPTIONS preflight', () => ({ method: 'OPTIONS', headers: { ...auth(), Origin: `http://127.0.0.1:${port()}` } }), 405],
  ];
  it.each(hostile)('refuses %s (importText) and changes nothing', async (_what, make, status) => {
    const spec = make();
    const res = await rawRequest(server.port, { method: 'POST', path: '/api/op/importText', body: IMPORT, ...spec });
    expect(res.status).toBe(status);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { message: expect.any(String) } });
    expect(await documentCount()).toBe(0);
  });

  it('refuses an oversized declared body with 413 before reading it', async () => {
    const res = await call('importText', undefined as never, {
      headers: { 'Content-Length': String(1024 * 1024 + 1) },
      leaveOpen: true,
    });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await documentCount()).toBe(0);
  });

  it('refuses an oversized chunked body with 413 once it passes the limit', async () => {
    const text = 'x'.repeat(1024 * 1024 + 100);
    const res = await call('importText', JSON.stringify({ text }), { headers: { 'Transfer-Encoding': 'chunked' }, leaveOpen: true });
    expect(res.status).toBe(413);
    expect(await documentCount()).toBe(0);
  });

  it('gives importFileData a larger limit than other calls', async () => {
    const data = Buffer.from('大'.repeat(280_000)).toString('base64'); // ~1.1 MiB of JSON
    const body = JSON.stringify({ files: [{ fileName: 'big.txt', dataBase64: data }] });
    expect(body.length).toBeGreaterThan(1024 * 1024);
    const res = await call('importFileData', body);
    expect(res.status).toBe(200);
    expect(JSON.parse(res.body)).toMatchObject({ ok: true, value: { imported: [{ title: expect.any(String) }] } });
    const declared = await call('importFileData', undefined as never, { headers: { 'Content-Length': String(97 * 1024 * 1024) }, leaveOpen: true });
    expect(declared.status).toBe(413);
  });

  it('answers unknown API paths and wrong methods on /api with Results', async () => {
    expect((await rawRequest(server.port, { path: '/api/nothing', headers: auth() })).status).toBe(404);
    expect((await rawRequest(server.port, { method: 'POST', path: '/api/events', headers: auth() })).status).toBe(405);
    expect((await rawRequest(server.port, { path: '/api/events' })).status).toBe(401);
  });

  it('serves the renderer with the strict headers', async () => {
    const page = await rawRequest(server.port, { path: `/?token=${server.token}` });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Glossa</title>');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(page.headers['cross-origin-resource-policy']).toBe('same-origin');
    expect(page.headers['cache-control']).toBe('no-store');
    const script = await rawRequest(server.port, { path: '/assets/app.js' });
    expect(script.status).toBe(200);
    expect(script.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const head = await rawRequest(server.port, { method: 'HEAD', path: '/index.html' });
    expect(head.status).toBe(200);
    expect(head.body).toBe('');
    const api = await call('listDocuments', '{}');
    expect(api.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(api.headers['x-content-type-options']).toBe('nosniff');
  });

  it.each([
    ['/../package.json', 404],
    ['/assets/../../package.json', 404],
    ['/%2e%2e/%2e%2e/etc/passwd', 404],
    ['/..%2f..%2fpackage.json', 404],
    ['/assets%5c..%5c..%5cpackage.json', 404],
    ['/.hidden', 404],
    ['/assets', 404],
    ['/nothing.js', 404],
    ['/%E0%A4%A', 400],
    ['/assets/app.js%00.html', 404],
  ])('refuses the static path %s with %i', async (path, status) => {
    const res = await rawRequest(server.port, { path });
    expect(res.status).toBe(status);
    expect(res.body).not.toContain('secret');
    expect(res.body).not.toContain('"name"');
    expect(res.body).not.toContain('root:');
    expect(res.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  });

  it('checks Host and Sec-Fetch-Site for static files too', async () => {
    expect((await rawRequest(server.port, { headers: { Host: `evil.example:${server.port}` } })).status).toBe(403);
    expect((await rawRequest(server.port, { headers: { 'Sec-Fetch-Site': 'cross-site' } })).status).toBe(403);
    expect((await rawRequest(server.port, { method: 'POST', path: '/' })).status).toBe(405);
    // Typing the URL into the address bar is `none`: the page itself loads.
    expect((await rawRequest(server.port, { headers: { 'Sec-Fetch-Site': 'none' } })).status).toBe(200);
  });

  it('streams events to a client with the token, and ends the stream on close', async () => {
    const received: string[] = [];
    let ended = false;
    await new Promise<void>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port: server.port, path: '/api/events', headers: auth() }, (res) => {
        expect(res.statusCode).toBe(200);
        expect(res.headers['content-type']).toBe('text/event-stream; charset=utf-8');
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => received.push(chunk));
        res.on('end', () => (ended = true));
        resolve();
      });
      req.on('error', reject);
      req.end();
    });
    await call('importText', IMPORT);
    await expect.poll(() => received.join('')).toMatch(/data: \{"event":"notebookChanged","payload":\{"documentIds":\["[0-9a-f]+"\]\}\}\n\n/);
    const started = Date.now();
    await server.close();
    expect(Date.now() - started).toBeLessThan(1000);
    await expect.poll(() => ended).toBe(true);
  });

  it('refuses to start without a built renderer', async () => {
    await expect(startServer({ service, rendererDir: join(tempDir('empty'), 'out') })).rejects.toThrow(
      /the renderer is not built; run npm run build/,
    );
  });

  it('logs refusals', async () => {
    await rawRequest(server.port, { method: 'POST', path: '/api/op/listDocuments', body: '{}', headers: json });
    expect(logged.join('\n')).toMatch(/POST \/api\/op\/listDocuments: refused: no valid token/);
    expect(logged.join('\n')).not.toContain(server.token);
  });
});
