import { describe, expect, it } from 'vitest';
import { crashTest } from './run';

// The short form of the fault-injection run; `npm run crash-test` runs 500 kills.
describe('crash safety (SIGKILL at random moments)', () => {
  it('keeps every reported save and passes check after each of 8 kills', { timeout: 300_000 }, async () => {
    const report = await crashTest(8, 20261125);
    expect(report.failures).toEqual([]);
    expect(report.kills).toBe(8);
    expect(report.savedOps).toBeGreaterThan(8);
    expect(report.factsChecked).toBeGreaterThan(report.kills);
  });
});
