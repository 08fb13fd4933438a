import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { formatTable, verdict, type BenchRow } from './bench-table';

/**
 * `npm run bench`: runs every bench/*.bench.ts (each exports `run(): Promise<BenchRow[]>`)
 * one after the other and prints one table. Exit status 1 when a target was missed.
 * Benchmarks are never unit tests: timings depend on the machine, targets on purpose.
 */
// createRequire: the TypeScript files load through tsx's require hook (bin/run-ts.cjs).
const load = createRequire(__filename);

const main = async () => {
  const files = readdirSync(__dirname)
    .filter((f) => f.endsWith('.bench.ts'))
    .sort();
  const rows: BenchRow[] = [];
  for (const file of files) {
    process.stderr.write(`running ${file}…\n`);
    const bench = load(join(__dirname, file)) as { run: () => Promise<BenchRow[]> };
    rows.push(...(await bench.run()));
  }
  console.log(formatTable(rows));
  // Timings on a busy machine are not timings of the code: say how busy it was.
  console.log(`\nload average while running: ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} CPU(s)`);
  if (rows.some((r) => verdict(r) === 'MISSED')) process.exitCode = 1;
};

void main();
