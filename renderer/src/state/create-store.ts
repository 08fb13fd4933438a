import { useSyncExternalStore } from 'react';

/**
 * The smallest observable value: every domain store is one of these plus verbs. State is
 * replaced, never mutated, so React's useSyncExternalStore can compare snapshots by identity.
 */
export interface Store<S> {
  get(): S;
  set(next: S | ((current: S) => S)): void;
  subscribe(listener: () => void): () => void;
}

export const createStore = <S>(initial: S): Store<S> => {
  let state = initial;
  const listeners = new Set<() => void>();
  return {
    get: () => state,
    set(next) {
      const value = typeof next === 'function' ? (next as (c: S) => S)(state) : next;
      if (Object.is(value, state)) return;
      state = value;
      for (const l of [...listeners]) l();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
};

/** Subscribe a component to a whole store snapshot (derive with useMemo, not a selector). */
export const useStore = <S>(store: Store<S>): S => useSyncExternalStore(store.subscribe, store.get, store.get);
