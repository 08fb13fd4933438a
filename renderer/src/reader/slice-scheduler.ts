/** Runs a callback later, returning a function that cancels it. */
export type Schedule = (run: () => void) => () => void;

/**
 * Between frames when the browser is idle (with a timeout so painting finishes even on a
 * busy page), else on a macrotask. Each slice then keeps its own time budget.
 */
export const idleSchedule: Schedule = (run) => {
  if (typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function') {
    const id = window.requestIdleCallback(run, { timeout: 200 });
    return () => window.cancelIdleCallback(id);
  }
  const id = setTimeout(run, 0);
  return () => clearTimeout(id);
};
