// @ts-check
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The layer table of docs/decisions/0005-import-boundaries.md, as data. Areas are found
 * from paths, never from how a specifier is spelled, so `../../data/store`, `./x/../../data/store`
 * and `../../data/store/index.ts` are the same import.
 */

/** The repository root: this file lives in scripts/lint/. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OWN_NAME = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).name;

/** Longest prefix first; `root` is whatever else lies in the repository (package.json, configs). */
const AREAS = [
  ['data/model/', 'model'],
  ['data/', 'data'],
  ['renderer/', 'renderer'],
  ['electron/preload/', 'preload'],
  ['electron/', 'main'],
  ['cli/', 'cli'],
  // bin/ only launches cli/ (bin/glossa.cjs): the same host.
  ['bin/', 'cli'],
  ['e2e/', 'tools'],
  ['bench/', 'tools'],
  ['scripts/', 'tools'],
];

/** How the messages name each area. */
export const AREA_NAMES = {
  model: 'data/model/',
  data: 'the rest of data/',
  renderer: 'renderer/',
  preload: 'electron/preload/',
  main: 'electron/main/',
  cli: 'cli/',
  tools: 'tool code (e2e/, bench/, scripts/)',
  root: 'the repository root',
  outside: 'outside the repository',
};

/**
 * What each layer's product code may import. `areas`: the repository areas. `packages`:
 * 'any', or { allow: [...] } (nothing else, no Node built-ins), or { deny: [...], builtins }.
 * Test code (see isTestCode) follows the same areas plus tools, root and the test helpers of
 * data/, and is free in packages: it runs under vitest or Playwright in Node and never ships.
 */
export const LAYERS = {
  model: {
    areas: ['model'],
    // Pure ECMAScript packages that run unchanged in every host; add one only after checking that.
    packages: { allow: ['zod', 'approx-string-match', 'opencc-js'] },
  },
  data: { areas: ['model', 'data'], packages: { deny: ['electron', 'react', 'react-dom'], builtins: true } },
  renderer: {
    areas: ['model', 'renderer'],
    // Node-only packages; anything else the bundler can serve to Chromium is the renderer's call.
    packages: { deny: ['electron', 'lowdb', 'steno', 'jsdom', 'iconv-lite', 'jschardet', 'tsx'], builtins: false },
  },
  // A sandboxed preload can require only `electron`; data/model is bundled into it.
  preload: { areas: ['model', 'preload'], packages: { allow: ['electron'] } },
  main: { areas: ['model', 'data', 'main'], packages: 'any' },
  cli: { areas: ['model', 'data', 'cli'], packages: { deny: ['electron'], builtins: true } },
  tools: { areas: ['model', 'data', 'tools', 'root'], packages: 'any' },
};

const toPosix = (path) => path.split(sep).join('/');

/** Path relative to the root, `/`-separated; starts with `..` (or is absolute) when outside. */
export const repoPath = (absolute) => toPosix(relative(ROOT, absolute));

export const areaOf = (rel) => {
  if (rel.startsWith('../') || rel === '..' || isAbsolute(rel)) return 'outside';
  for (const [prefix, area] of AREAS) if (rel.startsWith(prefix) || rel === prefix.slice(0, -1)) return area;
  return 'root';
};

/** The layer whose rules a file follows: root files (vite, playwright configs) are tools. */
export const layerOf = (rel) => {
  const area = areaOf(rel);
  if (area === 'outside') return undefined;
  return area === 'root' ? 'tools' : area;
};

/**
 * Tests, their helpers and fixtures: `*.test.*`, `*.spec.*`, test-support, test-helpers,
 * fixtures/. The extension is optional because an import target is usually spelled without it.
 */
export const isTestCode = (rel) =>
  /(^|\/)[^/]+\.(test|spec)(\.[cm]?[jt]sx?)?$/.test(rel) ||
  /(^|\/)(test-support|test-helpers|fixtures)(\/|\.[cm]?[jt]sx?$|$)/.test(rel) ||
  layerOf(rel) === 'tools';

const BUILTINS = new Set(builtinModules);

/**
 * What a specifier names. Relative, absolute and file: specifiers, and the package's own
 * name, are paths into (or out of) the repository; `node:` and bare built-in names are Node;
 * everything else is a package, named by its first segment (two for a scope).
 */
export const classify = (specifier, fromFile) => {
  // Vite's `?raw`, `?url`, `?worker` and `#hash` suffixes do not change which file is read.
  const bare = specifier.replace(/[?#].*$/, '') || specifier;
  const [first, second] = bare.split('/');
  if (bare.startsWith('.') || bare.startsWith('/')) {
    return { kind: 'path', rel: repoPath(resolve(dirname(fromFile), bare)) };
  }
  if (bare.startsWith('file:')) return { kind: 'path', rel: repoPath(fileURLToPath(bare)) };
  if (first === OWN_NAME) return { kind: 'path', rel: repoPath(resolve(ROOT, bare.slice(first.length + 1))) };
  if (specifier.startsWith('node:') || BUILTINS.has(bare) || BUILTINS.has(first)) return { kind: 'builtin' };
  return { kind: 'package', name: first.startsWith('@') ? `${first}/${second}` : first };
};

/** Why importing `specifier` from `fromFile` breaks the table, or undefined when it is allowed. */
export const violation = (specifier, fromFile) => {
  const from = repoPath(fromFile);
  const layer = layerOf(from);
  if (layer === undefined) return undefined;
  const rules = LAYERS[layer];
  const testCode = isTestCode(from);
  const target = classify(specifier, fromFile);

  if (target.kind === 'path') {
    const area = areaOf(target.rel);
    if (area === 'outside') return { messageId: 'outside', data: { specifier } };
    const allowed = testCode ? [...new Set([...rules.areas, 'tools', 'root'])] : rules.areas;
    // Shared test helpers of data/ (temp dirs, the seed article) serve tests of every layer.
    const sharedTestHelper = testCode && isTestCode(target.rel) && (area === 'model' || area === 'data');
    if (!allowed.includes(area) && !sharedTestHelper) {
      return {
        messageId: 'area',
        data: { specifier, target: target.rel, layer: AREA_NAMES[layer], allowed: allowed.map((a) => AREA_NAMES[a]).join(', ') },
      };
    }
    if (!testCode && isTestCode(target.rel)) return { messageId: 'testCode', data: { specifier, target: target.rel } };
    return undefined;
  }

  const policy = rules.packages;
  if (testCode || policy === 'any') return undefined;
  if (target.kind === 'builtin') {
    if ('allow' in policy || !policy.builtins) return { messageId: 'builtin', data: { specifier, layer: AREA_NAMES[layer] } };
    return undefined;
  }
  const refused = 'allow' in policy ? !policy.allow.includes(target.name) : policy.deny.includes(target.name);
  if (refused) {
    const rule = 'allow' in policy ? `only ${policy.allow.join(', ')}` : `not ${policy.deny.join(', ')}`;
    return { messageId: 'package', data: { specifier, layer: AREA_NAMES[layer], rule } };
  }
  return undefined;
};

/** Computed import()/require() cannot be checked: refused in product code. */
export const refusesComputed = (fromFile) => {
  const from = repoPath(fromFile);
  return layerOf(from) !== undefined && !isTestCode(from);
};
