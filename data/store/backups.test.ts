import { readdirSync, readFileSync, statSync, writeFileSync, unlinkSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotebookService } from '../service';
import { useTempDirs } from '../test-support/temp-dir';
import { restoreFromBackup } from './backup-restore';
import { BackupSchedule } from './backup-schedule';
import { BACKUPS_DIR, createBackup, listBackups, verifyBackup } from './backups';
import { NotebookStore } from './notebook-store';

const tempDir = useTempDirs();
const at = (minutes: number) => new Date(Date.parse('2026-05-01T08:00:00.000Z') + minutes * 60_000);

const notebook = async (dir = tempDir()) => {
  const service = new NotebookService(await NotebookStore.open(dir));
  const one = await service.importText({ text: '第一篇\n\n公共云優先的策略。', format: 'text' });
  const two = await service.importText({ text: '第二篇\n\n比起模型更想賣算力。', format: 'text' });
  await service.updateSettings({ patch: { colorNames: { yellow: '重要' } } });
  return { dir, service, one, two };
};

const docPath = (dir: string, id: string) => join(dir, 'documents', `${id}.json`);

describe('backups', () => {
  it('copies every notebook file, verified by hash, and links files that did not change', async () => {
    const { dir, service, one, two } = await notebook();
    const first = await createBackup(dir, { now: at(0) });
    expect(first).toMatchObject({ documents: 2, skipped: 0, createdAt: at(0).toISOString() });
    const folder = join(dir, BACKUPS_DIR, first.id);
    expect(readFileSync(join(folder, 'documents', `${one.id}.json`)).equals(readFileSync(docPath(dir, one.id)))).toBe(true);
    expect(readFileSync(join(folder, 'library.json')).equals(readFileSync(join(dir, 'library.json')))).toBe(true);

    await service.updateDocument({ id: two.id, note: '改過' });
    const second = await createBackup(dir, { now: at(10) });
    const inode = (id: string, doc: string) => statSync(join(dir, BACKUPS_DIR, id, 'documents', `${doc}.json`)).ino;
    expect(inode(second.id, one.id)).toBe(inode(first.id, one.id));
    expect(inode(second.id, two.id)).not.toBe(inode(first.id, two.id));
    expect((await listBackups(dir)).map((b) => b.id)).toEqual([second.id, first.id]);
  });

  it('keeps the newest K and never more, and clears half-built leftovers', async () => {
    const { dir } = await notebook();
    mkdirSync(join(dir, BACKUPS_DIR, '.partial-2026-01-01T00-00-00-000Z'), { recursive: true });
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) ids.push((await createBackup(dir, { now: at(i), keep: 3 })).id);
    expect(readdirSync(join(dir, BACKUPS_DIR)).sort()).toEqual(ids.slice(2).sort());
  });

  it('sees a damaged backup as damaged and leaves it out', async () => {
    const { dir, one } = await notebook();
    const old = await createBackup(dir, { now: at(0) });
    const damaged = await createBackup(dir, { now: at(1) });
    // Break the newer one's own copy (unlink first: the copy is a hard link to the older one's).
    const copy = join(dir, BACKUPS_DIR, damaged.id, 'documents', `${one.id}.json`);
    const bytes = readFileSync(copy);
    unlinkSync(copy);
    writeFileSync(copy, bytes.subarray(0, 20));
    expect(await verifyBackup(dir, damaged.id)).toEqual({ problem: `its copy of documents/${one.id}.json is damaged or missing` });
    expect((await listBackups(dir)).map((b) => b.id)).toEqual([old.id]);
  });

  it('never links a new backup to an older copy that was damaged in place', async () => {
    const { dir, one } = await notebook();
    const old = await createBackup(dir, { now: at(0) });
    const oldCopy = join(dir, BACKUPS_DIR, old.id, 'documents', `${one.id}.json`);
    const bytes = readFileSync(oldCopy);
    bytes[bytes.length - 2] ^= 1; // same size, other bytes: only a hash can tell
    writeFileSync(oldCopy, bytes);
    const next = await createBackup(dir, { now: at(1) });
    const newCopy = join(dir, BACKUPS_DIR, next.id, 'documents', `${one.id}.json`);
    expect(readFileSync(newCopy).equals(readFileSync(docPath(dir, one.id)))).toBe(true);
    expect(statSync(newCopy).ino).not.toBe(statSync(oldCopy).ino);
    expect(await verifyBackup(dir, next.id)).toHaveProperty('manifest');
    expect(await verifyBackup(dir, old.id)).toEqual({ problem: `its copy of documents/${one.id}.json is damaged or missing` });
  });

  it('leaves out a notebook file that does not decode, and says so', async () => {
    const { dir, one } = await notebook();
    writeFileSync(docPath(dir, one.id), '{"schemaVersion": 1');
    const b = await createBackup(dir, { now: at(0) });
    expect(b).toMatchObject({ documents: 1, skipped: 1 });
  });

  it('restores a backup: files back byte for byte, later articles to the trash, a safety backup first', async () => {
    const { dir, service, one } = await notebook();
    const before = readFileSync(docPath(dir, one.id));
    const b = await createBackup(dir, { now: at(0) });
    await service.updateDocument({ id: one.id, note: '之後的筆記' });
    const later = await service.importText({ text: '第三篇\n\n之後才匯入。', format: 'text' });

    const report = await restoreFromBackup(dir, b.id, { now: at(5) });
    expect(report).toMatchObject({ restored: b.id, documents: 2, movedToTrash: 1 });
    expect(readFileSync(docPath(dir, one.id)).equals(before)).toBe(true);
    const reopened = new NotebookService(await NotebookStore.open(dir));
    expect((await reopened.listDocuments()).map((d) => d.id).sort()).toEqual([one.id, (await service.listDocuments()).find((d) => d.id !== one.id && d.id !== later.id)!.id].sort());
    expect((await reopened.listTrash()).map((i) => i.id)).toEqual([later.id]);
    // The safety backup holds the notebook as it was just before the restore.
    const safety = JSON.parse(readFileSync(join(dir, BACKUPS_DIR, report.safetyBackup, 'documents', `${one.id}.json`), 'utf8'));
    expect(safety.document.note).toBe('之後的筆記');
  });

  it('recovers a damaged or missing file at open from the newest good backup, saying from when', async () => {
    const { dir, one, two } = await notebook();
    await createBackup(dir, { now: at(0) });
    writeFileSync(docPath(dir, one.id), 'not json at all');
    unlinkSync(docPath(dir, two.id));
    writeFileSync(join(dir, 'library.json'), '{}');

    const store = await NotebookStore.open(dir);
    expect(store.recovered.map((r) => r.path).sort()).toEqual(['library.json', `documents/${one.id}.json`, `documents/${two.id}.json`].sort());
    expect(store.recovered.every((r) => r.backedUpAt === at(0).toISOString())).toBe(true);
    const service = new NotebookService(store);
    expect((await service.listDocuments()).length).toBe(2);
    expect((await service.getDocument({ id: one.id })).document.title).toBe('第一篇');
    expect((await service.getSettings()).colorNames).toEqual({ yellow: '重要' });
    // The damaged file itself is kept aside, untouched.
    expect(readdirSync(join(dir, 'quarantine')).length).toBe(2);
  });
});

describe('the backup schedule', () => {
  it('backs up at start, then once per interval of activity, and not while idle', async () => {
    const { dir } = await notebook();
    const timers: { run: () => void; ms: number; cancelled: boolean }[] = [];
    let minute = 0;
    const schedule = new BackupSchedule(dir, {
      intervalMs: 600_000,
      now: () => at(minute),
      setTimer: (run, ms) => {
        const t = { run, ms, cancelled: false };
        timers.push(t);
        return { cancel: () => void (t.cancelled = true) };
      },
    });
    await schedule.start();
    expect(await listBackups(dir)).toHaveLength(1);
    schedule.noteActivity();
    schedule.noteActivity();
    expect(timers).toHaveLength(1);
    expect(timers[0].ms).toBe(600_000);
    minute = 10;
    timers[0].run();
    await schedule.whenIdle();
    expect(await listBackups(dir)).toHaveLength(2);
    // Nothing changed since: no timer, no backup.
    expect(timers).toHaveLength(1);
    schedule.noteActivity();
    schedule.stop();
    expect(timers[1].cancelled).toBe(true);
  });
});
