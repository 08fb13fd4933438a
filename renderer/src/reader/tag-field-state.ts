import { canonicalTag, cleanTag, foldTag } from './tag-suggestions';

export interface TagFieldState {
  query: string;
  tags: string[];
  /** Index of the highlighted suggestion; -1 when none is (Enter then adds or saves). */
  active: number;
}

export type TagFieldAction =
  | { type: 'input'; query: string }
  | { type: 'move'; delta: 1 | -1; count: number }
  | { type: 'add'; tag: string; known: readonly string[] }
  | { type: 'remove'; tag: string }
  | { type: 'removeLast' }
  | { type: 'reset' };

export const initialTagField: TagFieldState = { query: '', tags: [], active: -1 };

export const tagFieldReducer = (state: TagFieldState, action: TagFieldAction): TagFieldState => {
  switch (action.type) {
    case 'input':
      return { ...state, query: action.query, active: -1 };
    case 'move': {
      if (action.count === 0) return { ...state, active: -1 };
      // Wraps through "none" (-1) so the typed text can be kept after browsing.
      const next = state.active + action.delta;
      const active = next < -1 ? action.count - 1 : next >= action.count ? -1 : next;
      return { ...state, active };
    }
    case 'add': {
      const cleaned = cleanTag(action.tag);
      if (cleaned === null) return { ...state, query: '', active: -1 };
      const tag = canonicalTag(cleaned, action.known);
      const has = state.tags.some((t) => foldTag(t) === foldTag(tag));
      return { query: '', active: -1, tags: has ? state.tags : [...state.tags, tag] };
    }
    case 'remove':
      return { ...state, tags: state.tags.filter((t) => t !== action.tag) };
    case 'removeLast':
      return { ...state, tags: state.tags.slice(0, -1) };
    case 'reset':
      return initialTagField;
  }
};

export type TagFieldKeyEffect =
  | { kind: 'dispatch'; action: TagFieldAction }
  | { kind: 'save' }
  | { kind: 'cancel' }
  | { kind: 'none' };

/**
 * What a key in the tag input does. Enter picks the highlighted suggestion, else adds the
 * typed text as a tag, else (empty input) saves. While an IME is composing (pinyin,
 * zhuyin, cangjie), Enter and the arrows belong to the IME's candidate window: ignored.
 */
export const tagFieldKey = (
  key: string,
  state: TagFieldState,
  suggestions: readonly string[],
  known: readonly string[],
  composing: boolean,
): TagFieldKeyEffect => {
  if (composing) return { kind: 'none' };
  switch (key) {
    case 'ArrowDown':
      return { kind: 'dispatch', action: { type: 'move', delta: 1, count: suggestions.length } };
    case 'ArrowUp':
      return { kind: 'dispatch', action: { type: 'move', delta: -1, count: suggestions.length } };
    case 'Enter': {
      const picked = suggestions[state.active];
      if (picked !== undefined) return { kind: 'dispatch', action: { type: 'add', tag: picked, known } };
      if (state.query.trim() !== '') return { kind: 'dispatch', action: { type: 'add', tag: state.query, known } };
      return { kind: 'save' };
    }
    case 'Escape':
      return { kind: 'cancel' };
    case 'Backspace':
      return state.query === '' && state.tags.length > 0 ? { kind: 'dispatch', action: { type: 'removeLast' } } : { kind: 'none' };
    default:
      return { kind: 'none' };
  }
};
