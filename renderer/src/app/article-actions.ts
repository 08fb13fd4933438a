import type { Color } from '../../../data/model/schemas';
import type { Services } from './services';

/**
 * Actions on the open article and its annotation list that had only a button (or none):
 * delete the article, edit its note, filter its annotations, export the notebook. Spread into
 * createActions so keys and the command palette reach them like every other action.
 */
export const createArticleActions = (s: Services, openDocument: (id: string | null) => Promise<void>) => {
  const { doc, documents, settings, ui } = s;
  const showAnnotations = () => {
    if (settings.store.get().settings.hiddenPanes.includes('annotations')) settings.togglePane('annotations');
  };
  return {
    /** As the library's delete button: to the trash, with Undo in the notice. */
    async deleteCurrentArticle() {
      const id = doc.store.get().documentId;
      const summary = documents.store.get().documents.find((d) => d.id === id);
      if (!summary) return;
      const done = await documents.deleteDocument(summary, (restored) => void openDocument(restored));
      if (done && doc.store.get().documentId === summary.id) await openDocument(null);
    },
    editArticleNote() {
      const id = doc.store.get().documentId;
      if (!id) return;
      showAnnotations();
      ui.requestArticleNote(id);
    },
    filterColor(color: Color) {
      showAnnotations();
      ui.filterColor(color);
    },
    filterTag(tag: string) {
      showAnnotations();
      ui.filterTag(tag);
    },
    clearFilter: () => ui.clearFilter(),
    /** In the page: the export dialog on the whole notebook (the desktop menu writes a folder instead). */
    exportNotebook: () => ui.openNotebookExport(),
  };
};
