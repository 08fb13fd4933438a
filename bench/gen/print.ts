import { cpus, loadavg } from 'node:os';
import { formatTable, type BenchRow } from '../bench-table';

/** `node bin/run-ts.cjs bench/X.bench.ts` runs one benchmark alone and prints its table. */
export const printAlone = (run: () => Promise<BenchRow[]>): void => {
  void run().then((rows) =>
    console.log(`${formatTable(rows)}\n\nload average: ${loadavg().map((l) => l.toFixed(2)).join(' ')} on ${cpus().length} CPU(s)`),
  );
};
