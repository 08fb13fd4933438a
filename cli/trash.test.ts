import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../data/test-support/temp-dir';
import { glossaInProcess } from './test-helpers';

const tempDir = useTempDirs();

const glossa = glossaInProcess;

const ARTICLE = '雲端的下一步\n\n阿里云宣布公共云優先。\n\n比起模型更想賣算力。\n';
const today = () => new Date().toISOString().slice(0, 10);
const in30Days = () => new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);

describe('glossa trash', () => {
  it('lists deleted articles and annotations and restores them by id prefix', async () => {
    const nb = tempDir();
    const file = join(tempDir(), '文章.txt');
    writeFileSync(file, ARTICLE);
    const doc = JSON.parse((await glossa(nb, 'import', file, '--json')).out).imported[0];
    const a = JSON.parse((await glossa(nb, 'annotate', doc.id, '--quote', '公共云優先', '--tag', '策略', '--json')).out);
    expect(await glossa(nb, 'trash')).toMatchObject({ code: 0, out: 'the trash is empty\n' });

    expect(await glossa(nb, 'delete', doc.id, a.id.slice(0, 6))).toMatchObject({ code: 0, out: `moved the annotation to the trash (glossa trash restore ${a.id} brings it back)\n` });
    const listed = await glossa(nb, 'trash');
    expect(listed.out).toBe(`${a.id}  annotation “公共云優先” in “雲端的下一步”  deleted ${today()}, kept until ${in30Days()}\n`);

    const restored = await glossa(nb, 'trash', 'restore', a.id.slice(0, 6));
    expect(restored).toMatchObject({ code: 0, err: '', out: 'restored annotation “公共云優先” in “雲端的下一步”\n' });
    const annotations = JSON.parse((await glossa(nb, 'annotations', doc.id, '--json')).out);
    expect(annotations).toMatchObject([{ id: a.id, tags: ['策略'] }]);
  });

  it('empties the trash and says what it cannot find', async () => {
    const nb = tempDir();
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, ARTICLE);
    await glossa(nb, 'import', file);
    expect((await glossa(nb, 'delete', '雲端的下一步')).code).toBe(0);
    expect((await glossa(nb, 'list')).out).toContain('no articles yet');
    expect((await glossa(nb, 'trash', '--json')).out).toContain(`"label": "雲端的下一步"`);
    expect(await glossa(nb, 'trash', 'restore', 'nope')).toMatchObject({ code: 1, err: 'glossa: nothing in the trash has the id "nope" (glossa trash lists them)\n' });
    expect(await glossa(nb, 'trash', 'empty')).toMatchObject({ code: 0, out: 'deleted 1 item for good\n' });
    expect(await glossa(nb, 'trash', 'burn')).toMatchObject({ code: 2 });
  });

  it('glossa check reads the trash list too, and a damaged one is set aside without losing the notebook', async () => {
    const nb = tempDir();
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, ARTICLE);
    await glossa(nb, 'import', file);
    const index = join(nb, 'trash', 'trash.index.json');
    writeFileSync(index, '{"schemaVersion":1,"entries":[{"kind":"document"}]}');
    const checked = await glossa(nb, 'check');
    expect(checked.code).toBe(1);
    expect(checked.out).toContain(`error: ${index}: invalid content at entries.0`);
    const listed = await glossa(nb, 'list');
    expect(listed.err).toContain(`glossa: ${index}: invalid content at entries.0`);
    expect(listed.out).toContain('雲端的下一步');
    expect((await glossa(nb, 'trash')).out).toBe('the trash is empty\n');
  });
});

describe('glossa backup, backups and restore', () => {
  it('backs up, restores, and recovers a damaged file at start saying from when', async () => {
    const nb = tempDir();
    const file = join(tempDir(), 'a.txt');
    writeFileSync(file, ARTICLE);
    const doc = JSON.parse((await glossa(nb, 'import', file, '--json')).out).imported[0];
    expect((await glossa(nb, 'backups')).out).toContain('no backups yet');
    const made = await glossa(nb, 'backup');
    expect(made.out).toMatch(/^backed up 1 article to backups\/\d{4}-.*Z\n$/);
    const [backup] = JSON.parse((await glossa(nb, 'backups', '--json')).out);

    await glossa(nb, 'annotate', doc.id, '--quote', '公共云優先');
    const restored = await glossa(nb, 'restore');
    expect(restored.code).toBe(0);
    expect(restored.out).toContain(`restored the backup ${backup.id} (1 articles)`);
    expect(JSON.parse((await glossa(nb, 'annotations', doc.id, '--json')).out)).toEqual([]);

    writeFileSync(join(nb, 'documents', `${doc.id}.json`), '{ broken');
    const listed = await glossa(nb, 'list');
    // The newest good backup is the one the restore made of the notebook just before it.
    const [newest] = JSON.parse((await glossa(nb, 'backups', '--json')).out);
    expect(newest.id).not.toBe(backup.id);
    expect(listed.err).toContain(`glossa: documents/${doc.id}.json was damaged or missing; recovered from the backup of ${newest.createdAt}`);
    expect(listed.out).toContain('雲端的下一步');
    expect(await glossa(nb, 'restore', 'yesterday')).toMatchObject({ code: 1, err: expect.stringContaining('a backup name such as') });
  });
});
