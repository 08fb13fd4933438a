import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../data/model/schemas';
import { matchesFilter } from './annotation-list';
import { createExcerptsStore, EMPTY_QUERY, toListInput } from './excerpts-store';
import { createNoticesStore } from './notices-store';
import { createFakeBridge } from './test-support/fake-bridge';
import { withTagOps } from './test-support/fake-tag-ops';

describe('excerpts store', () => {
  it('sends only the filters that are set', () => {
    expect(toListInput(EMPTY_QUERY)).toEqual({ tagMatch: 'any', groupBy: 'document' });
    expect(toListInput({ ...EMPTY_QUERY, tags: ['研究'], from: '2026-01-01', colors: ['blue'] })).toEqual({
      tags: ['研究'],
      tagMatch: 'any',
      colors: ['blue'],
      from: '2026-01-01',
      groupBy: 'document',
    });
  });

  it('keeps the newest answer when queries overlap, and starts a tag collection afresh', async () => {
    const bridge = withTagOps(createFakeBridge({ documents: [{ title: 'D', text: 'Alpha beta gamma.' }] }));
    const [id] = [...bridge.files.keys()];
    await bridge.createAnnotation({ documentId: id, anchor: { start: 0, end: 5 }, tags: ['研究/雲端'] });
    await bridge.createAnnotation({ documentId: id, anchor: { start: 6, end: 10 }, tags: ['策略'] });
    const store = createExcerptsStore(bridge, createNoticesStore());
    const slow = store.setQuery({ colors: ['pink'] });
    const fast = store.showTag('研究');
    await Promise.all([slow, fast]);
    expect(store.store.get().query).toMatchObject({ tags: ['研究'], colors: [] });
    expect(store.store.get().collection?.total).toBe(1);
  });
});

describe('annotation filter', () => {
  it('matches tags hierarchically, like the rest of the notebook', () => {
    const a = { tags: ['研究/雲端'], color: 'yellow' } as Annotation;
    expect(matchesFilter(a, { color: null, tag: '研究' })).toBe(true);
    expect(matchesFilter(a, { color: null, tag: '研究所' })).toBe(false);
    expect(matchesFilter({ ...a, tags: ['研究所'] }, { color: null, tag: '研究' })).toBe(false);
  });
});
