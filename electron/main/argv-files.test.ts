import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../data/test-support/temp-dir';
import { filesFromArgv } from './argv-files';

const tempDir = useTempDirs();

/** A folder with two articles and a subfolder, to run filesFromArgv against the real disk. */
const workspace = () => {
  const dir = tempDir('argv');
  writeFileSync(join(dir, '文章.txt'), '標題\n\n內容。');
  writeFileSync(join(dir, 'notes.md'), '# Notes');
  mkdirSync(join(dir, 'folder'));
  return dir;
};

describe('filesFromArgv', () => {
  it('in development skips electron, the app path and flags, and keeps existing files', () => {
    const dir = workspace();
    const argv = ['/x/electron', '--inspect=0', '.', '--no-sandbox', '文章.txt', join(dir, 'notes.md')];
    expect(filesFromArgv(argv, { defaultApp: true, cwd: dir })).toEqual([join(dir, '文章.txt'), join(dir, 'notes.md')]);
  });

  it('in a packaged app takes every non-flag argument after the executable', () => {
    const dir = workspace();
    expect(filesFromArgv(['/opt/Glossa/glossa', 'notes.md'], { defaultApp: false, cwd: dir })).toEqual([join(dir, 'notes.md')]);
  });

  it('drops missing paths, folders, empty arguments and duplicates', () => {
    const dir = workspace();
    const argv = ['/opt/Glossa/glossa', 'missing.txt', 'folder', '', 'notes.md', './notes.md'];
    expect(filesFromArgv(argv, { defaultApp: false, cwd: dir })).toEqual([join(dir, 'notes.md')]);
  });

  it('resolves a second instance’s relative paths against its own working directory', () => {
    const dir = workspace();
    const argv = ['/opt/Glossa/glossa', '--original-process-start-time=1234', '--allow-file-access-from-files', '文章.txt'];
    expect(filesFromArgv(argv, { defaultApp: false, cwd: dir })).toEqual([join(dir, '文章.txt')]);
  });

  it('treats everything after -- as a file, even a name starting with a dash', () => {
    const dir = workspace();
    writeFileSync(join(dir, '-odd.txt'), 'x');
    expect(filesFromArgv(['/opt/Glossa/glossa', '--', '-odd.txt'], { defaultApp: false, cwd: dir })).toEqual([join(dir, '-odd.txt')]);
  });

  it('returns nothing for a plain launch', () => {
    expect(filesFromArgv(['/x/electron', '.'], { defaultApp: true, cwd: '/', isFile: () => true })).toEqual([]);
    expect(filesFromArgv(['/opt/Glossa/glossa'], { defaultApp: false, cwd: '/', isFile: () => true })).toEqual([]);
  });
});
