import { describe, expect, it } from 'vitest';
import { initialTagField, tagFieldKey, tagFieldReducer, type TagFieldState } from './tag-field-state';
import { canonicalTag, cleanTag, matchTags } from './tag-suggestions';

const known = ['策略', '雲計算', 'AI', 'ai-safety', 'Cloud', '公共云', 'cloud native'];

describe('matchTags', () => {
  it('lists prefix matches before substring matches, case-insensitively', () => {
    expect(matchTags(known, 'cl', [])).toEqual(['Cloud', 'cloud native']);
    expect(matchTags(known, 'ai', [])).toEqual(['AI', 'ai-safety']);
    expect(matchTags(known, 'native', [])).toEqual(['cloud native']);
  });

  it('matches Chinese tags and full-width input', () => {
    expect(matchTags(known, '云', [])).toEqual(['公共云']);
    expect(matchTags(known, '計算', [])).toEqual(['雲計算']);
    expect(matchTags(known, 'ＡＩ', [])).toEqual(['AI', 'ai-safety']);
  });

  it('leaves out chosen tags, lists nothing for an empty query, and limits the list', () => {
    expect(matchTags(known, 'ai', ['AI'])).toEqual(['ai-safety']);
    expect(matchTags(known, '  ', [])).toEqual([]);
    expect(matchTags(['a1', 'a2', 'a3'], 'a', [], 2)).toEqual(['a1', 'a2']);
  });
});

describe('cleanTag / canonicalTag', () => {
  it('trims, collapses spaces and refuses empty or overlong tags', () => {
    expect(cleanTag('  cloud   native ')).toBe('cloud native');
    expect(cleanTag('   ')).toBeNull();
    expect(cleanTag('x'.repeat(101))).toBeNull();
  });
  it('reuses the spelling of an existing tag', () => {
    expect(canonicalTag('cloud', known)).toBe('Cloud');
    expect(canonicalTag('新標籤', known)).toBe('新標籤');
  });
});

describe('tagFieldReducer', () => {
  const run = (...actions: Parameters<typeof tagFieldReducer>[1][]): TagFieldState => actions.reduce(tagFieldReducer, initialTagField);

  it('adds tags once, in the known spelling, and clears the query', () => {
    const s = run({ type: 'input', query: 'cloud' }, { type: 'add', tag: 'cloud', known }, { type: 'add', tag: 'CLOUD', known }, { type: 'add', tag: '新標籤', known });
    expect(s).toEqual({ query: '', tags: ['Cloud', '新標籤'], active: -1 });
  });

  it('moves the active option, wrapping through "none"', () => {
    let s = run({ type: 'input', query: 'c' });
    s = tagFieldReducer(s, { type: 'move', delta: 1, count: 2 });
    expect(s.active).toBe(0);
    s = tagFieldReducer(s, { type: 'move', delta: 1, count: 2 });
    s = tagFieldReducer(s, { type: 'move', delta: 1, count: 2 });
    expect(s.active).toBe(-1);
    s = tagFieldReducer(s, { type: 'move', delta: -1, count: 2 });
    expect(s.active).toBe(1);
    expect(tagFieldReducer(s, { type: 'input', query: 'cl' }).active).toBe(-1);
  });

  it('removes tags by name or the last one', () => {
    const s = run({ type: 'add', tag: 'a', known: [] }, { type: 'add', tag: 'b', known: [] }, { type: 'add', tag: 'c', known: [] });
    expect(tagFieldReducer(s, { type: 'remove', tag: 'b' }).tags).toEqual(['a', 'c']);
    expect(tagFieldReducer(s, { type: 'removeLast' }).tags).toEqual(['a', 'b']);
  });
});

describe('tagFieldKey', () => {
  const state = (query: string, active = -1, tags: string[] = []): TagFieldState => ({ query, active, tags });

  it('Enter picks the active suggestion, else adds the typed text, else saves', () => {
    expect(tagFieldKey('Enter', state('cl', 1), ['Cloud', 'cloud native'], known, false)).toEqual({
      kind: 'dispatch',
      action: { type: 'add', tag: 'cloud native', known },
    });
    expect(tagFieldKey('Enter', state('新標籤'), [], known, false)).toEqual({ kind: 'dispatch', action: { type: 'add', tag: '新標籤', known } });
    expect(tagFieldKey('Enter', state('', -1, ['a']), [], known, false)).toEqual({ kind: 'save' });
  });

  it('ignores every key while an IME is composing', () => {
    expect(tagFieldKey('Enter', state('gong'), [], known, true)).toEqual({ kind: 'none' });
    expect(tagFieldKey('ArrowDown', state('gong'), ['x'], known, true)).toEqual({ kind: 'none' });
  });

  it('arrows move, Escape cancels, Backspace on empty removes the last chip', () => {
    expect(tagFieldKey('ArrowDown', state('c'), ['a', 'b'], known, false)).toEqual({ kind: 'dispatch', action: { type: 'move', delta: 1, count: 2 } });
    expect(tagFieldKey('ArrowUp', state('c'), ['a'], known, false)).toEqual({ kind: 'dispatch', action: { type: 'move', delta: -1, count: 1 } });
    expect(tagFieldKey('Escape', state('c'), [], known, false)).toEqual({ kind: 'cancel' });
    expect(tagFieldKey('Backspace', state('', -1, ['a']), [], known, false)).toEqual({ kind: 'dispatch', action: { type: 'removeLast' } });
    expect(tagFieldKey('Backspace', state('x', -1, ['a']), [], known, false)).toEqual({ kind: 'none' });
    expect(tagFieldKey('a', state(''), [], known, false)).toEqual({ kind: 'none' });
  });
});
