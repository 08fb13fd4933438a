import { useCallback, useId, useMemo, useRef, type ReactNode } from 'react';
import type { Annotation } from '../../../data/model/schemas';
import { useI18n } from '../i18n/i18n-context';
import { groupAnnotations, isFiltered, tagsOf } from '../state/annotation-list';
import { useStore } from '../state/create-store';
import { AnnotationFilters } from './annotation-filters';
import type { Actions } from './actions';
import { DocumentNote } from './document-note';
import { EmptyState } from './empty-state';
import { useServices } from './services';
import { VirtualAnnotationList } from './virtual-annotation-list';

/**
 * Right pane: the article note, then every annotation in document order, orphans apart, as a
 * virtualised list (thousands of cards stay cheap). The selected card is scrolled into view
 * whenever the selection changes (from the reader, from j/k, from a click).
 */
export const AnnotationsPane = ({ actions, id, resizer }: { actions: Actions; id: string; resizer?: ReactNode }) => {
  const { doc, ui, documents } = useServices();
  const { document, annotations, selectedId, noteFocus } = useStore(doc.store);
  const { filter } = useStore(ui.store);
  const { tags: allTags } = useStore(documents.store);
  const { t } = useI18n();
  const suggestionsId = useId();
  const listRef = useRef<HTMLDivElement>(null);

  const groups = useMemo(() => groupAnnotations(annotations, filter), [annotations, filter]);
  const docTags = useMemo(() => tagsOf(annotations), [annotations]);
  const shown = groups.notes.length + groups.found.length + groups.orphans.length;

  const onSelect = useCallback((annotationId: string, reveal: boolean) => doc.select(annotationId, { reveal }), [doc]);
  const onUpdate = useCallback(
    (annotationId: string, fields: Partial<Pick<Annotation, 'color' | 'tags' | 'note'>>, coalesce?: boolean) =>
      void doc.update(annotationId, fields, coalesce ? { coalesceKey: `note:${annotationId}` } : {}),
    [doc],
  );
  const onNoteDone = useCallback(() => doc.undo.seal(), [doc]);
  const onDelete = useCallback(
    (annotationId: string) => {
      doc.select(annotationId);
      void actions.deleteSelected();
    },
    [doc, actions],
  );

  const titles = useMemo(
    () => ({ notes: t('annotations.documentNotes'), found: t('annotations.found'), orphans: t('annotations.orphans') }),
    [t],
  );

  return (
    <aside className="pane pane-annotations" id={id} aria-label={t('pane.annotations')}>
      {resizer}
      <div className="pane-header">
        <h2 className="pane-title">{t('annotations.heading')}</h2>
      </div>
      <div className="pane-scroll" ref={listRef} data-annotation-list="">
        {!document ? (
          <p className="hint">{t('annotations.noDocument')}</p>
        ) : (
          <>
            <DocumentNote key={document.id} document={document} />
            {annotations.length > 0 && (
              <AnnotationFilters filter={filter} tags={docTags} shown={shown} total={annotations.length} />
            )}
            {annotations.length === 0 ? (
              <EmptyState headingLevel={3} title={t('annotations.empty.title')}>
                <p>{t('annotations.empty.body')}</p>
              </EmptyState>
            ) : shown === 0 && isFiltered(filter) ? (
              <EmptyState
                headingLevel={3}
                title={t('annotations.noResults')}
                actions={
                  <button type="button" className="button" onClick={ui.clearFilter}>
                    {t('annotations.clearFilter')}
                  </button>
                }
              />
            ) : (
              <VirtualAnnotationList
                scrollRef={listRef}
                groups={groups}
                titles={titles}
                orphansHelp={t('annotations.orphansHelp')}
                selectedId={selectedId}
                noteFocus={noteFocus}
                layoutKey={`${document.id}|${filter.color}|${filter.tag}`}
                suggestionsId={suggestionsId}
                onSelect={onSelect}
                onUpdate={onUpdate}
                onNoteDone={onNoteDone}
                onDelete={onDelete}
              />
            )}
          </>
        )}
        <datalist id={suggestionsId}>
          {allTags.map((tag) => (
            <option key={tag.name} value={tag.name} />
          ))}
        </datalist>
      </div>
    </aside>
  );
};
