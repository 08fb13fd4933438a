import { spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Expectations, type WorkerLine } from './facts';
import { prng } from './prng';
import { verifyNotebook } from './verify';

/**
 * Crash safety by fault injection: a child performs random notebook operations and is killed
 * with SIGKILL at a random moment, `kills` times; after each kill the notebook must pass
 * check and hold everything the child reported as saved.
 *   node bin/run-ts.cjs scripts/crash/run.ts [--kills 500] [--seed 1]
 */
export interface CrashReport {
  kills: number;
  savedOps: number;
  factsChecked: number;
  failures: string[];
}

const ROOT = join(__dirname, '../..');

const runWorker = (dir: string, seed: number, killAfterMs: number): Promise<WorkerLine[]> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin/run-ts.cjs'), join(__dirname, 'worker.ts'), dir, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const lines: WorkerLine[] = [];
    let buffer = '';
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffer += chunk.toString();
      let nl: number;
      while ((nl = buffer.indexOf('\n')) !== -1) {
        const line = buffer.slice(0, nl);
        buffer = buffer.slice(nl + 1);
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), killAfterMs);
        else lines.push(JSON.parse(line) as WorkerLine);
      }
    });
    child.on('exit', (code, signal) => {
      // A torn last line means the kill landed mid-write of stdout: that op is unreported.
      if (signal === 'SIGKILL') resolve(lines);
      else reject(new Error(`worker exited with ${code}: ${stderr}`));
    });
  });

export const crashTest = async (kills: number, seed: number, dir = join(mkdtempSync(join(tmpdir(), 'glossa-crash-')), 'notebook')): Promise<CrashReport> => {
  mkdirSync(dir, { recursive: true });
  const rnd = prng(seed);
  const expected = new Expectations();
  const report: CrashReport = { kills: 0, savedOps: 0, factsChecked: 0, failures: [] };
  for (let i = 0; i < kills; i++) {
    const lines = await runWorker(dir, seed * 100_003 + i, 30 + rnd.int(400));
    const inDoubt = expected.apply(lines);
    if (process.env.GLOSSA_CRASH_LOG) appendFileSync(process.env.GLOSSA_CRASH_LOG, `--- kill ${i + 1}\n${lines.map((l) => JSON.stringify(l)).join('\n')}\n`);
    report.kills += 1;
    const { checked, failures } = await verifyNotebook(dir, expected, inDoubt);
    report.factsChecked += checked;
    report.failures.push(...failures.map((f) => `kill ${i + 1}: ${f}`));
    // Whatever the interrupted operation did is now simply the state on disk.
    expected.forget(inDoubt);
    if (failures.length) break;
  }
  report.savedOps = expected.savedOps;
  return report;
};

if (process.argv[1] === __filename) {
  const arg = (name: string, fallback: number) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? Number(process.argv[i + 1]) : fallback;
  };
  const kills = arg('kills', 500);
  const seed = arg('seed', 1);
  crashTest(kills, seed).then((r) => {
    console.log(`crash test (seed ${seed}): ${r.kills} kills, ${r.savedOps} operations reported saved, ${r.factsChecked} facts checked, ${r.failures.length} failures`);
    for (const f of r.failures) console.log(`  ${f}`);
    process.exitCode = r.failures.length ? 1 : 0;
  });
}
