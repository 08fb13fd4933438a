import type { GlossaBridge } from '../../../data/model/api';
import type { Color } from '../../../data/model/schemas';
import type { ExcerptCollection, ExcerptGroupBy, TagMatchMode } from '../../../data/model/tags';
import { createStore } from './create-store';
import { errorParam, type NoticesStore } from './notices-store';

/**
 * The excerpt collection: the query a person built (kept while the app runs, so closing the
 * view and coming back finds it as it was) and the notebook's answer. A newer query wins
 * over an older answer that arrives late.
 */
export interface ExcerptsQueryState {
  tags: string[];
  tagMatch: TagMatchMode;
  colors: Color[];
  documentIds: string[];
  /** YYYY-MM-DD from a date input, or '' for no bound. */
  from: string;
  to: string;
  groupBy: ExcerptGroupBy;
}

export interface ExcerptsState {
  query: ExcerptsQueryState;
  collection: ExcerptCollection | null;
  loading: boolean;
}

export const EMPTY_QUERY: ExcerptsQueryState = {
  tags: [],
  tagMatch: 'any',
  colors: [],
  documentIds: [],
  from: '',
  to: '',
  groupBy: 'document',
};

export type ExcerptsStore = ReturnType<typeof createExcerptsStore>;

/** The operation's input: empty filters are left out (no filter), not sent as "none". */
export const toListInput = (q: ExcerptsQueryState) => ({
  ...(q.tags.length ? { tags: q.tags } : {}),
  tagMatch: q.tagMatch,
  ...(q.colors.length ? { colors: q.colors } : {}),
  ...(q.documentIds.length ? { documentIds: q.documentIds } : {}),
  ...(q.from ? { from: q.from } : {}),
  ...(q.to ? { to: q.to } : {}),
  groupBy: q.groupBy,
});

export const createExcerptsStore = (bridge: GlossaBridge, notices: NoticesStore) => {
  const store = createStore<ExcerptsState>({ query: EMPTY_QUERY, collection: null, loading: false });
  let token = 0;

  const load = async (): Promise<void> => {
    const mine = ++token;
    store.set((s) => ({ ...s, loading: true }));
    const result = await bridge.listExcerpts(toListInput(store.get().query));
    if (mine !== token) return;
    if (!result.ok) {
      notices.error('error.action', { message: errorParam(result.error) });
      store.set((s) => ({ ...s, loading: false }));
      return;
    }
    store.set((s) => ({ ...s, collection: result.value, loading: false }));
  };

  return {
    store,
    load,
    setQuery(patch: Partial<ExcerptsQueryState>) {
      store.set((s) => ({ ...s, query: { ...s.query, ...patch } }));
      return load();
    },
    /** Start a collection on one tag (from the library or the tag manager). */
    showTag(tag: string) {
      store.set((s) => ({ ...s, query: { ...EMPTY_QUERY, groupBy: s.query.groupBy, tags: [tag] } }));
      return load();
    },
    reset() {
      store.set((s) => ({ ...s, query: EMPTY_QUERY }));
      return load();
    },
  };
};
