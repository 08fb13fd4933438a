import { useStore } from '../state/create-store';
import { useI18n } from '../i18n/i18n-context';
import type { Actions } from './actions';
import { Icon } from './icons';
import { useServices } from './services';

/** The articles, newest first. Long titles are cut with an ellipsis and shown whole on hover. */
export const DocumentList = ({ actions }: { actions: Actions }) => {
  const { documents, doc } = useServices();
  const { documents: list } = useStore(documents.store);
  const { documentId } = useStore(doc.store);
  const { t, tn, formatDate } = useI18n();
  return (
    <ul className="document-list">
      {list.map((d) => (
        <li key={d.id} className={d.id === documentId ? 'document-item is-current' : 'document-item'}>
          <button
            type="button"
            className="document-open"
            aria-current={d.id === documentId ? 'page' : undefined}
            title={d.title}
            onClick={() => void actions.openDocument(d.id)}
          >
            <span className="document-title">{d.title}</span>
            <span className="document-meta">
              <time dateTime={d.createdAt}>{formatDate(d.createdAt)}</time>
              <span aria-hidden="true"> · </span>
              <span>{tn('library.excerpts', d.excerptCount)}</span>
            </span>
          </button>
          <button
            type="button"
            className="icon-button document-delete"
            aria-label={t('library.delete', { title: d.title })}
            title={t('library.delete', { title: d.title })}
            onClick={() =>
              void documents.deleteDocument(d, (id) => void actions.openDocument(id)).then((done) => {
                if (done && doc.store.get().documentId === d.id) void actions.openDocument(null);
              })
            }
          >
            <Icon name="trash" />
          </button>
        </li>
      ))}
    </ul>
  );
};
