import { Fragment } from 'react';
import { SHORTCUT_DECLARATIONS } from '../../../data/model/shortcuts';
import type { MessageKey } from '../../../data/model/i18n/messages-en';
import { useI18n } from '../i18n/i18n-context';
import { Dialog } from './dialog';
import { SHORTCUT_GROUPS, comboKeys, isMac, shownCombos } from './shortcuts';

/**
 * Every shortcut, straight from the one declaration (data/model/shortcuts.ts): the app's, the
 * reader's selection keys and the page zoom the browser or the desktop menu carries out.
 */
export const ShortcutsDialog = ({ onClose }: { onClose: () => void }) => {
  const { t } = useI18n();
  const mac = isMac();
  return (
    <Dialog title={t('shortcuts.title')} onClose={onClose} className="shortcuts-dialog">
      {/* Focusable so keyboard users can scroll it when it overflows. */}
      <div className="shortcuts-groups" tabIndex={0}>
        {SHORTCUT_GROUPS.map((group) => (
          <table key={group} className="shortcuts-table">
            <caption>{t(`shortcuts.group.${group}` as MessageKey)}</caption>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">{t('shortcuts.keys')}</th>
                <th scope="col">{t('shortcuts.action')}</th>
              </tr>
            </thead>
            <tbody>
              {SHORTCUT_DECLARATIONS.filter((s) => s.group === group).map((s) => (
                <tr key={s.id} data-shortcut={s.id}>
                  <td className="shortcut-keys">
                    {shownCombos(s).map((combo, i) => (
                      <Fragment key={i}>
                        {i > 0 && <span className="shortcut-or"> {t('shortcuts.or')} </span>}
                        <span className="combo">
                          {comboKeys(combo, mac).map((k, j, all) => (
                            <kbd key={j}>{j === all.length - 1 && combo.label ? combo.label : k}</kbd>
                          ))}
                        </span>
                      </Fragment>
                    ))}
                  </td>
                  <td>{t(s.label)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <p className="hint">{t('shortcuts.textUndo')}</p>
    </Dialog>
  );
};
