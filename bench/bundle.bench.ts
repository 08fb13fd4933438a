import { transform } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BenchRow } from './bench-table';
import { medianRequireTime } from './gen/main-import';
import { printAlone } from './gen/print';

/**
 * What the built app costs to load (after `npx electron-vite build`; this benchmark does not
 * build). Renderer: every .js and .css under out/renderer, minified here with esbuild (the
 * build does not minify, so the raw files overstate what a minified build ships), and
 * gzipped. Main process: the time to require out/main/index.js in a fresh Node with electron
 * stubbed, against requiring only the npm packages it requires (the floor for our own code).
 *
 * Main target, 300 ms: the window cannot be created before the main bundle has loaded, and
 * a desktop app should show its window within about a second of launch; Electron itself and
 * the renderer's own load take most of that second.
 */
const ROOT = join(__dirname, '..');
const OUT = join(ROOT, 'out');
const mb = (bytes: number) => bytes / 1024 / 1024;

const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));

export const run = async (): Promise<BenchRow[]> => {
  if (!existsSync(join(OUT, 'renderer')) || !existsSync(join(OUT, 'main', 'index.js'))) {
    throw new Error('bundle.bench.ts needs a build: npx electron-vite build');
  }
  let raw = 0;
  let minified = 0;
  let gzipped = 0;
  for (const file of filesUnder(join(OUT, 'renderer')).filter((f) => /\.(js|css)$/.test(f))) {
    const code = readFileSync(file, 'utf8');
    const small = (await transform(code, { loader: file.endsWith('.css') ? 'css' : 'js', minify: true, legalComments: 'none' })).code;
    raw += Buffer.byteLength(code);
    minified += Buffer.byteLength(small);
    gzipped += gzipSync(small).length;
  }

  const main = join(OUT, 'main', 'index.js');
  const packages = [...new Set([...readFileSync(main, 'utf8').matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1]))].filter(
    (name) => name !== 'electron' && !name.startsWith('node:'),
  );
  const mainMs = medianRequireTime([main], ROOT);
  const packagesMs = medianRequireTime(packages, ROOT);
  const each = packages.map((name) => ({ name, ms: medianRequireTime([name], ROOT, 3) })).sort((a, b) => b.ms - a.ms);

  return [
    { benchmark: 'renderer bundle: .js + .css, minified', figure: mb(minified), unit: 'MB', target: 1.5, baseline: mb(raw), baselineNote: 'the same files as built (not minified)' },
    { benchmark: 'renderer bundle: minified, gzipped', figure: mb(gzipped), unit: 'MB' },
    {
      benchmark: 'main process: require out/main/index.js (electron stubbed, median of 5)',
      figure: mainMs,
      unit: 'ms',
      target: 300,
      baseline: packagesMs,
      baselineNote: `requiring only the npm packages it requires (${packages.join(', ')})`,
    },
    ...each.slice(0, 2).map(({ name, ms }): BenchRow => ({ benchmark: `main process: require ${name} alone (median of 3)`, figure: ms, unit: 'ms' })),
  ];
};

if (process.argv[1] && resolve(process.argv[1]) === __filename) printAlone(run);
