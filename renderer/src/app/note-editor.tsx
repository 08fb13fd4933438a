import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { MarkdownPreview } from '../markdown/markdown-preview';
import { isTextField } from './dom-focus';

/**
 * A Markdown note edited in place: a textarea with a live preview below it, or just the
 * preview when not editing. Typing is saved after a short pause and on blur; the caller
 * records those saves under one coalescing key, so a burst of typing is one undo step.
 */
const SAVE_AFTER_MS = 700;

export const NoteEditor = ({
  value,
  label,
  placeholder,
  emptyText,
  onSave,
  onDone,
  focusRequest,
  startEditing = false,
}: {
  value: string;
  label: string;
  placeholder: string;
  /** Shown instead of a preview when there is no note. */
  emptyText?: string;
  onSave: (text: string) => void;
  /** Editing ended (blur or Done): end the undo coalescing run. */
  onDone?: () => void;
  /** A new value focuses the textarea (after "note" from the reader's toolbar). */
  focusRequest?: number;
  startEditing?: boolean;
}) => {
  const { t } = useI18n();
  const [editing, setEditing] = useState(startEditing);
  const [draft, setDraft] = useState(value);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const focused = useRef(false);
  const latest = useRef({ draft, value, onSave });
  latest.current = { draft, value, onSave };
  const id = useId();

  const flush = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const { draft: text, value: saved, onSave: save } = latest.current;
    if (text !== saved) save(text);
  };

  // Outside changes (undo, another window) replace the draft unless the person is typing.
  useEffect(() => {
    if (!focused.current && !timer.current) setDraft(value);
  }, [value]);

  useEffect(() => {
    if (focusRequest === undefined) return;
    setEditing(true);
    requestAnimationFrame(() => textarea.current?.focus());
    // The reader settles its own focus as its selection toolbar closes, which can land after
    // ours: take the focus once more unless the person has moved on to another field.
    const retry = setTimeout(() => {
      const el = textarea.current;
      if (el && document.activeElement !== el && !isTextField(document.activeElement)) el.focus();
    }, 150);
    return () => clearTimeout(retry);
  }, [focusRequest]);

  // Unmounting (another article opened) must not lose the last keystrokes.
  useEffect(() => () => flush(), []);

  if (!editing) {
    return (
      <div className="note-view">
        {value ? <MarkdownPreview source={value} className="note-preview" /> : emptyText ? <p className="hint">{emptyText}</p> : null}
        <button type="button" className="button button-small" onClick={() => {
          setEditing(true);
          requestAnimationFrame(() => textarea.current?.focus());
        }}>
          {value ? t('annotation.editNote') : t('annotation.addNote')}
        </button>
      </div>
    );
  }
  return (
    <div className="note-edit">
      <label className="visually-hidden" htmlFor={id}>
        {label}
      </label>
      <textarea
        id={id}
        ref={textarea}
        className="note-input"
        value={draft}
        placeholder={placeholder}
        rows={Math.min(12, Math.max(3, draft.split('\n').length + 1))}
        onFocus={() => (focused.current = true)}
        onChange={(e) => {
          setDraft(e.target.value);
          if (timer.current) clearTimeout(timer.current);
          timer.current = setTimeout(flush, SAVE_AFTER_MS);
        }}
        onBlur={() => {
          focused.current = false;
          flush();
          onDone?.();
        }}
        onKeyDown={(e) => {
          // Escape leaves the editor (the note is kept), like finishing an edit.
          if (e.key === 'Escape') {
            e.preventDefault();
            e.currentTarget.blur();
            setEditing(false);
          }
        }}
      />
      {draft && (
        <section className="note-live" aria-label={t('annotation.preview')}>
          <MarkdownPreview source={draft} className="note-preview" />
        </section>
      )}
      <button type="button" className="button button-small" onClick={() => setEditing(false)}>
        {t('annotation.doneEditing')}
      </button>
    </div>
  );
};
