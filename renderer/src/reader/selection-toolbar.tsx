import type { KeyboardEvent, MouseEvent, Ref } from 'react';
import { COLORS, type Color } from '../../../data/model/schemas';
import { formatMessage } from './format-message';
import { TagField } from './tag-field';
import './selection-toolbar.css';

export interface SelectionToolbarProps {
  /** Fixed position in the viewport; null until measured (rendered hidden meanwhile). */
  position: { left: number; top: number } | null;
  tagFieldOpen: boolean;
  colorLabels: Record<Color, string>;
  knownTags: readonly string[];
  t: (key: string) => string;
  onHighlight: (color: Color) => void;
  onExcerpt: () => void;
  onNote: () => void;
  onSaveExcerpt: (tags: string[]) => void;
  onCancel: () => void;
  ref?: Ref<HTMLDivElement>;
}

/**
 * Pressing a button must not move the focus or collapse the text selection it acts on,
 * so mousedown is cancelled everywhere except in the tag input (which needs the focus).
 */
const keepSelection = (event: MouseEvent) => {
  if (!(event.target as Element).closest('input')) event.preventDefault();
};

/** Left/Right move between the buttons, as in any ARIA toolbar. */
const moveFocus = (event: KeyboardEvent<HTMLDivElement>) => {
  if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
  const buttons = Array.from(event.currentTarget.querySelectorAll<HTMLButtonElement>(':scope > button'));
  const at = buttons.indexOf(event.target as HTMLButtonElement);
  if (at < 0) return;
  event.preventDefault();
  const next = (at + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length;
  buttons[next].focus();
};

export const SelectionToolbar = (props: SelectionToolbarProps) => {
  const { position, tagFieldOpen, colorLabels, knownTags, t, ref } = props;
  const shortcut = (action: string, key: string) => formatMessage(t('reader.toolbar.shortcut'), { action, key });
  return (
    <div
      ref={ref}
      className="glossa-toolbar"
      data-measuring={position === null ? '' : undefined}
      style={position ? { left: position.left, top: position.top } : undefined}
      onMouseDown={keepSelection}
    >
      {tagFieldOpen ? (
        <TagField knownTags={knownTags} t={t} onSave={props.onSaveExcerpt} onCancel={props.onCancel} />
      ) : (
        <div role="toolbar" aria-label={t('reader.toolbar.label')} className="glossa-toolbar-buttons" onKeyDown={moveFocus}>
          {COLORS.map((color, i) => {
            const label = formatMessage(t('reader.toolbar.highlight'), { color: colorLabels[color] });
            return (
              <button
                key={color}
                type="button"
                className={`glossa-swatch glossa-swatch-${color}`}
                aria-label={label}
                title={shortcut(label, String(i + 1))}
                onClick={() => props.onHighlight(color)}
              />
            );
          })}
          <button type="button" className="glossa-button" title={shortcut(t('reader.toolbar.excerpt'), 'E')} onClick={props.onExcerpt}>
            {t('reader.toolbar.excerpt')}
          </button>
          <button type="button" className="glossa-button" title={shortcut(t('reader.toolbar.note'), 'N')} onClick={props.onNote}>
            {t('reader.toolbar.note')}
          </button>
        </div>
      )}
    </div>
  );
};
