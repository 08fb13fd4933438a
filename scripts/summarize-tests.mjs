// Prints the one line the CI log reader understands, "N passed, N failed", made from
// vitest's and Playwright's JSON reports. Steps that failed without a report (build,
// typecheck, lint, a crashed runner) count as failed tests so they cannot pass silently.
import { existsSync, readFileSync } from 'node:fs';

const failedSteps = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : undefined);

const vitest = read('reports/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests;
  failed += vitest.numFailedTests;
  skipped += (vitest.numPendingTests ?? 0) + (vitest.numTodoTests ?? 0);
}
const playwright = read('reports/playwright.json');
if (playwright) {
  passed += playwright.stats.expected + (playwright.stats.flaky ?? 0);
  failed += playwright.stats.unexpected;
  skipped += playwright.stats.skipped ?? 0;
}
for (const step of failedSteps) {
  const hasReport = (step === 'unit' && vitest) || (step === 'e2e' && playwright);
  if (!hasReport || (step === 'unit' && vitest.numFailedTests === 0) || (step === 'e2e' && playwright.stats.unexpected === 0)) {
    console.log(`step "${step}" failed`);
    failed += 1;
  }
}
if (skipped) console.log(`(${skipped} skipped)`);
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
