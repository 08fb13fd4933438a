import { formatTable, verdict, type BenchRow } from '../bench-table';
import { cpus, loadavg } from 'node:os';

/**
 * Only the browser benchmarks (`node bin/run-ts.cjs bench/browser/run-browser.ts [name…]`):
 * reader, opening, long-lists, or the ones named. bench/run.ts runs them with the rest.
 */
const ALL = ['reader', 'opening', 'long-lists'];

const main = async () => {
  const names = process.argv.slice(2).length ? process.argv.slice(2) : ALL;
  const rows: BenchRow[] = [];
  for (const name of names) {
    process.stderr.write(`running ${name}.bench.ts…\n`);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const bench = require(`../${name}.bench.ts`) as { run: () => Promise<BenchRow[]> };
    rows.push(...(await bench.run()));
  }
  console.log(formatTable(rows));
  console.log(`\nload average while running: ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} CPU(s)`);
  if (rows.some((r) => verdict(r) === 'MISSED')) process.exitCode = 1;
};

void main();
