import { useState } from 'react';
import type { GlossaBridge } from '../../../data/model/api';
import type { BackupSummary } from '../../../data/model/api-backups';
import { useI18n } from '../i18n/i18n-context';
import { errorParam } from '../state/notices-store';
import { Dialog } from './dialog';
import { NoticeArea } from './notice-area';
import { useServices } from './services';
import { useListing } from './use-listing';

const listBackups = (bridge: GlossaBridge) => bridge.listBackups({});
const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);

/**
 * The notebook's verified backups. Restoring asks once more in place, and says that the
 * notebook as it is now is backed up first, so a restore can itself be undone.
 */
export const BackupsDialog = ({ onClose }: { onClose: () => void }) => {
  const { bridge, notices } = useServices();
  const { t, tn, formatDateTime } = useI18n();
  const [backups, load] = useListing(listBackups);
  const [confirming, setConfirming] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const backUpNow = async () => {
    setBusy(true);
    const result = await bridge.createBackup({});
    setBusy(false);
    if (!result.ok) return notices.error('error.action', { message: errorParam(result.error) });
    notices.toast('backups.made', { date: formatDateTime(result.value.createdAt) });
    await load();
  };

  const restore = async (backup: BackupSummary) => {
    setConfirming(null);
    setBusy(true);
    const result = await bridge.restoreBackup({ id: backup.id });
    setBusy(false);
    if (!result.ok) return notices.error('error.action', { message: errorParam(result.error) });
    notices.toast('backups.restored', { date: formatDateTime(backup.createdAt) });
    await load();
  };

  return (
    <Dialog title={t('backups.title')} onClose={onClose} className="backups-dialog">
      <p className="hint">{t('backups.intro')}</p>
      {backups !== null && backups.length === 0 && <p className="empty-hint">{t('backups.none')}</p>}
      {backups !== null && backups.length > 0 && (
        <ul className="trash-list" aria-label={t('backups.title')}>
          {backups.map((b) => (
            <li key={b.id} className="trash-item">
              <div className="trash-item-text">
                <time className="trash-label" dateTime={b.createdAt}>
                  {formatDateTime(b.createdAt)}
                </time>
                <span className="trash-meta">
                  {tn('backups.articles', b.documents)} · {size(b.bytes)}
                  {b.skipped > 0 && ` · ${tn('backups.skipped', b.skipped)}`}
                </span>
                {confirming === b.id && <span className="trash-confirm">{t('backups.confirm')}</span>}
              </div>
              {confirming === b.id ? (
                <span className="section-actions">
                  <button type="button" className="button button-small" onClick={() => setConfirming(null)}>
                    {t('backups.cancel')}
                  </button>
                  <button type="button" className="button button-small button-danger" disabled={busy} onClick={() => void restore(b)}>
                    {t('backups.restoreNow')}
                  </button>
                </span>
              ) : (
                <button
                  type="button"
                  className="button button-small"
                  disabled={busy}
                  aria-label={t('backups.restoreLabel', { date: formatDateTime(b.createdAt) })}
                  onClick={() => setConfirming(b.id)}
                >
                  {t('backups.restore')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void backUpNow()}>
          {t('backups.now')}
        </button>
      </div>
      <NoticeArea />
    </Dialog>
  );
};
