import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../data/test-support/temp-dir';
import { runCli } from '../main';
import { createServeCommand, parsePort } from './serve-command';
import { makeRendererDir } from './test-helpers';
import { UsageError } from '../usage';

const tempDir = useTempDirs();
const BIN = join(__dirname, '../../bin/glossa.cjs');

describe('parsePort', () => {
  it('takes 0-65535 and nothing else', () => {
    expect(parsePort(undefined)).toBe(0);
    expect(parsePort('0')).toBe(0);
    expect(parsePort('8765')).toBe(8765);
    expect(parsePort('65535')).toBe(65535);
    for (const bad of ['65536', '-1', '80.5', 'abc', '', '1e3', ' 80']) expect(() => parsePort(bad)).toThrow(UsageError);
  });
});

/** The real `glossa serve`, in its own process, as a person would run it. */
const startGlossa = (notebook: string, rendererDir: string, ...args: string[]) => {
  const child = spawn(process.execPath, [BIN, 'serve', '--notebook', notebook, ...args], {
    env: { ...process.env, GLOSSA_RENDERER_DIR: rendererDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return { child, exited, lines, stderr: () => stderr };
};

describe('glossa serve (the command)', () => {
  it('prints the URL, answers over HTTP, and exits 0 on SIGTERM', async () => {
    const notebook = tempDir('notebook');
    const glossa = startGlossa(notebook, makeRendererDir(tempDir('renderer')), '--port', '0');
    try {
      const first = (await glossa.lines.next()).value as string;
      const match = /^Glossa is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]{43}))$/.exec(first);
      expect(match, `${first}\n${glossa.stderr()}`).not.toBeNull();
      expect((await glossa.lines.next()).value).toBe(`Notebook: ${notebook}`);
      const [, , port, token] = match!;
      const res = await fetch(`http://127.0.0.1:${port}/api/op/importText`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ text: '你好，世界。', title: '問候' }),
      });
      expect(await res.json()).toMatchObject({ ok: true, value: { title: '問候' } });
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
    } finally {
      glossa.child.kill('SIGTERM');
    }
    expect(await glossa.exited).toBe(0);
    expect(glossa.stderr()).toBe('');
  }, 120_000); // a cold tsx start on a busy machine can take many seconds

  it('exits 1 with one plain line when the renderer is not built, and 2 on a bad --port', async () => {
    const run = async (rendererDir: string, ...args: string[]) => {
      let out = '';
      let err = '';
      const io = { out: (t: string) => void (out += t), err: (t: string) => void (err += t) };
      const serve = createServeCommand({ env: { GLOSSA_RENDERER_DIR: rendererDir }, untilStop: () => Promise.resolve() });
      const code = await runCli(['serve', '--notebook', tempDir('notebook'), ...args], io, {}, serve);
      return { code, out, err };
    };
    const missing = await run(join(tempDir('renderer'), 'missing'));
    expect(missing).toMatchObject({ code: 1, out: '' });
    expect(missing.err).toMatch(/^glossa: the renderer is not built; run npm run build \(no index.html in .*missing\)\n$/);
    const badPort = await run(makeRendererDir(tempDir('renderer')), '--port', '70000');
    expect(badPort.code).toBe(2);
    expect(badPort.err).toMatch(/^glossa: --port takes a whole number from 0 to 65535, not "70000"/);
    const ok = await run(makeRendererDir(tempDir('renderer')), '--port', '0');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/^Glossa is running at http:\/\/127\.0\.0\.1:\d+\/\?token=\S+\nNotebook: \S+\n$/);
  });
});
