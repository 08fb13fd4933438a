import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useMemo, useRef, type RefObject } from 'react';
import { useStore } from '../state/create-store';
import { useI18n } from '../i18n/i18n-context';
import type { Actions } from './actions';
import { Icon } from './icons';
import { useServices } from './services';
import { measureOrEstimate, observeRectOrWindow, OVERSCAN, rangeWithPinned, useFocusedRowKey, useScrollMargin } from './virtual-rows';

/** A row: title and one line of meta, as laid out by library.css. */
const ROW_HEIGHT = 52;
const estimateRow = () => ROW_HEIGHT;

/**
 * The articles, newest first, virtualised: a library of thousands renders only the rows near
 * the viewport (each with aria-setsize/aria-posinset). Long titles are cut with an ellipsis
 * and shown whole on hover.
 */
export const DocumentList = ({ actions, scrollRef }: { actions: Actions; scrollRef: RefObject<HTMLElement | null> }) => {
  const { documents, doc } = useServices();
  const { documents: list } = useStore(documents.store);
  const { documentId } = useStore(doc.store);
  const { t, tn, formatDate } = useI18n();
  const listRef = useRef<HTMLUListElement>(null);

  const indexOf = useMemo(() => new Map(list.map((d, i) => [d.id, i])), [list]);
  const { focusedKey, onFocus, onBlur } = useFocusedRowKey();
  const currentIndex = documentId === null ? -1 : (indexOf.get(documentId) ?? -1);
  const focusedIndex = focusedKey === null ? -1 : (indexOf.get(focusedKey) ?? -1);
  const pinned = useMemo(() => [currentIndex, focusedIndex], [currentIndex, focusedIndex]);

  const scrollMargin = useScrollMargin(scrollRef, listRef, [list.length === 0]);
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    count: list.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: estimateRow,
    getItemKey: useCallback((i: number) => list[i]?.id ?? i, [list]),
    overscan: OVERSCAN,
    scrollMargin,
    rangeExtractor: useMemo(() => rangeWithPinned(pinned), [pinned]),
    observeElementRect: observeRectOrWindow,
    measureElement: useMemo(() => measureOrEstimate(estimateRow), []),
  });

  // The article opened from elsewhere (search, a deep link, undo of a delete) is shown in the list.
  useEffect(() => {
    if (currentIndex < 0) return;
    const row = listRef.current?.querySelector(`[data-row-key="${CSS.escape(list[currentIndex].id)}"]`);
    const scroll = scrollRef.current;
    if (!row || !scroll) return;
    const box = row.getBoundingClientRect();
    const view = scroll.getBoundingClientRect();
    if (box.top < view.top || box.bottom > view.bottom) virtualizer.scrollToIndex(currentIndex, { align: 'auto' });
    // Only when another article becomes the current one.
    // (Not on scroll: the person may look elsewhere in the list while reading.)
  }, [documentId]);

  const start = virtualizer.options.scrollMargin;
  return (
    <ul ref={listRef} className="document-list virtual-rows" style={{ height: virtualizer.getTotalSize() }} onFocus={onFocus} onBlur={onBlur}>
      {virtualizer.getVirtualItems().map((item) => {
        const d = list[item.index];
        if (!d) return null;
        const current = d.id === documentId;
        return (
          <li
            key={item.key}
            ref={virtualizer.measureElement}
            data-index={item.index}
            data-row-key={d.id}
            className={current ? 'document-item virtual-row is-current' : 'document-item virtual-row'}
            style={{ transform: `translateY(${item.start - start}px)` }}
            aria-setsize={list.length}
            aria-posinset={item.index + 1}
          >
            <button
              type="button"
              className="document-open"
              aria-current={current ? 'page' : undefined}
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
        );
      })}
    </ul>
  );
};
