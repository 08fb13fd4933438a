import { spawn } from 'node:child_process';
import * as crypto from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NotebookService } from '../../data/service';
import { useTempDirs } from '../../data/test-support/temp-dir';
import { startServer, type RunningServer } from './start-server';
import { makeRendererDir, openService, rawRequest, type RawRequest, type RawResponse } from './test-helpers';
import { bearerMatches } from './token';

/**
 * What a hostile web page (or a curious process) can throw at `glossa serve`, beyond the basic
 * refusals in start-server.test.ts: DNS rebinding, cross-site forgeries a browser would send
 * without asking, ways the token could leak, and reaching the server from another machine.
 */
vi.mock('node:crypto', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:crypto')>();
  return { ...actual, timingSafeEqual: vi.fn(actual.timingSafeEqual) };
});

const ROOT = join(__dirname, '..', '..');
const BUILT_RENDERER = join(ROOT, 'out', 'renderer');
const tempDir = useTempDirs();
let service: NotebookService;
let server: RunningServer;
let logged: string[];

beforeEach(async () => {
  service = await openService(tempDir('notebook'));
  logged = [];
  // The real built page when there is one (test-all.sh builds first), so its HTML and JS are
  // what the token-leak checks read.
  const rendererDir = existsSync(join(BUILT_RENDERER, 'index.html')) ? BUILT_RENDERER : makeRendererDir(tempDir('renderer'));
  server = await startServer({ service, rendererDir, log: (l) => logged.push(l) });
});
afterEach(() => server.close());

const IMPORT = JSON.stringify({ text: '第一段。\n\n第二段。', title: '測試' });
const json = { 'Content-Type': 'application/json' };
const auth = () => ({ Authorization: `Bearer ${server.token}` });
const documentCount = async () => (await service.listDocuments()).length;
const post = (spec: RawRequest) => rawRequest(server.port, { method: 'POST', path: '/api/op/importText', body: IMPORT, ...spec });

/** node:http always sends a Host header; a raw socket lets us leave it out. */
const rawSocketRequest = (port: number, lines: string[], body = ''): Promise<string> =>
  new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => (answer += chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(answer));
    socket.write(`${lines.join('\r\n')}\r\n\r\n${body}`);
    socket.end();
  });
const statusOf = (answer: string) => Number(/^HTTP\/1\.[01] (\d{3})/.exec(answer)?.[1]);

