import { useVirtualizer, type VirtualItem } from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, type ReactNode, type RefObject } from 'react';
import type { Annotation } from '../../../data/model/schemas';
import type { AnnotationGroups } from '../state/annotation-list';
import { AnnotationCard, type AnnotationCardProps } from './annotation-card';
import { measureOrEstimate, observeRectOrWindow, OVERSCAN, rangeWithPinned, useFocusedRowKey, useScrollMargin } from './virtual-rows';

/**
 * The annotation sections (document notes, found, orphans) as one virtualised list: a row per
 * section heading and a row per card. Only the rows near the viewport are rendered, each in
 * its section's <ol> with aria-setsize/aria-posinset, so assistive technology still hears
 * "3 of 5,000"; cards vary in height (quote, tags, note preview) and are measured once shown.
 */
type SectionKey = 'notes' | 'found' | 'orphans';

interface Section {
  key: SectionKey;
  title: string;
  help?: string;
  list: Annotation[];
}

type Row =
  | { kind: 'heading'; key: string; section: Section }
  | { kind: 'card'; key: string; section: Section; annotation: Annotation; position: number };

/** Roughly a card's height before it is measured: close estimates keep the scrollbar steady. */
export const estimateCardHeight = (a: Annotation): number => {
  const quote = a.target?.quote.exact.length ?? 0;
  const quoteLines = quote === 0 ? 0 : Math.min(4, Math.ceil(quote / 20));
  const noteLines = a.note === '' ? 0 : Math.min(12, a.note.split('\n').length + Math.floor(a.note.length / 40));
  const tagRows = a.tags.length > 2 ? 2 : 1;
  // Top row, tag row(s), note button, dates, padding and gaps; then the text.
  return 124 + tagRows * 28 + quoteLines * 22 + noteLines * 22 + 8;
};
const HEADING_HEIGHT = 44;

export interface VirtualAnnotationListProps extends Pick<AnnotationCardProps, 'suggestionsId' | 'onSelect' | 'onUpdate' | 'onNoteDone' | 'onDelete'> {
  scrollRef: RefObject<HTMLElement | null>;
  groups: AnnotationGroups;
  titles: Record<SectionKey, string>;
  orphansHelp: string;
  selectedId: string | null;
  noteFocus?: { id: string; nonce: number };
  /** Changes that move the list's top inside the scroll element (document, filters). */
  layoutKey: string;
}

