import { useEffect, useId, useRef, useState } from 'react';
import { COLORS, type Color } from '../../../data/model/schemas';
import { useI18n } from '../i18n/i18n-context';
import { colorWordKey } from './color-labels';

/**
 * A tag's colour: a swatch button that opens a small radio group (no colour + the six).
 * Arrow keys move between choices, Enter/Space pick, Escape closes without leaving the
 * dialog around it. Tag colours use the plain colour words: they mark the tag, they do not
 * carry the highlight meaning that colour names give.
 */
export const TagColorPicker = ({
  tag,
  color,
  onChange,
}: {
  tag: string;
  color: Color | undefined;
  onChange: (color: Color | null) => void;
}) => {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const popId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const group = useRef<HTMLDivElement>(null);
  const choices: (Color | null)[] = [null, ...COLORS];
  const current = color ?? null;
  const name = (c: Color | null) => (c ? t(colorWordKey(c)) : t('tags.noColor'));

  useEffect(() => {
    if (!open) return;
    group.current?.querySelector<HTMLElement>('[aria-checked="true"]')?.focus();
    const away = (e: MouseEvent) => {
      if (!group.current?.contains(e.target as Node) && e.target !== button.current) setOpen(false);
    };
    window.addEventListener('mousedown', away);
    return () => window.removeEventListener('mousedown', away);
  }, [open]);

  const pick = (c: Color | null) => {
    setOpen(false);
    button.current?.focus();
    if (c !== current) onChange(c);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(group.current?.querySelectorAll<HTMLElement>('[role="radio"]') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLElement);
    const step = e.key === 'ArrowRight' || e.key === 'ArrowDown' ? 1 : e.key === 'ArrowLeft' || e.key === 'ArrowUp' ? -1 : 0;
    if (step) {
      e.preventDefault();
      items[(at + step + items.length) % items.length]?.focus();
    } else if (e.key === 'Escape') {
      // Close the picker only, not the dialog it sits in.
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    }
  };

  return (
    <span className="tag-color">
      <button
        ref={button}
        type="button"
        className={`tag-color-button${current ? ` swatch-${current}` : ' is-none'}`}
        aria-haspopup="true"
        aria-expanded={open}
        aria-controls={open ? popId : undefined}
        aria-label={t('tags.color', { tag, color: name(current) })}
        title={t('tags.color', { tag, color: name(current) })}
        onClick={() => setOpen((o) => !o)}
      />
      {open && (
        <div
          ref={group}
          id={popId}
          className="tag-color-popover"
          role="radiogroup"
          aria-label={t('tags.colorPicker', { tag })}
          onKeyDown={onKeyDown}
        >
          {choices.map((c) => (
            <button
              key={c ?? 'none'}
              type="button"
              role="radio"
              aria-checked={c === current}
              tabIndex={c === current ? 0 : -1}
              className={`tag-color-choice${c ? ` swatch-${c}` : ' is-none'}`}
              aria-label={name(c)}
              title={name(c)}
              onClick={() => pick(c)}
            />
          ))}
        </div>
      )}
    </span>
  );
};
