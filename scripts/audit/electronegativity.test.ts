import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ALLOWED_FINDINGS, isAllowed, type AllowedFinding } from './electronegativity-allow-list';
import {
  ROOT,
  SEVERITY_RANK,
  copyShippedSources,
  describeFinding,
  lowerBuiltApp,
  runElectronegativity,
  type AuditResult,
  type Finding,
} from './electronegativity';

/**
 * The Electron security audit as a test: @doyensec/electronegativity over the built app
 * (out/, which scripts/test-all.sh builds before the unit tests) and over the Electron host's
 * sources. Any finding of severity MEDIUM or higher fails unless it is on the reviewed
 * allow-list (electronegativity-allow-list.ts), which names the place and the reason.
 */
const OUT = join(ROOT, 'out');
const SLOW = 300_000; // the tool parses ~1.7 MB of bundles; a shared 2-core machine is slow

const temps: string[] = [];
const tempDir = (label: string) => {
  const dir = mkdtempSync(join(tmpdir(), `glossa-audit-${label}-`));
  temps.push(dir);
  return dir;
};
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

const once = <T>(make: () => Promise<T>) => {
  let p: Promise<T> | undefined;
  return () => (p ??= make());
};
const scanOut = once(async () => {
  expect(existsSync(join(OUT, 'main', 'index.js')), 'build the app first: npx electron-vite build').toBe(true);
  return runElectronegativity(lowerBuiltApp(OUT, join(tempDir('out'), 'out')));
});
const scanElectron = once(() => runElectronegativity(copyShippedSources(join(ROOT, 'electron'), join(tempDir('src'), 'electron'))));

const atLeastMedium = (f: Finding) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK.MEDIUM;
const unreviewed = (scan: AllowedFinding['scan'], result: AuditResult) =>
  result.findings.filter((f) => atLeastMedium(f) && !isAllowed(scan, f));

describe('electronegativity audit', () => {
  it('finds nothing of medium or higher in the built app (out/) beyond the reviewed allow-list', async () => {
    const result = await scanOut();
    expect(result.parseErrors, 'every built file was parsed (an unparsed file is an unchecked file)').toEqual([]);
    expect(unreviewed('out', result).map(describeFinding)).toEqual([]);
  }, SLOW);

  it('finds nothing of medium or higher in the Electron sources (electron/) beyond the reviewed allow-list', async () => {
    const result = await scanElectron();
    expect(result.parseErrors).toEqual([]);
    expect(unreviewed('electron', result).map(describeFinding)).toEqual([]);
  }, SLOW);

  it('keeps no allow-list entry that matches nothing any more', async () => {
    const [out, electron] = [await scanOut(), await scanElectron()];
    const stale = ALLOWED_FINDINGS.filter(
      (a) => !(a.scan === 'out' ? out : electron).findings.some((f) => isAllowed(a.scan, f, [a])),
    );
    expect(stale.map((a) => `${a.scan}: ${a.id} ${a.file} "${a.sampleIncludes}"`)).toEqual([]);
    for (const a of ALLOWED_FINDINGS) expect(a.reason.length, `${a.id} ${a.file} needs a reason`).toBeGreaterThan(40);
  }, SLOW);

  it('would fail on a real misconfiguration (the gate is not blind)', async () => {
    const dir = tempDir('planted');
    writeFileSync(
      join(dir, 'main.js'),
      [
        "const { BrowserWindow } = require('electron');",
        'const win = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false, sandbox: false, webSecurity: false } });',
        "win.loadURL('http://example.invalid/');",
        '',
      ].join('\n'),
    );
    const result = await runElectronegativity(dir);
    const ids = unreviewed('out', result).map((f) => f.id);
    expect(ids).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK']),
    );
  }, SLOW);

  it('sees the built main process never turn isolation, sandbox or web security off', () => {
    const main = readFileSync(join(OUT, 'main', 'index.js'), 'utf8');
    for (const on of ['contextIsolation: true', 'sandbox: true', 'nodeIntegration: false', 'webSecurity: true', 'webviewTag: false']) {
      expect(main).toContain(on);
    }
    for (const off of [/contextIsolation:\s*false/, /sandbox:\s*false/, /nodeIntegration\w*:\s*true/, /webSecurity:\s*false/, /allowRunningInsecureContent:\s*true/, /webviewTag:\s*true/]) {
      expect(main).not.toMatch(off);
    }
  });
});
