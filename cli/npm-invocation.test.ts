import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../data/test-support/temp-dir';
import { glossaInProcess } from './test-helpers';

const tempDir = useTempDirs();
const ROOT = join(__dirname, '..');

/**
 * The README's ways to run glossa from a clone. Their stdout must be exactly glossa's,
 * with no npm banner, so `> note.md` and `--json | jq` work. `--no-install` only keeps this
 * test from ever fetching a package named glossa from the registry: npx resolves the
 * project's own bin (package.json "bin") first, with or without it.
 */
const FORMS: Record<string, string[]> = {
  'npx glossa': ['npx', '--no-install', 'glossa'],
  'npm run -s glossa --': ['npm', 'run', '-s', 'glossa', '--'],
  // The form the project issue names: quiet through the project's .npmrc (loglevel=silent).
  'npm run glossa --': ['npm', 'run', 'glossa', '--'],
};

const npmAvailable = spawnSync('npm', ['--version'], { encoding: 'utf8' }).status === 0;

describe.skipIf(!npmAvailable)('glossa through npm, as the README shows it', { timeout: 120_000 }, () => {
  it.each(Object.keys(FORMS))('%s prints exactly what glossa prints', async (form) => {
    const nb = tempDir('nb');
    const file = join(tempDir('src'), '文章.txt');
    writeFileSync(file, '雲端的下一步\n\n阿里云宣布公共云優先。\n');
    const [doc] = JSON.parse((await glossaInProcess(nb, 'import', file, '--json')).out).imported;
    const [command, ...args] = FORMS[form];
    // One run per form: npm adds seconds to each start.
    const exported = spawnSync(command, [...args, 'export', doc.id, '--notebook', nb], { cwd: ROOT, encoding: 'utf8' });
    expect(exported.status).toBe(0);
    expect(exported.stdout).toBe((await glossaInProcess(nb, 'export', doc.id)).out);
    expect(exported.stdout.startsWith('---\ntitle: 雲端的下一步\n')).toBe(true);
  });
});
