import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../data/model/schemas';
import { groupAnnotations, neighbourId, tagsOf, visibleOrder } from './annotation-list';

const make = (id: string, fields: Partial<Annotation> & { start?: number } = {}): Annotation => {
  const { start, ...rest } = fields;
  return {
    id,
    documentId: 'd',
    color: 'yellow',
    tags: [],
    note: '',
    state: 'anchored',
    createdAt: `2024-01-01T00:00:0${id.length}Z`,
    updatedAt: '2024-01-01T00:00:00Z',
    ...(start !== undefined
      ? {
          target: {
            quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
            position: { type: 'TextPositionSelector', start, end: start + 1 },
          },
        }
      : {}),
    ...rest,
  };
};

const ids = (list: Annotation[]) => list.map((a) => a.id);

describe('groupAnnotations', () => {
  const list = [
    make('late', { start: 90 }),
    make('orphan', { start: 10, state: 'orphaned' }),
    make('note'),
    make('early', { start: 3, color: 'blue', tags: ['史'] }),
    make('fuzzy', { start: 40, state: 'fuzzy', tags: ['史', 'AI'] }),
  ];

  it('puts document notes first, then the text in document order, orphans apart', () => {
    const g = groupAnnotations(list);
    expect(ids(g.notes)).toEqual(['note']);
    expect(ids(g.found)).toEqual(['early', 'fuzzy', 'late']);
    expect(ids(g.orphans)).toEqual(['orphan']);
    expect(g.total).toBe(5);
    expect(ids(visibleOrder(g))).toEqual(['note', 'early', 'fuzzy', 'late', 'orphan']);
  });

  it('filters by colour and by tag, and both together', () => {
    expect(ids(visibleOrder(groupAnnotations(list, { color: 'blue', tag: null })))).toEqual(['early']);
    expect(ids(visibleOrder(groupAnnotations(list, { color: null, tag: '史' })))).toEqual(['early', 'fuzzy']);
    expect(ids(visibleOrder(groupAnnotations(list, { color: 'yellow', tag: '史' })))).toEqual(['fuzzy']);
    expect(visibleOrder(groupAnnotations(list, { color: 'pink', tag: null }))).toEqual([]);
  });

  it('breaks position ties by creation time', () => {
    const g = groupAnnotations([make('bb', { start: 5 }), make('a', { start: 5 })]);
    expect(ids(g.found)).toEqual(['a', 'bb']);
  });
});

describe('neighbourId', () => {
  const order = [make('a'), make('b'), make('c')];
  it('steps and stops at the ends', () => {
    expect(neighbourId(order, 'a', 1)).toBe('b');
    expect(neighbourId(order, 'c', 1)).toBe('c');
    expect(neighbourId(order, 'a', -1)).toBe('a');
  });
  it('starts at an end when nothing is selected', () => {
    expect(neighbourId(order, null, 1)).toBe('a');
    expect(neighbourId(order, null, -1)).toBe('c');
    expect(neighbourId([], null, 1)).toBeNull();
  });
});

describe('tagsOf', () => {
  it('lists tags most used first', () => {
    expect(tagsOf([make('a', { tags: ['x', '史'] }), make('b', { tags: ['史'] })])).toEqual(['史', 'x']);
  });
});
