import type { DeepLink } from '../../../data/model/deep-link';
import type { Services } from './services';

/**
 * Actions of the tag manager, the colour names and the excerpt collection, spread into
 * createActions so keys, menus and the palette reach them the same way as every other.
 */
export const createResearchActions = (s: Services, openDocument: (id: string | null) => Promise<void>) => {
  const { ui, doc, excerpts, documents, notices } = s;
  return {
    manageTags: () => ui.openDialog('tags'),
    nameColors: () => ui.openDialog('colors'),
    showExcerpts: () => ui.openDialog('excerpts'),
    showTrash: () => ui.openDialog('trash'),
    showBackups: () => ui.openDialog('backups'),
    /** The collection for one tag (a tag's "Show excerpts"). */
    async showTagExcerpts(tag: string) {
      ui.openDialog('excerpts');
      await excerpts.showTag(tag);
    },
    /** Opens an article at a passage: the same reveal as a click on an annotation card. */
    async openAnnotation(documentId: string, annotationId: string) {
      if (doc.store.get().documentId !== documentId) await openDocument(documentId);
      else ui.clearFilter();
      doc.select(annotationId, { reveal: true });
    },
    /**
     * A `glossa://open` link (desktop) or `/open?…` page (browser mode). Links come from other
     * apps and may be old: a missing article or annotation is said, not silently ignored.
     */
    async openLink({ documentId, annotationId }: DeepLink) {
      if (!documents.store.get().documents.some((d) => d.id === documentId)) return notices.error('link.noArticle');
      if (annotationId === undefined) return openDocument(documentId);
      await this.openAnnotation(documentId, annotationId);
      if (!doc.store.get().annotations.some((a) => a.id === annotationId)) notices.error('link.noAnnotation');
    },
  };
};
