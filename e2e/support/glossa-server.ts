import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * `glossa serve` as a child process, the way a person starts browser mode: the real CLI
 * (bin/glossa.cjs through tsx), a system-chosen port, a notebook folder of our own. We read
 * the URL it prints and stop it with SIGTERM (its normal stop signal) when done.
 */
export const ROOT = resolve(__dirname, '..', '..');
export const GLOSSA_BIN = resolve(ROOT, 'bin', 'glossa.cjs');

/** The machine can be slow: tsx compiles the CLI on a cold start. */
const START_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 10_000;
const URL_LINE = /Glossa is running at (http:\/\/127\.0\.0\.1:(\d+)\/\?token=([A-Za-z0-9_-]+))/;

export interface GlossaServer {
  /** The URL as printed, token included. */
  url: string;
  /** http://127.0.0.1:PORT */
  origin: string;
  token: string;
  notebook: string;
  /** Everything the server wrote so far (stdout and stderr), for failure reports. */
  output(): string;
  stop(): Promise<void>;
}

/** Environment for our children: no notebook or renderer chosen from the caller's shell. */
const childEnv = (): NodeJS.ProcessEnv => {
  const env = { ...process.env };
  delete env.GLOSSA_NOTEBOOK;
  return env;
};

const waitForExit = (child: ChildProcess, ms: number): Promise<boolean> =>
  new Promise((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done(true);
    const timer = setTimeout(() => done(false), ms);
    child.once('exit', () => {
      clearTimeout(timer);
      done(true);
    });
  });

export const startGlossaServer = (notebook: string): Promise<GlossaServer> =>
  new Promise((resolveStart, rejectStart) => {
    const child = spawn(process.execPath, [GLOSSA_BIN, 'serve', '--port', '0', '--notebook', notebook], {
      cwd: ROOT,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let log = '';
    let stdout = '';
    let settled = false;

    const stop = async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      if (!(await waitForExit(child, STOP_TIMEOUT_MS))) {
        child.kill('SIGKILL');
        await waitForExit(child, STOP_TIMEOUT_MS);
      }
    };
    const fail = (why: string) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void stop();
      rejectStart(new Error(`glossa serve did not start: ${why}\n--- its output ---\n${log}`));
    };
    const timer = setTimeout(() => fail(`no URL within ${START_TIMEOUT_MS / 1000} s`), START_TIMEOUT_MS);

    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
    });
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      log += chunk;
      stdout += chunk;
      const match = URL_LINE.exec(stdout);
      if (!match || settled) return;
      settled = true;
      clearTimeout(timer);
      resolveStart({
        url: match[1],
        origin: `http://127.0.0.1:${match[2]}`,
        token: match[3],
        notebook,
        output: () => log,
        stop,
      });
    });
    child.once('error', (err) => fail(err.message));
    child.once('exit', (code, signal) => fail(`it exited (code ${code}, signal ${signal})`));
  });

export interface CliResult {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** One `glossa` command on a notebook, its stdout kept as bytes (exports are compared byte for byte). */
export const runGlossa = (args: string[], notebook: string): Promise<CliResult> =>
  new Promise((done, failed) => {
    const child = spawn(process.execPath, [GLOSSA_BIN, ...args, '--notebook', notebook], {
      cwd: ROOT,
      env: childEnv(),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    let stderr = '';
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('error', failed);
    child.once('close', (code) => done({ code, stdout: Buffer.concat(out), stderr }));
  });
