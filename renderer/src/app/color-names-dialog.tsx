import { useEffect, useId } from 'react';
import { COLORS, type Color } from '../../../data/model/schemas';
import { cleanColorNames, COLOR_NAME_MAX } from '../../../data/model/tags';
import { useI18n } from '../i18n/i18n-context';
import { useStore } from '../state/create-store';
import { colorWordKey } from './color-labels';
import { Dialog } from './dialog';
import { NoticeArea } from './notice-area';
import { useServices } from './services';

/**
 * A meaning for each highlight colour. Typing previews the name everywhere at once (reader
 * toolbar, cards, filters); leaving the field or pressing Enter saves it to the notebook.
 */
export const ColorNamesEditor = () => {
  const { settings } = useServices();
  const { colorNames } = useStore(settings.store).settings;
  const { t } = useI18n();
  const id = useId();
  const preview = (color: Color, name: string) => settings.preview({ colorNames: { ...colorNames, [color]: name } });
  const save = () => void settings.update({ colorNames: cleanColorNames(settings.store.get().settings.colorNames) });
  // Closed with Escape while typing: what was previewed is what gets kept.
  useEffect(() => () => void settings.update({ colorNames: cleanColorNames(settings.store.get().settings.colorNames) }), [settings]);
  return (
    <div className="color-names">
      <p className="hint">{t('colors.intro')}</p>
      <ul className="color-names-list">
        {COLORS.map((c) => (
          <li key={c} className="color-name-row">
            <span className={`swatch swatch-${c}`} aria-hidden="true" />
            <label htmlFor={`${id}-${c}`} className="color-name-word">
              {t(colorWordKey(c))}
            </label>
            <input
              id={`${id}-${c}`}
              type="text"
              maxLength={COLOR_NAME_MAX}
              value={colorNames[c] ?? ''}
              placeholder={t('colors.placeholder')}
              aria-label={t('colors.nameLabel', { color: t(colorWordKey(c)) })}
              onChange={(e) => preview(c, e.target.value)}
              onBlur={save}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && !e.nativeEvent.isComposing) save();
              }}
            />
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button
          type="button"
          className="button"
          disabled={Object.keys(cleanColorNames(colorNames)).length === 0}
          onClick={() => void settings.update({ colorNames: {} })}
        >
          {t('colors.reset')}
        </button>
      </div>
    </div>
  );
};

export const ColorNamesDialog = ({ onClose }: { onClose: () => void }) => {
  const { t } = useI18n();
  return (
    <Dialog title={t('colors.title')} onClose={onClose} className="color-names-dialog">
      <ColorNamesEditor />
      {/* The page behind a modal dialog is inert: messages show inside it. */}
      <NoticeArea />
    </Dialog>
  );
};
