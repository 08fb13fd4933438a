import { useEffect, useId, useRef, type CompositionEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useStore } from '../state/create-store';
import type { Actions } from './actions';
import { Icon } from './icons';
import { SearchResults } from './search-results';
import { useServices } from './services';
import '../styles/search.css';

/**
 * The search box at the top of the library, and its results below it while there is a
 * query (they take the place of the article and tag lists). Ctrl/⌘+F or / focus it (the
 * search shortcut asks through the search store); Escape clears it, and a second Escape
 * leaves it. The search itself runs in the host process, a moment after typing stops.
 */
export const SearchBox = ({ actions }: { actions: Actions }) => {
  const { search, bridge } = useServices();
  const { query, focus } = useStore(search.store);
  const { t } = useI18n();
  const inputRef = useRef<HTMLInputElement>(null);
  const inputId = useId();
  const resultsId = useId();
  const active = query.trim() !== '';

  useEffect(() => {
    if (focus === 0) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focus]);

  // Saves, imports and deletes change what matches: ask again (the store waits a moment).
  useEffect(() => bridge.on('notebookChanged', () => search.refresh()), [bridge, search]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.nativeEvent.isComposing) return;
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      if (query) search.clear();
      else inputRef.current?.blur();
    } else if (e.key === 'Enter') {
      e.preventDefault();
      void search.run();
    } else if (e.key === 'ArrowDown' && active) {
      const first = document.getElementById(resultsId)?.querySelector<HTMLButtonElement>('button');
      if (first) {
        e.preventDefault();
        first.focus();
      }
    }
  };

  return (
    <>
      <div className="library-search" role="search">
        <label className="visually-hidden" htmlFor={inputId}>
          {t('search.label')}
        </label>
        <svg className="icon search-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
          <path d="M11 4a7 7 0 1 0 0 14 7 7 0 0 0 0-14zM21 21l-5-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <input
          ref={inputRef}
          id={inputId}
          className="search-input"
          type="search"
          value={query}
          placeholder={t('search.placeholder')}
          autoComplete="off"
          spellCheck={false}
          aria-controls={active ? resultsId : undefined}
          onChange={(e) => search.setQuery(e.target.value, { composing: (e.nativeEvent as InputEvent).isComposing })}
          onCompositionEnd={(e: CompositionEvent<HTMLInputElement>) => search.setQuery(e.currentTarget.value)}
          onKeyDown={onKeyDown}
        />
        {query && (
          <button
            type="button"
            className="icon-button search-clear"
            aria-label={t('search.clear')}
            title={t('search.clear')}
            onClick={() => {
              search.clear();
              inputRef.current?.focus();
            }}
          >
            <Icon name="close" />
          </button>
        )}
      </div>
      {active && <SearchResults id={resultsId} actions={actions} input={() => inputRef.current} />}
    </>
  );
};
