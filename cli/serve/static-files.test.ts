import { mkdirSync, realpathSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../data/test-support/temp-dir';
import { resolveStaticPath } from './static-files';
import { makeRendererDir } from './test-helpers';

const tempDir = useTempDirs();

describe('resolveStaticPath', () => {
  it('finds files inside the folder only, symlinks included', async () => {
    const root = realpathSync(makeRendererDir(tempDir('renderer')));
    const outside = tempDir('outside');
    writeFileSync(join(outside, 'secret.txt'), 'secret');
    symlinkSync(join(outside, 'secret.txt'), join(root, 'leak.txt'));
    symlinkSync(outside, join(root, 'dir'));
    mkdirSync(join(root, 'assets', 'fonts'));
    writeFileSync(join(root, 'assets', 'fonts', 'a b.woff2'), '');

    expect(await resolveStaticPath('/', root)).toEqual({ kind: 'file', path: join(root, 'index.html') });
    expect(await resolveStaticPath('/?token=x', root)).toEqual({ kind: 'file', path: join(root, 'index.html') });
    expect(await resolveStaticPath('/open?doc=d1&annotation=a1', root)).toEqual({ kind: 'file', path: join(root, 'index.html') });
    expect(await resolveStaticPath('/open/x', root)).toEqual({ kind: 'not_found' });
    expect(await resolveStaticPath('/assets/fonts/a%20b.woff2', root)).toEqual({ kind: 'file', path: join(root, 'assets/fonts/a b.woff2') });
    expect(await resolveStaticPath('/leak.txt', root)).toEqual({ kind: 'not_found' });
    expect(await resolveStaticPath('/dir/secret.txt', root)).toEqual({ kind: 'not_found' });
    expect(await resolveStaticPath('//etc/passwd', root)).toEqual({ kind: 'not_found' });
    expect(await resolveStaticPath('/%', root)).toEqual({ kind: 'bad_request' });
  });
});
