import { useI18n } from '../i18n/i18n-context';
import { noticeText } from '../i18n/notice-text';
import { useStore } from '../state/create-store';
import { Icon } from './icons';
import { useServices } from './services';

/**
 * Errors (role="alert", stay until dismissed), confirmations (role="status", fade) and import
 * progress, in one corner. Every error names what failed in plain words, in the language of
 * the moment: notices are worded when shown, not when raised.
 */
export const NoticeArea = () => {
  const { notices, documents } = useServices();
  const { notices: list } = useStore(notices.store);
  const { progress } = useStore(documents.store);
  const i18n = useI18n();
  const { t } = i18n;
  const errors = list.filter((n) => n.kind === 'error');
  const toasts = list.filter((n) => n.kind === 'toast');
  const item = (n: (typeof list)[number]) => (
    <div key={n.id} className={`notice notice-${n.kind}`} role={n.kind === 'error' ? 'alert' : undefined}>
      <p className="notice-text">{noticeText(i18n, n.message)}</p>
      {n.action && (
        <button
          type="button"
          className="button button-small notice-action"
          onClick={() => {
            n.action!.run();
            notices.dismiss(n.id);
          }}
        >
          {noticeText(i18n, n.action.label)}
        </button>
      )}
      <button
        type="button"
        className="icon-button notice-dismiss"
        aria-label={t('action.dismiss')}
        title={t('action.dismiss')}
        onClick={() => notices.dismiss(n.id)}
      >
        <Icon name="close" />
      </button>
    </div>
  );
  return (
    <section className="notice-area" aria-label={t('notices.label')}>
      <div className="notice-stack" aria-live="assertive">
        {errors.map(item)}
      </div>
      <div className="notice-stack" role="status" aria-live="polite">
        {progress && (
          <div className="notice notice-progress">
            <p className="notice-text">{t('import.progress', { done: progress.done + 1, total: progress.total, file: progress.file })}</p>
            <progress value={progress.done} max={progress.total} aria-label={t('import.progress', { done: progress.done + 1, total: progress.total, file: progress.file })} />
          </div>
        )}
        {toasts.map(item)}
      </div>
    </section>
  );
};
