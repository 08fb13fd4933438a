import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, for heap-delta figures. node --expose-gc provides global.gc;
 * otherwise the flag is set at run time and gc is taken from a fresh context (a documented
 * V8 behaviour), so `npm run bench` needs no extra node flags.
 */
const gcFunction = (): (() => void) => {
  const existing = (globalThis as { gc?: () => void }).gc;
  if (existing) return existing;
  setFlagsFromString('--expose_gc');
  return runInNewContext('gc') as () => void;
};

export const collectGarbage = gcFunction();

/**
 * Memory in use after a full collection, in bytes: the JS heap plus ArrayBuffer backing
 * stores, which live outside the heap (typed arrays such as posting lists).
 */
export const settledHeap = (): number => {
  collectGarbage();
  collectGarbage();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
};
