import type { Language } from '../../../data/model/i18n/language';
import { createWelcome } from '../welcome/create-welcome';
import { groupAnnotations, neighbourId, visibleOrder } from '../state/annotation-list';
import { DEFAULT_FONT_SIZE } from '../state/settings-store';
import { errorParam } from '../state/notices-store';
import { entryDocumentId } from '../state/undo-stack';
import { host as runningHost } from '../api';
import { copyText, saveNotice, saveText } from './export-file';
import { createResearchActions } from './research-actions';
import { createExportActions } from './export-actions';
import { createArticleActions } from './article-actions';
import { createSelectionActions } from './selection-actions';
import type { Services } from './services';
import { systemPrefersDark, toggledTheme, type ThemeSetting } from './theme';

/**
 * Everything a person can do from a key, a menu, a toolbar button or the command palette, as
 * plain functions over the stores. One place, so the four routes cannot behave differently.
 */
export interface ActionEnv {
  openFilePicker: () => void;
  /** Which host saves files (renderer/src/api.ts's by default); tests choose. */
  host?: 'electron' | 'browser';
}

export type Actions = ReturnType<typeof createActions>;

export const createActions = (s: Services, env: ActionEnv) => {
  const { bridge, notices, settings, doc, ui } = s;
  const currentSettings = () => settings.store.get().settings;

  const openDocument = async (id: string | null) => {
    ui.clearFilter();
    await doc.open(id);
  };

  /** After undo/redo, show the article the change happened in. */
  const replay = async (which: 'undo' | 'redo') => {
    const stack = doc.undo;
    const state = stack.store.get();
    if (which === 'undo' ? !state.canUndo && !state.busy : !state.canRedo && !state.busy) {
      notices.toast(which === 'undo' ? 'undo.nothing' : 'redo.nothing');
      return;
    }
    const entry = await (which === 'undo' ? stack.undo() : stack.redo());
    if (entry && entryDocumentId(entry) !== doc.store.get().documentId) await openDocument(entryDocumentId(entry));
  };

  const exportMarkdown = async () => {
    const id = doc.store.get().documentId;
    if (!id) return notices.toast('export.noDocument'), null;
    const result = await bridge.exportDocumentMarkdown({ id });
    if (!result.ok) return notices.error('error.action', { message: errorParam(result.error) }), null;
    return result.value;
  };

  const stepAnnotation = (step: 1 | -1) => {
    const { annotations, selectedId } = doc.store.get();
    const order = visibleOrder(groupAnnotations(annotations, ui.store.get().filter));
    const next = neighbourId(order, selectedId, step);
    if (next) doc.select(next, { reveal: true });
  };

  const setTheme = (theme: ThemeSetting) => settings.update({ theme });

  return {
    openDocument,
    ...createResearchActions(s, openDocument),
    ...createExportActions(s),
    ...createArticleActions(s, openDocument),
    ...createSelectionActions(s),
    import: () => env.openFilePicker(),
    /** The first-run article again, on request (from the empty library). */
    async addWelcome() {
      const summary = await createWelcome(s);
      if (summary) await openDocument(summary.id);
    },
    async exportCurrent() {
      const out = await exportMarkdown();
      if (!out) return;
      // "Saved" only once Electron reports the file written; a browser only says it downloads.
      const notice = saveNotice(await saveText(out.fileName, out.markdown, { host: env.host ?? runningHost, bridge }));
      if (notice) notices[notice.kind](notice.key, notice.params);
    },
    async copyMarkdown() {
      const out = await exportMarkdown();
      if (!out) return;
      if (await copyText(out.markdown)) notices.toast('export.copied');
      else notices.error('export.copyFailed');
    },
    toggleTheme: () => setTheme(toggledTheme(currentSettings().theme, systemPrefersDark())),
    setTheme,
    toggleLibrary: () => settings.togglePane('library'),
    toggleAnnotations: () => settings.togglePane('annotations'),
    zoomIn: () => settings.setFontSize(currentSettings().fontSize + 1),
    zoomOut: () => settings.setFontSize(currentSettings().fontSize - 1),
    zoomReset: () => settings.setFontSize(DEFAULT_FONT_SIZE),
    setLanguage: (language: Language | 'system') => settings.update({ language }),
    showShortcuts: () => ui.openDialog('shortcuts'),
    commandPalette: () => ui.openDialog('palette'),
    /** Ctrl/⌘+F or /: the search box at the top of the library (shown first if hidden). */
    focusSearch() {
      if (currentSettings().hiddenPanes.includes('library')) settings.togglePane('library');
      s.search.requestFocus();
    },
    undo: () => replay('undo'),
    redo: () => replay('redo'),
    nextAnnotation: () => stepAnnotation(1),
    previousAnnotation: () => stepAnnotation(-1),
    async deleteSelected() {
      const id = doc.store.get().selectedId;
      if (!id) return;
      const order = visibleOrder(groupAnnotations(doc.store.get().annotations, ui.store.get().filter));
      const after = neighbourId(order, id, 1) ?? neighbourId(order, id, -1);
      if (await doc.remove(id)) {
        const entry = doc.undo.peek();
        // The toast's Undo undoes this delete only, not whatever was done after it.
        const run = () => void (doc.undo.peek() === entry && replay('undo'));
        notices.toast('annotation.deleted', undefined, { label: { key: 'action.undo' }, run });
        if (after && after !== id) doc.select(after);
      }
    },
  };
};
