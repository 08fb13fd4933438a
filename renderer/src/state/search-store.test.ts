import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { SearchResult } from '../../../data/model/api-search';
import { ok, fail } from '../../../data/model/result';
import { createFakeBridge, type FakeBridge } from './test-support/fake-bridge';
import { createSearchStore } from './search-store';

const answer = (query: string): SearchResult => ({ query, groups: [], total: 0, documentCount: 0 });

let bridge: FakeBridge;
let asked: string[];
beforeEach(() => {
  vi.useFakeTimers();
  bridge = createFakeBridge();
  asked = [];
  bridge.search = vi.fn(async ({ query }: { query: string }) => {
    asked.push(query);
    return ok(answer(query));
  }) as FakeBridge['search'];
});
afterEach(() => vi.useRealTimers());

describe('search store', () => {
  it('waits for typing to pause, then asks once', async () => {
    const search = createSearchStore(bridge);
    search.setQuery('阿');
    search.setQuery('阿里');
    await vi.advanceTimersByTimeAsync(100);
    search.setQuery('阿里雲');
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(150);
    expect(asked).toEqual(['阿里雲']);
    expect(search.store.get()).toMatchObject({ query: '阿里雲', status: 'done', result: answer('阿里雲') });
  });

  it('drops an answer that arrives after a newer query was sent', async () => {
    let release: (() => void) | undefined;
    bridge.search = vi.fn(async ({ query }: { query: string }) => {
      if (query === 'slow') await new Promise<void>((r) => (release = r));
      return ok(answer(query));
    }) as FakeBridge['search'];
    const search = createSearchStore(bridge);
    search.setQuery('slow');
    await vi.advanceTimersByTimeAsync(150);
    search.setQuery('fast');
    await vi.advanceTimersByTimeAsync(150);
    release!();
    await vi.runAllTimersAsync();
    expect(search.store.get().result?.query).toBe('fast');
  });

  it('clears at once, and a blank query asks nothing', async () => {
    const search = createSearchStore(bridge);
    search.setQuery('x');
    await vi.advanceTimersByTimeAsync(150);
    search.setQuery('   ');
    expect(search.store.get()).toMatchObject({ status: 'idle', result: null });
    search.setQuery('y');
    search.clear();
    await vi.advanceTimersByTimeAsync(500);
    expect(asked).toEqual(['x']);
    expect(search.store.get()).toMatchObject({ query: '', status: 'idle', result: null });
  });

  it('does not search for letters an input method is still composing', async () => {
    const search = createSearchStore(bridge);
    search.setQuery('a', { composing: true });
    search.setQuery('ali', { composing: true });
    await vi.advanceTimersByTimeAsync(500);
    expect(asked).toEqual([]);
    expect(search.store.get().query).toBe('ali');
    search.setQuery('阿里');
    await vi.advanceTimersByTimeAsync(150);
    expect(asked).toEqual(['阿里']);
  });

  it('searches again when the notebook changed, and reports errors', async () => {
    const search = createSearchStore(bridge);
    search.refresh(); // nothing to refresh
    await vi.advanceTimersByTimeAsync(150);
    expect(asked).toEqual([]);
    search.setQuery('x');
    await vi.advanceTimersByTimeAsync(150);
    bridge.search = vi.fn(async () => fail('internal', 'boom')) as FakeBridge['search'];
    search.refresh();
    await vi.advanceTimersByTimeAsync(150);
    expect(search.store.get()).toMatchObject({ status: 'error', error: { message: 'boom' } });
  });

  it('numbers reveal and focus requests so a repeat is served again', () => {
    const search = createSearchStore(bridge);
    search.revealPassage('d1', 3, 5);
    const first = search.store.get().reveal!;
    search.revealPassage('d1', 3, 5);
    expect(search.store.get().reveal).toEqual({ ...first, nonce: first.nonce + 1 });
    search.requestFocus();
    search.requestFocus();
    expect(search.store.get().focus).toBe(2);
  });
});
