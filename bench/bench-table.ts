/**
 * One row of the benchmark table, and the table. Every benchmark measures its baseline in
 * the same run (same machine, same load), so the ratio means something even where the
 * absolute figures drift between machines.
 */
/** 'x' is a ratio (ours / baseline), 'count' a number of things (misses, files). */
export type BenchUnit = 'ms' | 's' | 'MB' | 'KB' | '%' | 'x' | 'count';

export interface BenchRow {
  benchmark: string;
  figure: number;
  unit: BenchUnit;
  /** Upper bound the figure must stay under; absent: reported only. */
  target?: number;
  baseline?: number;
  /** What the baseline is, shown under the table. */
  baselineNote?: string;
}

const fmt = (value: number, unit: string) =>
  unit === 'count'
    ? String(value)
    : `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)}${unit === '%' || unit === 'x' ? '' : ' '}${unit}`;

export const verdict = (row: BenchRow): 'met' | 'MISSED' | 'reported' =>
  row.target === undefined ? 'reported' : row.figure <= row.target ? 'met' : 'MISSED';

export const formatTable = (rows: BenchRow[]): string => {
  const header = ['benchmark', 'figure', 'target', 'baseline', 'ratio', 'met/MISSED'];
  const body = rows.map((r) => [
    r.benchmark,
    fmt(r.figure, r.unit),
    r.target === undefined ? '—' : `≤ ${fmt(r.target, r.unit)}`,
    r.baseline === undefined ? '—' : fmt(r.baseline, r.unit),
    r.baseline ? `${(r.figure / r.baseline).toFixed(2)}×` : '—',
    verdict(r),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((row) => row[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  const notes = rows.filter((r) => r.baselineNote).map((r) => `  ${r.benchmark}: baseline = ${r.baselineNote}`);
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...body.map(line), ...(notes.length ? ['', ...notes] : [])].join('\n');
};

/** The p-th percentile (0–100) of some samples, nearest rank. */
export const percentile = (samples: number[], p: number): number => {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
};
