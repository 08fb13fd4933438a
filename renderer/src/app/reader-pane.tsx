import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { Reader } from '../reader/reader';
import type { CreateRequest } from '../reader/reader-props';
import { useStore } from '../state/create-store';
import type { Actions } from './actions';
import { useColorLabels } from './color-labels';
import { EmptyState } from './empty-state';
import { useServices } from './services';

/** The middle pane: the reader for the open article, or what to do when there is none. */
export const ReaderPane = ({ actions, id }: { actions: Actions; id: string }) => {
  const { doc, documents, settings, search, ui } = useServices();
  const state = useStore(doc.store);
  // Only the reveal request: typing in the search box must not re-render the reader.
  const passage = useSyncExternalStore(search.store.subscribe, () => search.store.get().reveal);
  // A search hit's passage, only for the article it was found in.
  const revealRange = passage && passage.documentId === state.document?.id ? passage : undefined;
  // The palette's "clip as excerpt": handed to the reader once, then marked served.
  const excerpt = useSyncExternalStore(ui.store.subscribe, () => ui.store.get().excerptRequest);
  const excerptRequest = excerpt && excerpt.documentId === state.document?.id ? excerpt : undefined;
  useEffect(() => {
    if (excerptRequest) ui.served('excerptRequest');
  }, [excerptRequest, ui]);
  const { tags, loaded, documents: list } = useStore(documents.store);
  const { fontSize } = useStore(settings.store).settings;
  const { t, lookup } = useI18n();

  const knownTags = useMemo(() => tags.map((tag) => tag.name), [tags]);
  // The person's colour names (settings), else the colour words.
  const colorLabels = useColorLabels();
  const onCreate = useCallback((request: CreateRequest) => void doc.create(request), [doc]);
  const onSelect = useCallback((annotationId: string | null) => doc.select(annotationId), [doc]);
  const readerT = useCallback((key: string) => lookup(key), [lookup]);

  let body;
  if (state.document) {
    body = (
      <Reader
        document={state.document}
        annotations={state.annotations}
        selectedId={state.selectedId}
        fontSize={fontSize}
        knownTags={knownTags}
        colorLabels={colorLabels}
        reveal={state.reveal}
        revealRange={revealRange}
        excerptRequest={excerptRequest}
        t={readerT}
        onSelectAnnotation={onSelect}
        onCreate={onCreate}
      />
    );
  } else if (state.loading) {
    body = <p className="hint pane-loading">{t('reader.loading')}</p>;
  } else if (loaded && list.length === 0) {
    body = (
      <EmptyState
        headingLevel={1}
        title={t('library.empty.title')}
        actions={
          <>
            <button type="button" className="button button-primary" onClick={actions.import}>
              {t('action.import')}
            </button>
            <button type="button" className="button" onClick={() => void actions.addWelcome()}>
              {t('library.openWelcome')}
            </button>
          </>
        }
      >
        <p>{t('library.empty.body')}</p>
        <p>{t('library.empty.welcome')}</p>
      </EmptyState>
    );
  } else {
    body = (
      <EmptyState headingLevel={1} title={t('reader.noDocument.title')}>
        <p>{t('reader.noDocument.body')}</p>
      </EmptyState>
    );
  }
  return (
    <main className="pane pane-reader" id={id} aria-label={t('pane.reader')} aria-busy={state.loading || undefined}>
      {body}
    </main>
  );
};
