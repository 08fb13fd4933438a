import { useId, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { Icon } from './icons';

/**
 * Tags as chips: remove with a button, add by typing (suggestions from every tag in the
 * notebook). Enter while an IME is composing picks a candidate, it must not add the tag, so
 * composition is checked before Enter is honoured (Chinese tags are normal here).
 *
 * Every card has one of these, and most cards have no tags: an empty text box on each was
 * the loudest thing in the pane. So the input is styled as a small "+ Tag" chip until it has
 * focus or text (tag-editor styles in annotations.css). It stays a real input all the time,
 * so Tab, a click and screen readers reach it exactly as before; only its look changes.
 */
export const MAX_TAG_LENGTH = 100;

export const normaliseTag = (raw: string): string | null => {
  const tag = raw.trim().replace(/\s+/g, ' ');
  return tag && tag.length <= MAX_TAG_LENGTH ? tag : null;
};

export const TagEditor = ({
  tags,
  suggestionsId,
  onChange,
}: {
  tags: string[];
  /** id of the shared <datalist> of known tags. */
  suggestionsId: string;
  onChange: (tags: string[]) => void;
}) => {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [focused, setFocused] = useState(false);
  const inputId = useId();

  const add = () => {
    const tag = normaliseTag(text);
    setText('');
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };

  return (
    <div className="tag-editor">
      {tags.length > 0 && (
        <ul className="chips" aria-label={t('annotation.tags')}>
          {tags.map((tag) => (
            <li key={tag} className="chip">
              <span className="chip-text">{tag}</span>
              <button
                type="button"
                className="chip-remove"
                aria-label={t('annotation.removeTag', { tag })}
                title={t('annotation.removeTag', { tag })}
                onClick={() => onChange(tags.filter((x) => x !== tag))}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
      )}
      <label className="visually-hidden" htmlFor={inputId}>
        {t('annotation.addTag')}
      </label>
      <input
        id={inputId}
        className="tag-input"
        type="text"
        list={suggestionsId}
        value={text}
        placeholder={t(focused ? 'annotation.addTagPlaceholder' : 'annotation.addTagChip')}
        title={focused ? undefined : t('annotation.addTag')}
        maxLength={MAX_TAG_LENGTH}
        enterKeyHint="done"
        autoComplete="off"
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          // keyCode 229 is how some IMEs (and older Chromium) report keys during composition.
          if (e.nativeEvent.isComposing || e.keyCode === 229) return;
          if (e.key === 'Enter' || e.key === ',' || e.key === '，') {
            e.preventDefault();
            add();
          } else if (e.key === 'Backspace' && text === '' && tags.length) {
            e.preventDefault();
            onChange(tags.slice(0, -1));
          }
        }}
        onFocus={() => setFocused(true)}
        onBlur={() => {
          setFocused(false);
          if (text.trim()) add();
        }}
      />
    </div>
  );
};
