import { useState } from 'react';
import type { GlossaBridge } from '../../../data/model/api';
import type { TrashItem } from '../../../data/model/trash';
import { useI18n } from '../i18n/i18n-context';
import { errorParam } from '../state/notices-store';
import { Dialog } from './dialog';
import { NoticeArea } from './notice-area';
import { useServices } from './services';
import { useListing } from './use-listing';

const DAY_MS = 24 * 60 * 60 * 1000;
const listTrash = (bridge: GlossaBridge) => bridge.listTrash({});

/**
 * Deleted articles and annotations, each restorable until it has waited 30 days. Emptying
 * the trash asks once more in place: it is the one action here that cannot be undone.
 */
export const TrashDialog = ({ onClose }: { onClose: () => void }) => {
  const { bridge, notices, documents, doc } = useServices();
  const { t, tn, formatDate } = useI18n();
  const [items, load] = useListing(listTrash);
  const [confirming, setConfirming] = useState(false);

  const restore = async (item: TrashItem) => {
    const result = await bridge.restoreFromTrash({ items: [{ kind: item.kind, id: item.id }] });
    if (!result.ok) return notices.error('error.action', { message: errorParam(result.error) });
    notices.toast(item.kind === 'document' ? 'trash.restoredArticle' : 'trash.restoredAnnotation', { title: item.documentTitle ?? item.label });
    await Promise.all([load(), documents.load(), doc.reload([item.documentId])]);
  };

  const empty = async () => {
    setConfirming(false);
    const result = await bridge.emptyTrash({});
    if (!result.ok) return notices.error('error.action', { message: errorParam(result.error) });
    notices.toast('trash.emptied', { count: result.value.removed });
    await load();
  };

  const daysLeft = (item: TrashItem) => Math.max(0, Math.ceil((Date.parse(item.expiresAt) - Date.now()) / DAY_MS));

  return (
    <Dialog title={t('trash.title')} onClose={onClose} className="trash-dialog">
      <p className="hint">{t('trash.intro')}</p>
      {items !== null && items.length === 0 && <p className="empty-hint">{t('trash.empty')}</p>}
      {items !== null && items.length > 0 && (
        <ul className="trash-list" aria-label={t('trash.title')}>
          {items.map((item) => (
            <li key={`${item.kind}:${item.id}`} className="trash-item">
              <div className="trash-item-text">
                <span className="trash-kind">{t(item.kind === 'document' ? 'trash.kindArticle' : 'trash.kindAnnotation')}</span>
                <span className="trash-label" lang="">
                  {item.kind === 'annotation' ? `“${item.label}”` : item.label}
                </span>
                <span className="trash-meta">
                  {item.kind === 'annotation'
                    ? t('trash.inArticle', { title: item.documentTitle ?? '' })
                    : tn('trash.annotations', item.annotationCount ?? 0)}
                  {' · '}
                  <time dateTime={item.deletedAt}>{t('trash.deletedOn', { date: formatDate(item.deletedAt) })}</time>
                  {' · '}
                  {tn('trash.daysLeft', daysLeft(item))}
                </span>
              </div>
              <button
                type="button"
                className="button button-small"
                disabled={item.needsDocument}
                title={item.needsDocument ? t('trash.needsArticle') : undefined}
                aria-label={t('trash.restoreLabel', { title: item.label })}
                onClick={() => void restore(item)}
              >
                {t('trash.restore')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="dialog-actions">
        {confirming ? (
          <>
            <span className="trash-confirm">{tn('trash.confirmEmpty', items?.length ?? 0)}</span>
            <button type="button" className="button" onClick={() => setConfirming(false)}>
              {t('trash.keep')}
            </button>
            <button type="button" className="button button-danger" onClick={() => void empty()}>
              {t('trash.emptyNow')}
            </button>
          </>
        ) : (
          <button type="button" className="button" disabled={!items?.length} onClick={() => setConfirming(true)}>
            {t('trash.emptyTrash')}
          </button>
        )}
      </div>
      <NoticeArea />
    </Dialog>
  );
};
