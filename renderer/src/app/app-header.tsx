import { useId } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { LANGUAGES, LANGUAGE_NAMES, type LanguageSetting } from '../../../data/model/i18n/language';
import { useStore } from '../state/create-store';
import type { Actions } from './actions';
import { Icon, type IconName } from './icons';
import { useServices } from './services';
import type { Theme } from './theme';

/** The banner: the app's name and the toolbar of global actions. */
const ToolButton = ({
  icon,
  label,
  onClick,
  pressed,
  disabled,
  title,
}: {
  icon: IconName;
  label: string;
  title?: string;
  onClick: () => unknown;
  pressed?: boolean;
  disabled?: boolean;
}) => (
  <button
    type="button"
    className="icon-button"
    aria-label={label}
    title={title ?? label}
    aria-pressed={pressed}
    disabled={disabled}
    onClick={() => void onClick()}
  >
    <Icon name={icon} />
  </button>
);

export const AppHeader = ({ actions, theme }: { actions: Actions; theme: Theme }) => {
  const { settings, doc, documents } = useServices();
  const libraryEmpty = useStore(documents.store).documents.length === 0;
  const { fontSize, hiddenPanes, language } = useStore(settings.store).settings;
  const { documentId } = useStore(doc.store);
  const { canUndo, canRedo } = useStore(doc.undo.store);
  const { t } = useI18n();
  const languageId = useId();
  const libraryShown = !hiddenPanes.includes('library');
  const annotationsShown = !hiddenPanes.includes('annotations');
  return (
    <header className="app-header">
      <p className="app-name">
        <span className="app-logo" aria-hidden="true">
          註
        </span>
        {t('app.name')}
      </p>
      <div className="toolbar" role="toolbar" aria-label={t('toolbar.label')}>
        <div className="toolbar-group">
          <ToolButton icon="library" label={t('toolbar.library')} title={libraryShown ? t('toolbar.hideLibrary') : t('toolbar.showLibrary')} pressed={libraryShown} onClick={actions.toggleLibrary} />
          <ToolButton icon="import" label={t('action.import')} onClick={actions.import} />
          {/* Opens the export dialog (this article, a tag, the notebook); Ctrl/⌘+Shift+E still exports the article at once. */}
          <ToolButton icon="export" label={t('exportDialog.open')} onClick={actions.openExport} disabled={libraryEmpty} />
          <ToolButton icon="copy" label={t('action.copy')} onClick={actions.copyMarkdown} disabled={!documentId} />
        </div>
        <div className="toolbar-group">
          <ToolButton icon="undo" label={t('toolbar.undo')} onClick={actions.undo} disabled={!canUndo} />
          <ToolButton icon="redo" label={t('toolbar.redo')} onClick={actions.redo} disabled={!canRedo} />
        </div>
        <div className="toolbar-group">
          <ToolButton icon="minus" label={t('toolbar.zoomOut')} onClick={actions.zoomOut} />
          <button type="button" className="font-size" onClick={actions.zoomReset} title={t('action.zoomReset')}>
            <span className="visually-hidden">{t('toolbar.fontSize', { size: fontSize })}</span>
            <span aria-hidden="true">{fontSize}</span>
          </button>
          <ToolButton icon="plus" label={t('toolbar.zoomIn')} onClick={actions.zoomIn} />
          <ToolButton icon={theme === 'dark' ? 'sun' : 'moon'} label={theme === 'dark' ? t('toolbar.toLight') : t('toolbar.toDark')} onClick={actions.toggleTheme} />
          <label className="visually-hidden" htmlFor={languageId}>
            {t('toolbar.language')}
          </label>
          <select
            id={languageId}
            className="language-select"
            value={language}
            title={t('toolbar.language')}
            onChange={(e) => void actions.setLanguage(e.target.value as LanguageSetting)}
          >
            <option value="system">{t('toolbar.languageSystem')}</option>
            {LANGUAGES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LANGUAGE_NAMES[l]}
              </option>
            ))}
          </select>
        </div>
        <div className="toolbar-group">
          <ToolButton icon="keyboard" label={t('toolbar.shortcuts')} onClick={actions.showShortcuts} />
          <ToolButton icon="command" label={t('toolbar.commands')} onClick={actions.commandPalette} />
          <ToolButton icon="annotations" label={t('toolbar.annotations')} title={annotationsShown ? t('toolbar.hideAnnotations') : t('toolbar.showAnnotations')} pressed={annotationsShown} onClick={actions.toggleAnnotations} />
        </div>
      </div>
    </header>
  );
};
