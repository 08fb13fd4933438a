import { useEffect, useId, useMemo, useReducer, useRef, type KeyboardEvent } from 'react';
import { formatMessage } from './format-message';
import { initialTagField, tagFieldKey, tagFieldReducer } from './tag-field-state';
import { matchTags } from './tag-suggestions';

export interface TagFieldProps {
  knownTags: readonly string[];
  t: (key: string) => string;
  onSave: (tags: string[]) => void;
  onCancel: () => void;
}

/**
 * The excerpt's tag picker: a combobox over the notebook's tags (free text allowed, so
 * a new tag is just typed), chips for the chosen ones, and Save. Keys are decided by
 * tagFieldKey so they can be tested without a DOM.
 */
export const TagField = ({ knownTags, t, onSave, onCancel }: TagFieldProps) => {
  const [state, dispatch] = useReducer(tagFieldReducer, initialTagField);
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const suggestions = useMemo(() => matchTags(knownTags, state.query, state.tags), [knownTags, state.query, state.tags]);
  const expanded = suggestions.length > 0;

  useEffect(() => inputRef.current?.focus({ preventScroll: true }), []);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // keyCode 229: Safari ends a composition with an Enter whose isComposing is false.
    const composing = event.nativeEvent.isComposing || event.keyCode === 229;
    const effect = tagFieldKey(event.key, state, suggestions, knownTags, composing);
    if (effect.kind === 'none') return;
    event.preventDefault();
    // The reader's own shortcuts must not see keys the field has used.
    event.stopPropagation();
    if (effect.kind === 'dispatch') dispatch(effect.action);
    else if (effect.kind === 'save') onSave(state.tags);
    else onCancel();
  };

  const save = () => {
    // A tag typed but not yet confirmed with Enter still counts.
    const pending = state.query.trim();
    onSave(pending === '' || state.tags.includes(pending) ? state.tags : [...state.tags, pending]);
  };

  return (
    <div className="glossa-tag-field" role="group" aria-label={t('reader.tags.group')}>
      {state.tags.length > 0 && (
        <ul className="glossa-tag-chips" aria-label={t('reader.tags.chosen')}>
          {state.tags.map((tag) => (
            <li key={tag} className="glossa-tag-chip">
              <span>{tag}</span>
              <button
                type="button"
                className="glossa-tag-remove"
                aria-label={formatMessage(t('reader.tags.remove'), { tag })}
                onClick={() => {
                  dispatch({ type: 'remove', tag });
                  inputRef.current?.focus();
                }}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="glossa-tag-combo">
        <input
          ref={inputRef}
          type="text"
          className="glossa-tag-input"
          role="combobox"
          aria-label={t('reader.tags.input')}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={state.active >= 0 && expanded ? `${listId}-${state.active}` : undefined}
          aria-describedby={hintId}
          placeholder={t('reader.tags.placeholder')}
          autoComplete="off"
          spellCheck={false}
          value={state.query}
          onChange={(e) => dispatch({ type: 'input', query: e.target.value })}
          onKeyDown={onKeyDown}
        />
        <ul id={listId} role="listbox" className="glossa-tag-options" aria-label={t('reader.tags.suggestions')} hidden={!expanded}>
          {suggestions.map((tag, i) => (
            <li
              key={tag}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === state.active}
              className="glossa-tag-option"
              // mousedown would blur the input; the click still picks the tag.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => dispatch({ type: 'add', tag, known: knownTags })}
            >
              {tag}
            </li>
          ))}
        </ul>
      </div>
      <p id={hintId} className="glossa-tag-hint">
        {t('reader.tags.hint')}
      </p>
      <div className="glossa-tag-actions">
        <button type="button" className="glossa-button" onClick={onCancel}>
          {t('reader.tags.cancel')}
        </button>
        <button type="button" className="glossa-button glossa-button-primary" onClick={save}>
          {t('reader.tags.save')}
        </button>
      </div>
    </div>
  );
};