export const VirtualAnnotationList = ({
  scrollRef,
  groups,
  titles,
  orphansHelp,
  selectedId,
  noteFocus,
  layoutKey,
  suggestionsId,
  onSelect,
  onUpdate,
  onNoteDone,
  onDelete,
}: VirtualAnnotationListProps) => {
  const listRef = useRef<HTMLDivElement>(null);
  const rows = useMemo(() => {
    const sections: Section[] = [
      { key: 'notes', title: titles.notes, list: groups.notes },
      { key: 'found', title: titles.found, list: groups.found },
      { key: 'orphans', title: titles.orphans, help: orphansHelp, list: groups.orphans },
    ];
    const out: Row[] = [];
    for (const section of sections) {
      if (section.list.length === 0) continue;
      out.push({ kind: 'heading', key: `heading:${section.key}`, section });
      section.list.forEach((annotation, i) => out.push({ kind: 'card', key: annotation.id, section, annotation, position: i + 1 }));
    }
    return out;
  }, [groups, titles, orphansHelp]);
  const indexOf = useMemo(() => new Map(rows.map((row, i) => [row.key, i])), [rows]);

  const { focusedKey, onFocus, onBlur } = useFocusedRowKey();
  const selectedIndex = selectedId === null ? -1 : (indexOf.get(selectedId) ?? -1);
  const focusedIndex = focusedKey === null ? -1 : (indexOf.get(focusedKey) ?? -1);
  const pinned = useMemo(() => {
    const headings = rows.flatMap((row, i) => (row.kind === 'heading' ? [i] : []));
    return [...headings, selectedIndex, focusedIndex];
  }, [rows, selectedIndex, focusedIndex]);

  const estimate = useMemo(() => {
    const sizes = rows.map((row) => (row.kind === 'heading' ? HEADING_HEIGHT + (row.section.help ? 40 : 0) : estimateCardHeight(row.annotation)));
    return (i: number) => sizes[i] ?? HEADING_HEIGHT;
  }, [rows]);

  const scrollMargin = useScrollMargin(scrollRef, listRef, [layoutKey]);
  const virtualizer = useVirtualizer<HTMLElement, Element>({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: estimate,
    getItemKey: useCallback((i: number) => rows[i]?.key ?? i, [rows]),
    overscan: OVERSCAN,
    scrollMargin,
    rangeExtractor: useMemo(() => rangeWithPinned(pinned), [pinned]),
    observeElementRect: observeRectOrWindow,
    measureElement: useMemo(() => measureOrEstimate(estimate), [estimate]),
  });

  // The selected card (from the reader, j/k, a click) is brought into view, and a keyboard
  // user walking the list keeps focus on it.
  const pendingFocus = useRef<string | null>(null);
  useEffect(() => {
    if (!selectedId) return;
    const index = indexOf.get(selectedId);
    const scroll = scrollRef.current;
    if (index === undefined || !scroll) return;
    const card = listRef.current?.querySelector(`[data-annotation-id="${CSS.escape(selectedId)}"]`);
    const box = card?.getBoundingClientRect();
    const view = scroll.getBoundingClientRect();
    // Near the viewport: a smooth scroll, as before virtualising; far away: jump, since the
    // rows in between are only estimates until they are rendered.
    if (card && box && box.bottom > view.top - view.height && box.top < view.bottom + view.height) {
      card.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    } else virtualizer.scrollToIndex(index, { align: 'auto' });
    if (listRef.current?.contains(window.document.activeElement) && !card?.contains(window.document.activeElement)) {
      pendingFocus.current = selectedId;
    }
    // Only a new selection scrolls; later renders (edits, measurement) must not.
  }, [selectedId]);
  useLayoutEffect(() => {
    const id = pendingFocus.current;
    if (!id) return;
    const card = listRef.current?.querySelector(`[data-annotation-id="${CSS.escape(id)}"]`);
    if (!card) return;
    pendingFocus.current = null;
    card.querySelector<HTMLElement>('.annotation-quote, button')?.focus({ preventScroll: true });
  });

  const items = virtualizer.getVirtualItems();
  const placed = (item: VirtualItem) => ({ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` });

  // Rendered rows grouped by section, in order: each section's heading and its visible cards.
  const sections: Array<{ section: Section; heading?: VirtualItem; cards: VirtualItem[] }> = [];
  for (const item of items) {
    const row = rows[item.index];
    if (!row) continue;
    let group = sections[sections.length - 1];
    if (!group || group.section !== row.section) sections.push((group = { section: row.section, cards: [] }));
    if (row.kind === 'heading') group.heading = item;
    else group.cards.push(item);
  }

  const headingId = (key: SectionKey) => `${suggestionsId}-${key}`;
  const rowOf = (item: VirtualItem): ReactNode => {
    const row = rows[item.index];
    if (row.kind !== 'card') return null;
    const a = row.annotation;
    return (
      <li
        key={item.key}
        ref={virtualizer.measureElement}
        data-index={item.index}
        data-row-key={a.id}
        className="virtual-row annotation-row"
        style={placed(item)}
        aria-setsize={row.section.list.length}
        aria-posinset={row.position}
      >
        <AnnotationCard
          annotation={a}
          selected={a.id === selectedId}
          suggestionsId={suggestionsId}
          noteFocus={noteFocus?.id === a.id ? noteFocus.nonce : undefined}
          onSelect={onSelect}
          onUpdate={onUpdate}
          onNoteDone={onNoteDone}
          onDelete={onDelete}
        />
      </li>
    );
  };

  return (
    <div
      ref={listRef}
      className="virtual-rows"
      style={{ height: virtualizer.getTotalSize() }}
      onFocus={onFocus}
      onBlur={onBlur}
    >
      {sections.map(({ section, heading, cards }) => (
        <section key={section.key} className={`annotation-section section-${section.key}`} aria-labelledby={headingId(section.key)}>
          {heading && (
            <div key={heading.key} ref={virtualizer.measureElement} data-index={heading.index} className="virtual-row" style={placed(heading)}>
              <h3 className="section-title" id={headingId(section.key)}>
                {section.title} <span className="section-count">{section.list.length}</span>
              </h3>
              {section.help && <p className="hint">{section.help}</p>}
            </div>
          )}
          {cards.length > 0 && <ol className="annotation-list">{cards.map(rowOf)}</ol>}
        </section>
      ))}
    </div>
  );
};
