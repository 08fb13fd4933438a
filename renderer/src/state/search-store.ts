import type { GlossaBridge } from '../../../data/model/api';
import type { SearchResult } from '../../../data/model/api-search';
import type { ShownError } from '../../../data/model/i18n/error-text';
import { createStore } from './create-store';

/**
 * The search box's state. The renderer only asks: the index lives in the host process
 * (docs/decisions/0020-search.md), so typing never blocks the interface on indexing.
 * Answers to an older query that arrive late are dropped.
 */
export interface SearchState {
  query: string;
  status: 'idle' | 'searching' | 'done' | 'error';
  result: SearchResult | null;
  error?: ShownError;
  /** Ask the reader to show a passage of an article; a new nonce repeats the request. */
  reveal?: { documentId: string; start: number; end: number; nonce: number };
  /** Ask the search box to take focus (Ctrl/⌘+F, /); a new nonce repeats the request. */
  focus: number;
}

export type SearchStore = ReturnType<typeof createSearchStore>;

/** Typing pauses this long before a search runs. */
export const SEARCH_DELAY_MS = 150;

export const createSearchStore = (bridge: GlossaBridge, options: { delayMs?: number } = {}) => {
  const delay = options.delayMs ?? SEARCH_DELAY_MS;
  const store = createStore<SearchState>({ query: '', status: 'idle', result: null, focus: 0 });
  const patch = (p: Partial<SearchState>) => store.set((s) => ({ ...s, ...p }));
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;
  let nonce = 0;

  const run = async (): Promise<void> => {
    clearTimeout(timer);
    const query = store.get().query;
    const token = ++latest;
    if (!query.trim()) return patch({ status: 'idle', result: null, error: undefined });
    patch({ status: 'searching' });
    const answer = await bridge.search({ query });
    if (token !== latest) return; // typed on meanwhile: a newer search is on its way
    if (answer.ok) patch({ status: 'done', result: answer.value, error: undefined });
    else patch({ status: 'error', error: answer.error });
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), delay);
  };

  return {
    store,
    /**
     * What is in the box; the search follows after a short pause. While an input method is
     * still composing (pinyin, zhuyin) the letters are not searched for: `composing` keeps
     * the text and waits for the composed characters.
     */
    setQuery(query: string, options: { composing?: boolean } = {}) {
      if (query !== store.get().query) patch({ query });
      if (options.composing) return clearTimeout(timer);
      if (!query.trim()) void run(); // cleared: at once, no stale results in between
      else schedule();
    },
    /** Search now (Enter). */
    run,
    /** The notebook changed: the same query again, after the same pause. */
    refresh() {
      if (store.get().query.trim()) schedule();
    },
    clear() {
      clearTimeout(timer);
      latest++;
      patch({ query: '', status: 'idle', result: null, error: undefined });
    },
    revealPassage(documentId: string, start: number, end: number) {
      patch({ reveal: { documentId, start, end, nonce: ++nonce } });
    },
    requestFocus() {
      patch({ focus: store.get().focus + 1 });
    },
  };
};
