import { call, printJson, type CliContext } from '../context';
import { UsageError } from '../usage';

const when = (iso: string) => iso.replace('T', ' ').slice(0, 19);
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/** `glossa backups`: the verified backups, newest first. */
export const backupsCommand = async (ctx: CliContext) => {
  const list = await call(ctx, 'listBackups', {});
  if (ctx.json) return printJson(ctx, list);
  if (!list.length) return ctx.out('no backups yet (glossa backup makes one; the app makes them as you work)\n');
  for (const b of list) {
    const skipped = b.skipped ? `, ${b.skipped} unreadable file${b.skipped === 1 ? '' : 's'} left out` : '';
    ctx.out(`${b.id}  ${when(b.createdAt)} UTC  ${b.documents} article${b.documents === 1 ? '' : 's'}, ${size(b.bytes)}${skipped}\n`);
  }
};

/** `glossa backup`: one now. */
export const backupCommand = async (ctx: CliContext) => {
  const b = await call(ctx, 'createBackup', {});
  if (ctx.json) return printJson(ctx, b);
  ctx.out(`backed up ${b.documents} article${b.documents === 1 ? '' : 's'} to backups/${b.id}\n`);
};

/** `glossa restore [BACKUP]`: the notebook back to a backup (the newest without a name). */
export const restoreCommand = async (ctx: CliContext, id: string | undefined) => {
  let chosen = id;
  if (chosen === undefined) {
    const [newest] = await call(ctx, 'listBackups', {});
    if (!newest) throw new UsageError('there is no backup to restore (glossa backups lists them)');
    chosen = newest.id;
  }
  const report = await call(ctx, 'restoreBackup', { id: chosen });
  if (ctx.json) return printJson(ctx, report);
  ctx.out(`restored the backup ${report.restored} (${report.documents} articles)\n`);
  if (report.movedToTrash) ctx.out(`${report.movedToTrash} article(s) not in that backup went to the trash (glossa trash)\n`);
  ctx.out(`the notebook as it was is in backups/${report.safetyBackup}: glossa restore ${report.safetyBackup} undoes this\n`);
};