describe('DNS rebinding: only our own Host names reach the server', () => {
  const hosts: [string, () => string][] = [
    ['evil.example:PORT', () => `evil.example:${server.port}`],
    ['127.0.0.1.nip.io:PORT', () => `127.0.0.1.nip.io:${server.port}`],
    ['localhost with another port', () => `localhost:${server.port + 1}`],
    ['localhost without a port', () => 'localhost'],
    ['127.0.0.1 with another port', () => `127.0.0.1:${server.port === 65535 ? 1 : server.port + 1}`],
    ['0.0.0.0:PORT', () => `0.0.0.0:${server.port}`],
    ['[::1]:PORT', () => `[::1]:${server.port}`],
    ['a trailing-dot name', () => `localhost.:${server.port}`],
    ['a host with our host as prefix', () => `127.0.0.1:${server.port}.evil.example`],
  ];
  it.each(hosts)('refuses Host %s, for the API and for the page', async (_what, host) => {
    const api = await post({ headers: { ...auth(), ...json, Host: host() } });
    expect(api.status).toBe(403);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    const page = await rawRequest(server.port, { path: '/', headers: { Host: host() } });
    expect(page.status).toBe(403);
    expect(page.body).not.toContain('<script');
    expect(await documentCount()).toBe(0);
  });

  it('refuses a request without any Host header (HTTP/1.1 and HTTP/1.0)', async () => {
    const body = IMPORT;
    const headers = [`Authorization: Bearer ${server.token}`, 'Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`, 'Connection: close'];
    const http11 = await rawSocketRequest(server.port, ['POST /api/op/importText HTTP/1.1', ...headers], body);
    expect(statusOf(http11)).toBeGreaterThanOrEqual(400); // Node itself answers 400 before routing
    const http10 = await rawSocketRequest(server.port, ['POST /api/op/importText HTTP/1.0', ...headers], body);
    expect(statusOf(http10)).toBe(403);
    const page10 = await rawSocketRequest(server.port, ['GET / HTTP/1.0']);
    expect(statusOf(page10)).toBe(403);
    // An empty Host (node:http would replace it with its own, hence the raw socket).
    const empty = await rawSocketRequest(server.port, ['POST /api/op/importText HTTP/1.1', 'Host: ', ...headers], body);
    expect(statusOf(empty)).toBe(403);
    expect(await documentCount()).toBe(0);
  });
});

describe('cross-site requests a browser sends without a preflight', () => {
  const evil = 'https://evil.example';
  const forged: [string, () => RawRequest][] = [
    // <form method=post enctype=text/plain action=http://127.0.0.1:PORT/api/op/importText>
    ['a text/plain form post', () => ({ headers: { 'Content-Type': 'text/plain', Origin: evil, 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate' } })],
    ['a urlencoded form post', () => ({ headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: evil, 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'navigate' } })],
    ['a multipart form post', () => ({ headers: { 'Content-Type': 'multipart/form-data; boundary=x', Origin: evil, 'Sec-Fetch-Site': 'cross-site' } })],
    // fetch(url, {mode: 'no-cors', method: 'POST', body}) from another site
    ['a no-cors fetch', () => ({ headers: { 'Content-Type': 'text/plain;charset=UTF-8', Origin: evil, 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'no-cors' } })],
    // the same from a sandboxed iframe or a file:// page
    ['a no-cors fetch with Origin: null', () => ({ headers: { 'Content-Type': 'text/plain', Origin: 'null', 'Sec-Fetch-Mode': 'no-cors' } })],
    // an old browser that sends neither Origin nor Sec-Fetch-*: the token is still missing
    ['a form post with no Origin and no Sec-Fetch headers', () => ({ headers: { 'Content-Type': 'application/x-www-form-urlencoded' } })],
    // a JSON body claimed with a simple type (some parsers would accept it)
    ['JSON sent as text/plain without a token', () => ({ headers: { 'Content-Type': 'text/plain' } })],
    // the token guessed right (or leaked) still cannot ride a form post
    ['a text/plain post carrying the token', () => ({ headers: { ...auth(), 'Content-Type': 'text/plain' } })],
    ['a JSON post from a foreign Origin carrying the token', () => ({ headers: { ...auth(), ...json, Origin: evil } })],
    ['a JSON post marked cross-site carrying the token', () => ({ headers: { ...auth(), ...json, 'Sec-Fetch-Site': 'cross-site', 'Sec-Fetch-Mode': 'cors' } })],
  ];
  it.each(forged)('refuses %s and changes nothing', async (_what, make) => {
    const res = await post(make());
    expect([401, 403, 415]).toContain(res.status);
    expect(JSON.parse(res.body)).toMatchObject({ ok: false });
    expect(await documentCount()).toBe(0);
  });

  it('grants no CORS: no Access-Control-Allow-* header on any answer, preflights included', async () => {
    const answers = [
      await rawRequest(server.port, { method: 'OPTIONS', path: '/api/op/importText', headers: { Origin: evil, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'authorization,content-type' } }),
      await rawRequest(server.port, { method: 'OPTIONS', path: '/api/op/importText', headers: { 'Access-Control-Request-Method': 'POST' } }),
      await post({ headers: { ...auth(), ...json } }),
      await rawRequest(server.port, { path: '/' }),
    ];
    for (const res of answers) {
      expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
    }
    expect(answers[0].status).toBe(403);
  });
});

describe('the token does not leak', () => {
  it('is refused in the query of any API call (only the Authorization header counts)', async () => {
    const t = server.token;
    for (const path of [`/api/op/listDocuments?token=${t}`, `/api/op/listDocuments?access_token=${t}`, `/api/events?token=${t}`, `/api/op/listDocuments?Authorization=Bearer%20${t}`]) {
      const res = await rawRequest(server.port, { method: path.startsWith('/api/events') ? 'GET' : 'POST', path, body: path.startsWith('/api/events') ? undefined : '{}', headers: json });
      expect(res.status, path).toBe(401);
    }
  });

  it('never appears in a response body or header, whatever was asked', async () => {
    const t = server.token;
    const asks: RawRequest[] = [
      { path: `/?token=${t}` },
      { path: '/' },
      { path: `/index.html?token=${t}` },
      { path: `/nothing?token=${t}` },
      { path: `/%?token=${t}` },
      { method: 'POST', path: `/?token=${t}` },
      { path: `/?token=${t}`, headers: { Host: `evil.example:${server.port}` } },
      { path: `/?token=${t}`, headers: { Referer: `http://127.0.0.1:${server.port}/?token=${t}`, 'Sec-Fetch-Site': 'cross-site' } },
      { method: 'POST', path: '/api/op/listDocuments', body: '{}', headers: { ...auth(), ...json } },
      { method: 'POST', path: '/api/op/listDocuments', body: '{', headers: { ...auth(), ...json } },
      { method: 'POST', path: '/api/op/nope', body: '{}', headers: { ...auth(), ...json } },
      { method: 'POST', path: `/api/op/listDocuments?token=${t}`, body: '{}', headers: json },
      { method: 'POST', path: '/api/op/listDocuments', body: '{}', headers: { ...json, Authorization: `Bearer ${t.slice(0, -1)}A` } },
      { method: 'POST', path: '/api/op/listDocuments', body: '{}', headers: { ...auth(), ...json, Origin: 'https://evil.example' } },
      { method: 'GET', path: '/api/op/listDocuments', headers: auth() },
      { method: 'POST', path: '/api/op/importText', body: 'x', headers: { ...auth(), 'Content-Type': 'text/plain' } },
      { path: `/api/nothing?token=${t}`, headers: auth() },
    ];
    const answers: RawResponse[] = [];
    for (const ask of asks) answers.push(await rawRequest(server.port, ask));
    for (const [i, res] of answers.entries()) {
      const where = `${asks[i].method ?? 'GET'} ${asks[i].path} -> ${res.status}`;
      expect(res.body, where).not.toContain(t);
      expect(JSON.stringify(res.headers), where).not.toContain(t);
      // The page's URL carries the token: no answer may hand it on as a Referer.
      expect(res.headers['referrer-policy'], where).toBe('no-referrer');
      expect(res.headers['set-cookie'], where).toBeUndefined();
    }
  });

  it('is in none of the files the server hands out (HTML, JS, CSS)', async () => {
    const page = await rawRequest(server.port, { path: `/?token=${server.token}` });
    expect(page.status).toBe(200);
    const assets = [...page.body.matchAll(/(?:src|href)="(\/[^"]+)"/g)].map((m) => m[1]);
    if (existsSync(join(BUILT_RENDERER, 'assets'))) {
      for (const name of readdirSync(join(BUILT_RENDERER, 'assets'))) assets.push(`/assets/${name}`);
    }
    expect(assets.length).toBeGreaterThan(0);
    for (const path of new Set(assets)) {
      const res = await rawRequest(server.port, { path });
      expect(res.status, path).toBe(200);
      expect(res.body, path).not.toContain(server.token);
      expect(res.headers['referrer-policy'], path).toBe('no-referrer');
    }
  });

  it('is compared in constant time (timingSafeEqual, never ===, for every guess of the right length)', () => {
    const spy = vi.mocked(crypto.timingSafeEqual);
    spy.mockClear();
    const token = 'k'.repeat(43);
    expect(bearerMatches(`Bearer ${'a'.repeat(43)}`, token)).toBe(false);
    expect(bearerMatches(`Bearer ${'k'.repeat(42)}a`, token)).toBe(false);
    expect(bearerMatches(`Bearer ${token}`, token)).toBe(true);
    expect(spy).toHaveBeenCalledTimes(3);
    const source = readFileSync(join(__dirname, 'token.ts'), 'utf8');
    // Lengths may be compared (the URL shows how long the token is); contents never directly.
    const comparisons = source.replace(/\w+\.length\s*===\s*\w+\.length/g, '');
    expect(comparisons).not.toMatch(/[!=]==?|\.equals\(|\.compare\(|localeCompare/);
  });

  it('is printed once, on the first line, and never in what `glossa serve` prints afterwards', async () => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'glossa.cjs'), 'serve', '--port', '0', '--notebook', tempDir('served')], {
      env: { ...process.env, GLOSSA_RENDERER_DIR: makeRendererDir(tempDir('renderer')) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const lines = createInterface({ input: child.stdout });
      lines.on('line', (l) => (stdout += `${l}\n`));
      await expect.poll(() => stdout, { timeout: 90_000 }).toMatch(/^Glossa is running at .*\n/);
      const match = /^Glossa is running at http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{43})\n/.exec(stdout);
      expect(match, stdout + stderr).not.toBeNull();
      const [, portText, token] = match!;
      const port = Number(portText);
      // Everything that makes the server write a log line: refusals, bad bodies, unknown paths.
      const noisy: RawRequest[] = [
        { method: 'POST', path: `/api/op/listDocuments?token=${token}`, body: '{}', headers: json },
        { method: 'POST', path: '/api/op/listDocuments', body: '{}', headers: { ...json, Authorization: `Bearer ${token.slice(0, -1)}A` } },
        { path: `/?token=${token}`, headers: { Host: `evil.example:${port}` } },
        { path: `/?token=${token}`, headers: { Origin: 'null' } },
        { method: 'POST', path: `/api/op/importText?token=${token}`, body: IMPORT, headers: { Authorization: `Bearer ${token}`, ...json, 'Sec-Fetch-Site': 'cross-site' } },
        { method: 'POST', path: '/api/op/listDocuments', body: '{', headers: { Authorization: `Bearer ${token}`, ...json } },
        { method: 'POST', path: '/api/op/getDocument', body: '{"id":"nope"}', headers: { Authorization: `Bearer ${token}`, ...json } },
        { path: `/?token=${token}` },
      ];
      for (const ask of noisy) await rawRequest(port, ask);
      await expect.poll(() => stderr).toMatch(/refused/);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
      const [first, ...rest] = stdout.split('\n');
      expect(first).toContain(token);
      expect(rest.join('\n')).not.toContain(token);
      expect(stderr).not.toContain(token);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 120_000); // a cold tsx start on a busy machine can take many seconds
});

describe('the server listens on the loopback address only', () => {
  const outsideAddresses = () =>
    Object.values(networkInterfaces())
      .flat()
      .filter((a): a is NonNullable<typeof a> => Boolean(a && !a.internal && !(a.family === 'IPv6' && a.address.startsWith('fe80:'))))
      .map((a) => a.address);
  const tryConnect = (host: string, port: number): Promise<'connected' | string> =>
    new Promise((resolve) => {
      const socket = connect({ host, port, timeout: 5_000 });
      socket.once('connect', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.once('timeout', () => {
        socket.destroy();
        resolve('ETIMEDOUT');
      });
      socket.once('error', (err: NodeJS.ErrnoException) => resolve(err.code ?? err.message));
    });

  it('cannot be reached through IPv6 loopback, nor any other interface address of this machine', async (ctx) => {
    expect(await tryConnect('127.0.0.1', server.port)).toBe('connected');
    expect(await tryConnect('::1', server.port)).not.toBe('connected');
    const addresses = outsideAddresses();
    if (addresses.length === 0) {
      ctx.skip('this machine has no non-loopback interface address to connect through');
      return;
    }
    // The control: which of these addresses reach a server that listens on every interface,
    // so a refusal below means "not listening there", not "unreachable anyway".
    const wide: Server = createServer((_req, res) => res.end());
    const listenWide = (host: string) =>
      new Promise<boolean>((resolve) => {
        wide.once('error', () => resolve(false));
        wide.listen(0, host, () => resolve(true));
      });
    if (!(await listenWide('::'))) expect(await listenWide('0.0.0.0')).toBe(true);
    const reachable: string[] = [];
    try {
      const widePort = (wide.address() as { port: number }).port;
      for (const address of addresses) if ((await tryConnect(address, widePort)) === 'connected') reachable.push(address);
    } finally {
      await new Promise((resolve) => wide.close(resolve));
    }
    if (reachable.length === 0) {
      ctx.skip(`none of this machine's addresses (${addresses.join(', ')}) is reachable even by a server on all interfaces`);
      return;
    }
    for (const address of reachable) expect(await tryConnect(address, server.port), address).not.toBe('connected');
  });
});
