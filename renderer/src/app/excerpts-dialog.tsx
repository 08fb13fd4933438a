import { useEffect, useMemo } from 'react';
import type { ExcerptItem } from '../../../data/model/tags';
import { useI18n } from '../i18n/i18n-context';
import { useStore } from '../state/create-store';
import type { Actions } from './actions';
import { useColorLabels } from './color-labels';
import { Dialog } from './dialog';
import { ExcerptFilters } from './excerpt-filters';
import { ExcerptResults } from './excerpt-results';
import { NoticeArea } from './notice-area';
import { useServices } from './services';
import { buildTagTree, visibleRows } from './tag-tree';

/**
 * The excerpt collection: every passage across the notebook that matches the filters, by
 * article or by tag. Choosing one closes the view and opens its article at that passage;
 * the filters stay for next time.
 */
export const ExcerptsDialog = ({ actions, onClose }: { actions: Actions; onClose: () => void }) => {
  const { excerpts, documents } = useServices();
  const { query, collection, loading } = useStore(excerpts.store);
  const { tags, documents: docs } = useStore(documents.store);
  const { t, tn } = useI18n();
  const colorLabels = useColorLabels();
  const tagNames = useMemo(() => visibleRows(buildTagTree(tags)).map((n) => n.name), [tags]);
  const sortedDocs = useMemo(() => [...docs].sort((a, b) => a.title.localeCompare(b.title)), [docs]);

  useEffect(() => {
    void excerpts.load();
  }, [excerpts]);

  const open = (item: ExcerptItem) => {
    onClose();
    void actions.openAnnotation(item.documentId, item.annotationId);
  };
  const filtered =
    query.tags.length + query.colors.length + query.documentIds.length > 0 || query.from !== '' || query.to !== '';

  return (
    <Dialog title={t('excerpts.title')} onClose={onClose} className="excerpts-dialog">
      <ExcerptFilters
        query={query}
        tagNames={tagNames}
        documents={sortedDocs}
        colorLabels={colorLabels}
        onChange={(patch) => void excerpts.setQuery(patch)}
        onClear={() => void excerpts.reset()}
      />
      <p className="hint excerpt-hint">{t('excerpts.hint')}</p>
      <div className="excerpt-results" aria-busy={loading || undefined} tabIndex={0} aria-label={t('excerpts.results')}>
        <p className="excerpt-summary" role="status">
          {loading && !collection
            ? t('excerpts.loading')
            : collection && collection.total > 0
              ? t('excerpts.summary', {
                  excerpts: tn('excerpts.count', collection.total),
                  articles: tn('excerpts.inDocuments', collection.documents),
                })
              : ''}
        </p>
        {collection && collection.total === 0 && <p className="hint">{t(filtered ? 'excerpts.empty' : 'excerpts.none')}</p>}
        {collection && collection.total > 0 && <ExcerptResults collection={collection} colorLabels={colorLabels} onOpen={open} />}
      </div>
      <NoticeArea />
    </Dialog>
  );
};
