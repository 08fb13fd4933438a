import { useStore } from '../state/create-store';
import { useI18n } from '../i18n/i18n-context';
import { useServices } from './services';

/** Every tag in the notebook with how often it is used; a tag filters the annotations pane. */
export const TagList = () => {
  const { documents, ui } = useServices();
  const { tags } = useStore(documents.store);
  const { filter } = useStore(ui.store);
  const { t } = useI18n();
  return (
    <section aria-labelledby="library-tags">
      <div className="section-title-row">
        <h3 className="section-title" id="library-tags">
          {t('library.tags')}
        </h3>
        <span className="section-actions">
          <button type="button" className="button button-small" onClick={() => ui.openDialog('excerpts')} title={t('action.showExcerpts')}>
            {t('excerpts.title')}
          </button>
          <button type="button" className="button button-small" onClick={() => ui.openDialog('tags')} title={t('action.manageTags')}>
            {t('tags.manage')}
          </button>
        </span>
      </div>
      {tags.length === 0 ? (
        <p className="hint">{t('library.noTags')}</p>
      ) : (
        <ul className="tag-list">
          {tags.map((tag) => {
            const active = filter.tag === tag.name;
            return (
              <li key={tag.name}>
                <button
                  type="button"
                  className="tag-filter"
                  aria-pressed={active}
                  title={t('library.filterByTag', { tag: tag.name })}
                  onClick={() => ui.filterTag(active ? null : tag.name)}
                >
                  {tag.color && <span className={`swatch swatch-${tag.color}`} aria-hidden="true" />}
                  <span className="tag-name">{tag.name}</span>
                  <span className="tag-count">{tag.count}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
};
