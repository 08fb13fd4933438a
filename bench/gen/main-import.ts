import { spawnSync } from 'node:child_process';

/**
 * Milliseconds to `require` a CommonJS file in a fresh Node process, with `electron` replaced
 * by a stand-in (Module._load hook): every property is a callable stand-in again (that
 * converts to '' or 0), except app.whenReady, which never resolves, and the
 * path getters, which give the temp folder, so the main process's module code runs to the end
 * and starts nothing. The child prints its own measurement, so process start-up is excluded.
 */
const CHILD = `
const Module = require('node:module');
const stub = () => new Proxy(function () {}, {
  get: (_t, key) =>
    key === Symbol.toPrimitive ? (hint) => (hint === 'number' ? 0 : '')
    : typeof key === 'symbol' || key === 'then' ? undefined
    : key === 'whenReady' ? () => new Promise(() => {})
    : key === 'getPath' || key === 'getAppPath' ? () => require('node:os').tmpdir()
    : key === 'getVersion' ? () => '0.0.0'
    : stub(),
  apply: () => stub(),
  construct: () => stub(),
});
const electron = stub();
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'electron' ? electron : load.call(this, request, ...rest);
};
const targets = JSON.parse(process.argv[1]);
const start = performance.now();
for (const t of targets) require(t);
process.stdout.write(String(performance.now() - start));
process.exit(0);
`;

/** One measurement: require each of `targets` (paths or package names) from `cwd`. */
export const requireTime = (targets: string[], cwd: string): number => {
  const child = spawnSync(process.execPath, ['-e', CHILD, JSON.stringify(targets)], { cwd, encoding: 'utf8', timeout: 60_000 });
  const ms = Number(child.stdout);
  if (child.status !== 0 || !Number.isFinite(ms)) throw new Error(`require of ${targets.join(', ')} failed: ${child.stderr.slice(0, 500)}`);
  return ms;
};

export const medianRequireTime = (targets: string[], cwd: string, runs = 5): number => {
  const times = Array.from({ length: runs }, () => requireTime(targets, cwd)).sort((a, b) => a - b);
  return times[Math.floor(runs / 2)];
};
