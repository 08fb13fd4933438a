/** Milliseconds of one synchronous call. */
export const timeOnce = (fn: () => void): number => {
  const start = performance.now();
  fn();
  return performance.now() - start;
};

/**
 * Median of `runs` timings after one untimed warm-up (JIT, lazily built tables): a single
 * run on a shared 2-core machine says more about the neighbours than about the code.
 */
export const medianTime = (runs: number, fn: () => void): number => {
  fn();
  const times = Array.from({ length: runs }, () => timeOnce(fn)).sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
};

/** The same for asynchronous work. */
export const medianTimeAsync = async (runs: number, fn: () => Promise<unknown>): Promise<number> => {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)];
};
