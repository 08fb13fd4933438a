import type { KeyboardEvent, ReactNode } from 'react';
import type { SearchGroup, SearchHit } from '../../../data/model/api-search';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../../../data/model/i18n/messages-en';
import { useStore } from '../state/create-store';
import type { Actions } from './actions';
import type { Services } from './services';
import { useServices } from './services';

/** The snippet with its matches in <mark>: the original characters, as the service gave them. */
export const Snippet = ({ hit }: { hit: SearchHit }) => {
  const parts: ReactNode[] = [];
  let at = 0;
  hit.ranges.forEach(([s, e], i) => {
    if (s > at) parts.push(hit.snippet.slice(at, s));
    parts.push(<mark key={i}>{hit.snippet.slice(s, e)}</mark>);
    at = e;
  });
  if (at < hit.snippet.length) parts.push(hit.snippet.slice(at));
  return <span className="search-snippet">{parts}</span>;
};

/**
 * A click on a hit: open its article (unless open already), then show the place. An
 * annotation's hit selects and reveals the annotation; a text hit scrolls the reader to the
 * passage and flashes it; a title or document-note hit just opens the article.
 */
export const openSearchHit = async (services: Services, actions: Actions, documentId: string, hit?: SearchHit) => {
  const { doc, search } = services;
  if (doc.store.get().documentId !== documentId || !doc.store.get().document) await actions.openDocument(documentId);
  if (!hit) return;
  if (hit.annotationId !== undefined) doc.select(hit.annotationId, { reveal: true });
  else if (hit.start !== undefined && hit.end !== undefined) search.revealPassage(documentId, hit.start, hit.end);
};

/** Up and down arrows walk the hits; up from the first goes back to the search box. */
const onListKeyDown = (e: KeyboardEvent<HTMLElement>, input: () => HTMLInputElement | null) => {
  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
  const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  e.preventDefault();
  const next = at + (e.key === 'ArrowDown' ? 1 : -1);
  if (next < 0) input()?.focus();
  else buttons[Math.min(next, buttons.length - 1)].focus();
};

const Group = ({ group, onOpen }: { group: SearchGroup; onOpen: (hit?: SearchHit) => void }) => {
  const { t, tn } = useI18n();
  const more = group.hitCount - group.hits.length;
  return (
    <li className="search-group">
      <button type="button" className="search-doc" title={t('action.open', { title: group.title })} onClick={() => onOpen()}>
        {group.title}
      </button>
      <ul className="search-hits">
        {group.hits.map((hit, i) => (
          <li key={i}>
            <button type="button" className="search-hit" onClick={() => onOpen(hit)}>
              <span className="search-field">{t(`search.field.${hit.field}` as MessageKey)}</span>
              <Snippet hit={hit} />
            </button>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="search-more">{tn('search.more', more)}</p>}
    </li>
  );
};

/** Results of the library search, grouped by article; replaces the library lists while shown. */
export const SearchResults = ({ id, actions, input }: { id: string; actions: Actions; input: () => HTMLInputElement | null }) => {
  const services = useServices();
  const { query, status, result, error } = useStore(services.search.store);
  const { t, tn, errorText } = useI18n();
  // Keep showing the previous answer while the next one is on its way (no flicker as one types).
  const shown = result && result.query.trim() ? result : null;

  let summary: ReactNode;
  if (status === 'error') summary = <p className="search-status is-error">{t('search.error', { message: error ? errorText(error) : '' })}</p>;
  else if (!shown) summary = <p className="search-status">{t('search.searching')}</p>;
  else if (shown.groups.length === 0) {
    summary = (
      <>
        <p className="search-status">{t('search.none', { query: shown.query.trim() })}</p>
        <p className="hint">{t('search.help')}</p>
      </>
    );
  } else {
    summary = (
      <p className="search-status">
        {tn('search.matches', shown.total)}
        {tn('search.articles', shown.documentCount)}
        {shown.groups.length < shown.documentCount && <> {t('search.shown', { count: shown.groups.length })}</>}
      </p>
    );
  }

  return (
    <section
      className="search-results"
      id={id}
      aria-label={t('search.results')}
      aria-busy={status === 'searching' || undefined}
      data-query={query}
      onKeyDown={(e) => onListKeyDown(e, input)}
    >
      <div aria-live="polite">{summary}</div>
      {shown && shown.groups.length > 0 && (
        <ol className="search-groups">
          {shown.groups.map((g) => (
            <Group key={g.documentId} group={g} onOpen={(hit) => void openSearchHit(services, actions, g.documentId, hit)} />
          ))}
        </ol>
      )}
    </section>
  );
};
