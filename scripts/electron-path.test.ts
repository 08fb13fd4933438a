import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

/**
 * scripts/electron-path.cjs run as `npm start` runs it, in a throwaway project whose
 * node_modules/electron is a fake: its install.js fails the way the real one does without
 * network (a downloader stack trace) or "downloads" a binary, and counts its runs.
 */
const SCRIPT = join(__dirname, 'electron-path.cjs');
const { conciseReason } = createRequire(__filename)(SCRIPT) as { conciseReason: (output: string) => string };

const REAL_FAILURE = [
  'TypeError: fetch failed',
  '    at node:internal/deps/undici/undici:14976:13',
  '    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)',
  '    at async FetchDownloader.download (file:///x/node_modules/@electron/get/dist/FetchDownloader.js:46:30)',
].join('\n');

const FAKE_INSTALL = `
const fs = require('node:fs');
const path = require('node:path');
fs.appendFileSync(path.join(__dirname, 'runs'), 'x');
if (process.env.FAKE_INSTALL === 'succeed') {
  fs.mkdirSync(path.join(__dirname, 'dist'), { recursive: true });
  fs.writeFileSync(path.join(__dirname, 'dist', 'electron'), '');
  fs.writeFileSync(path.join(__dirname, 'path.txt'), 'electron');
} else {
  console.log('Downloading Electron binary...');
  console.error(${JSON.stringify(REAL_FAILURE)});
  process.exit(1);
}
`;

let project: string;
let pkg: string;

beforeEach(() => {
  project = mkdtempSync(join(tmpdir(), 'glossa-electron-path-'));
  pkg = join(project, 'node_modules', 'electron');
  mkdirSync(join(project, 'scripts'));
  mkdirSync(pkg, { recursive: true });
  copyFileSync(SCRIPT, join(project, 'scripts', 'electron-path.cjs'));
  writeFileSync(join(pkg, 'package.json'), JSON.stringify({ name: 'electron', version: '45.4.1', main: 'index.js' }));
  // Calling the real entry point would download; the script must never require it.
  writeFileSync(join(pkg, 'index.js'), "throw new Error('required electron/index.js');\n");
  writeFileSync(join(pkg, 'install.js'), FAKE_INSTALL);
});

afterEach(() => rmSync(project, { recursive: true, force: true }));

const run = (env: Record<string, string> = {}) => {
  const { ELECTRON_OVERRIDE_DIST_PATH: _ignored, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [join(project, 'scripts', 'electron-path.cjs')], {
    encoding: 'utf8',
    env: { ...inherited, ...env },
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
};
const installerRuns = () => (existsSync(join(pkg, 'runs')) ? readFileSync(join(pkg, 'runs'), 'utf8').length : 0);
/** The message proper: the lines after the one-line download notice. */
const messageLines = (stderr: string) => stderr.trim().split('\n').filter((l) => !/downloading the Electron/.test(l));

describe('electron-path.cjs', () => {
  it('prints the installed binary without running the installer', () => {
    mkdirSync(join(pkg, 'dist'));
    writeFileSync(join(pkg, 'dist', 'electron'), '');
    writeFileSync(join(pkg, 'path.txt'), 'electron');
    const out = run();
    expect(out).toMatchObject({ status: 0, stdout: join(pkg, 'dist', 'electron'), stderr: '' });
    expect(installerRuns()).toBe(0);
  });

  it('says plainly what is missing and points to browser mode when the download fails', () => {
    const out = run({ FAKE_INSTALL: 'fail' });
    expect(out.status).toBe(1);
    expect(out.stdout).toBe('');
    const lines = messageLines(out.stderr);
    expect(lines.length).toBeLessThanOrEqual(2);
    const message = lines.join('\n');
    expect(message).not.toContain('    at ');
    expect(message).not.toMatch(/node:internal|Please delete|TypeError/);
    expect(message).toContain('Electron binary for');
    expect(message).toContain('download failed: fetch failed');
    expect(message).toContain('npm run web');
    expect(message).toContain('npx install-electron');
  });

  it('tries the download once, then reports the noted failure without the network', () => {
    run({ FAKE_INSTALL: 'fail' });
    const again = run({ FAKE_INSTALL: 'fail' });
    expect(installerRuns()).toBe(1);
    expect(again.status).toBe(1);
    expect(again.stderr).not.toMatch(/downloading/i);
    expect(messageLines(again.stderr).join('\n')).toMatch(/download failed: fetch failed; last tried \d{4}-\d\d-\d\d/);
  });

  it('retries once the note is a day old', () => {
    run({ FAKE_INSTALL: 'fail' });
    const note = join(pkg, '.glossa-download-failed.json');
    const old = JSON.parse(readFileSync(note, 'utf8'));
    writeFileSync(note, JSON.stringify({ ...old, at: old.at - 25 * 60 * 60 * 1000 }));
    const out = run({ FAKE_INSTALL: 'succeed' });
    expect(installerRuns()).toBe(2);
    expect(out).toMatchObject({ status: 0, stdout: join(pkg, 'dist', 'electron') });
  });

  it('downloads a missing binary where the network allows and prints its path', () => {
    const out = run({ FAKE_INSTALL: 'succeed' });
    expect(out).toMatchObject({ status: 0, stdout: join(pkg, 'dist', 'electron') });
    expect(installerRuns()).toBe(1);
  });

  it('names a missing ELECTRON_OVERRIDE_DIST_PATH binary and does not download', () => {
    const out = run({ ELECTRON_OVERRIDE_DIST_PATH: join(project, 'nowhere') });
    expect(out.status).toBe(1);
    expect(messageLines(out.stderr).join('\n')).toContain(`no binary at ${join(project, 'nowhere', 'electron')}`);
    expect(installerRuns()).toBe(0);
  });
});

describe('conciseReason', () => {
  it('keeps the last error message and drops stack frames', () => {
    expect(conciseReason(`Downloading Electron binary...\n${REAL_FAILURE}`)).toBe('fetch failed');
    expect(conciseReason('HTTPError: Response code 404 (Not Found) for https://x/electron.zip\n    at y')).toBe(
      'Response code 404 (Not Found) for https://x/electron.zip',
    );
    expect(conciseReason('Error: Electron builds are not available on platform: aix')).toBe('Electron builds are not available on platform: aix');
    expect(conciseReason('')).toBe('no reason given');
    expect(conciseReason(`Error: ${'x'.repeat(500)}`).length).toBeLessThanOrEqual(160);
  });
});
