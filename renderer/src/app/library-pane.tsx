import { useRef, type ReactNode } from 'react';
import { useStore } from '../state/create-store';
import { useI18n } from '../i18n/i18n-context';
import type { Actions } from './actions';
import { DocumentList } from './document-list';
import { Icon } from './icons';
import { LibraryDropZone } from './library-drop-zone';
import { SearchBox } from './search-box';
import { useServices } from './services';
import { TagList } from './tag-list';

/** Left pane: the articles in the notebook and the tags across them. */
export const LibraryPane = ({ actions, id, resizer }: { actions: Actions; id: string; resizer?: ReactNode }) => {
  const { documents } = useServices();
  const { loaded, documents: list } = useStore(documents.store);
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  return (
    <nav className="pane pane-library" id={id} aria-label={t('pane.library')}>
      <div className="pane-header">
        <h2 className="pane-title">{t('pane.library')}</h2>
        <button type="button" className="button button-primary" onClick={actions.import}>
          <Icon name="import" />
          {t('toolbar.import')}
        </button>
      </div>
      <SearchBox actions={actions} />
      <div className="pane-scroll" ref={scrollRef}>
        <section aria-labelledby="library-articles">
          <h3 className="section-title" id="library-articles">
            {t('library.articles')}
          </h3>
          {loaded && list.length === 0 ? (
            <p className="hint">{t('library.empty.body')}</p>
          ) : (
            <DocumentList actions={actions} scrollRef={scrollRef} />
          )}
        </section>
        <TagList />
      </div>
      <LibraryDropZone onChoose={actions.import} />
      <div className="library-footer">
        <button type="button" className="button button-small" onClick={actions.showTrash} title={t('action.showTrash')}>
          {t('trash.open')}
        </button>
        <button type="button" className="button button-small" onClick={actions.showBackups} title={t('action.showBackups')}>
          {t('backups.open')}
        </button>
      </div>
      {resizer}
    </nav>
  );
};
