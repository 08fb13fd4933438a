import { COLORS, type Color, type DocumentSummary } from '../../../data/model/schemas';
import type { I18n } from '../i18n/i18n-context';
import { LANGUAGES, LANGUAGE_NAMES } from '../../../data/model/i18n/language';
import { translate, type Params } from '../../../data/model/i18n/catalogue';
import type { MessageKey } from '../../../data/model/i18n/messages-en';
import type { Actions } from './actions';
import type { CapturedSelection } from './reader-selection';
import { shortcutText, type ShortcutId } from './shortcuts';

/**
 * The command palette's entries: every action, then one per article ("Open …"). Matching is
 * by words in any order, case-insensitive, so "dark" and "主題" both find the theme switch.
 * Commands that need something absent (a text selection, an open article) are left out
 * rather than shown disabled: the list stays short and everything in it works.
 */
export interface PaletteCommand {
  id: string;
  label: string;
  /** Keys shown at the right, from the shortcut declaration. */
  keys?: string;
  /** Also matched: the English label, so "dark" works whatever the interface language. */
  alias?: string;
  run: () => unknown;
}

export interface PaletteContext {
  actions: Actions;
  i18n: I18n;
  documents: readonly DocumentSummary[];
  tags: readonly string[];
  colorLabels: Record<Color, string>;
  /** The open article, if any. */
  documentId: string | null;
  /** The reader's selection as the palette opened. */
  selection: CapturedSelection | null;
  mac: boolean;
}

export const buildCommands = (ctx: PaletteContext): PaletteCommand[] => {
  const { actions, i18n, documents, tags, colorLabels, documentId, selection, mac } = ctx;
  const { t } = i18n;
  const entry = (
    id: string,
    label: MessageKey,
    run: () => unknown,
    options: { params?: Params; englishParams?: Params; shortcut?: ShortcutId; keyIndex?: number } = {},
  ): PaletteCommand => ({
    id,
    label: t(label, options.params),
    alias: i18n.language === 'en' ? undefined : translate('en', label, options.englishParams ?? options.params),
    keys: options.shortcut ? shortcutText(options.shortcut, mac, options.keyIndex) : undefined,
    run,
  });
  const colorWord = (c: Color) => ({ params: { color: colorLabels[c] }, englishParams: { color: translate('en', `color.${c}` as MessageKey) } });

  const forSelection = selection
    ? [
        ...COLORS.map((c, i) =>
          entry(`highlight-${c}`, 'palette.highlight', () => actions.highlightSelection(selection, c), { ...colorWord(c), shortcut: 'highlight', keyIndex: i }),
        ),
        entry('excerpt', 'shortcuts.excerpt', () => actions.excerptSelection(selection), { shortcut: 'excerpt' }),
        entry('note', 'shortcuts.note', () => actions.noteSelection(selection), { shortcut: 'note' }),
      ]
    : [];
  const forArticle = documentId
    ? [
        entry('edit-article-note', 'palette.editArticleNote', actions.editArticleNote),
        entry('delete-article', 'palette.deleteArticle', actions.deleteCurrentArticle),
        ...COLORS.map((c) => entry(`filter-color-${c}`, 'palette.filterColor', () => actions.filterColor(c), colorWord(c))),
        ...tags.map((tag) => entry(`filter-tag-${tag}`, 'library.filterByTag', () => actions.filterTag(tag), { params: { tag } })),
        entry('clear-filter', 'palette.clearFilter', actions.clearFilter),
      ]
    : [];

  return [
    ...forSelection,
    entry('search', 'action.search', actions.focusSearch, { shortcut: 'search' }),
    entry('import', 'action.import', actions.import, { shortcut: 'import' }),
    entry('welcome', 'library.openWelcome', actions.addWelcome),
    entry('export', 'action.export', actions.exportCurrent, { shortcut: 'exportCurrent' }),
    entry('export-notebook', 'action.exportNotebook', actions.exportNotebook, { shortcut: 'exportNotebook' }),
    entry('export-dialog', 'exportDialog.open', actions.openExport),
    entry('copy', 'action.copy', actions.copyMarkdown),
    entry('undo', 'action.undo', actions.undo, { shortcut: 'undo' }),
    entry('redo', 'action.redo', actions.redo, { shortcut: 'redo' }),
    ...forArticle,
    entry('next', 'action.nextAnnotation', actions.nextAnnotation, { shortcut: 'nextAnnotation' }),
    entry('previous', 'action.previousAnnotation', actions.previousAnnotation, { shortcut: 'previousAnnotation' }),
    entry('delete', 'action.deleteAnnotation', actions.deleteSelected, { shortcut: 'deleteAnnotation' }),
    entry('theme', 'action.toggleTheme', actions.toggleTheme, { shortcut: 'theme' }),
    entry('theme-system', 'action.themeSystem', () => actions.setTheme('system')),
    entry('library', 'action.toggleLibrary', actions.toggleLibrary, { shortcut: 'library' }),
    entry('annotations', 'action.toggleAnnotations', actions.toggleAnnotations, { shortcut: 'annotations' }),
    entry('zoom-in', 'action.zoomIn', actions.zoomIn, { shortcut: 'textLarger' }),
    entry('zoom-out', 'action.zoomOut', actions.zoomOut, { shortcut: 'textSmaller' }),
    entry('zoom-reset', 'action.zoomReset', actions.zoomReset),
    entry('shortcuts', 'action.shortcuts', actions.showShortcuts, { shortcut: 'shortcuts' }),
    entry('manage-tags', 'action.manageTags', actions.manageTags),
    ...tags.map((tag) => entry(`excerpts-tag-${tag}`, 'tags.showExcerpts', () => actions.showTagExcerpts(tag), { params: { tag } })),
    entry('excerpts', 'action.showExcerpts', actions.showExcerpts),
    entry('color-names', 'action.nameColors', actions.nameColors),
    entry('trash', 'action.showTrash', actions.showTrash),
    entry('backups', 'action.showBackups', actions.showBackups),
    ...LANGUAGES.map((language) => entry(`language-${language}`, 'action.language', () => actions.setLanguage(language), { params: { name: LANGUAGE_NAMES[language] } })),
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
