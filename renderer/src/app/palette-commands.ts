import type { DocumentSummary } from '../../../data/model/schemas';
import type { I18n } from '../i18n/i18n-context';
import { LANGUAGES, LANGUAGE_NAMES } from '../../../data/model/i18n/language';
import { translate } from '../../../data/model/i18n/catalogue';
import type { MessageKey } from '../../../data/model/i18n/messages-en';
import type { Actions } from './actions';
import { SHORTCUTS, comboKeys, isMac, type ShortcutId } from './shortcuts';

/**
 * The command palette's entries: every action, then one per article ("Open …"). Matching is
 * by words in any order, case-insensitive, so "dark" and "主題" both find the theme switch.
 */
export interface PaletteCommand {
  id: string;
  label: string;
  /** Keys shown at the right, from SHORTCUTS. */
  keys?: string;
  /** Also matched: the English label, so "dark" works whatever the interface language. */
  alias?: string;
  run: () => unknown;
}

const keysOf = (id: ShortcutId): string | undefined => {
  const combo = SHORTCUTS.find((s) => s.id === id)?.combos[0];
  return combo ? comboKeys(combo, isMac()).join(isMac() ? '' : '+') : undefined;
};

export const buildCommands = (actions: Actions, i18n: I18n, documents: readonly DocumentSummary[]): PaletteCommand[] => {
  const { t } = i18n;
  const entry = (id: string, label: MessageKey, run: () => unknown, shortcut?: ShortcutId): PaletteCommand => ({
    id,
    label: t(label),
    alias: i18n.language === 'en' ? undefined : translate('en', label),
    keys: shortcut ? keysOf(shortcut) : undefined,
    run,
  });
  return [
    entry('import', 'action.import', actions.import, 'import'),
    entry('export', 'action.export', actions.exportCurrent, 'exportCurrent'),
    entry('export-dialog', 'exportDialog.open', actions.openExport),
    entry('copy', 'action.copy', actions.copyMarkdown),
    entry('undo', 'action.undo', actions.undo, 'undo'),
    entry('redo', 'action.redo', actions.redo, 'redo'),
    entry('theme', 'action.toggleTheme', actions.toggleTheme),
    entry('theme-system', 'action.themeSystem', () => actions.setTheme('system')),
    entry('library', 'action.toggleLibrary', actions.toggleLibrary),
    entry('annotations', 'action.toggleAnnotations', actions.toggleAnnotations),
    entry('zoom-in', 'action.zoomIn', actions.zoomIn, 'zoomIn'),
    entry('zoom-out', 'action.zoomOut', actions.zoomOut, 'zoomOut'),
    entry('zoom-reset', 'action.zoomReset', actions.zoomReset, 'zoomReset'),
    entry('shortcuts', 'action.shortcuts', actions.showShortcuts, 'shortcuts'),
    entry('next', 'action.nextAnnotation', actions.nextAnnotation, 'nextAnnotation'),
    entry('previous', 'action.previousAnnotation', actions.previousAnnotation, 'previousAnnotation'),
    entry('delete', 'action.deleteAnnotation', actions.deleteSelected, 'deleteAnnotation'),
    entry('manage-tags', 'action.manageTags', actions.manageTags),
    entry('excerpts', 'action.showExcerpts', actions.showExcerpts),
    entry('color-names', 'action.nameColors', actions.nameColors),
    entry('trash', 'action.showTrash', actions.showTrash),
    entry('backups', 'action.showBackups', actions.showBackups),
    ...LANGUAGES.map((language) => ({
      id: `language-${language}`,
      label: t('action.language', { name: LANGUAGE_NAMES[language] }),
      run: () => actions.setLanguage(language),
    })),
    entry('language-system', 'action.languageSystem', () => actions.setLanguage('system')),
    ...documents.map((d) => ({
      id: `open-${d.id}`,
      label: t('action.open', { title: d.title }),
      run: () => actions.openDocument(d.id),
    })),
  ];
};

export const filterCommands = (commands: readonly PaletteCommand[], query: string): PaletteCommand[] => {
  const words = query.toLocaleLowerCase().split(/\s+/).filter(Boolean);
  if (!words.length) return [...commands];
  return commands.filter((c) => {
    const text = `${c.label} ${c.alias ?? ''}`.toLocaleLowerCase();
    return words.every((w) => text.includes(w));
  });
};
