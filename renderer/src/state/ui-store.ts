import type { Color } from '../../../data/model/schemas';
import { NO_FILTER, type AnnotationFilter } from './annotation-list';
import { createStore } from './create-store';

/**
 * Interface-only state that no notebook operation needs: which dialog is open, whether files
 * are being dragged over the window, the annotation filter, and what the command palette asked
 * of a pane that is not its own (the reader's excerpt field, the article note, the export scope).
 */
export type DialogName = 'shortcuts' | 'palette' | 'tags' | 'colors' | 'excerpts' | 'export' | 'trash' | 'backups';

/** A passage the reader should open its excerpt tag field on (asked for from the command palette). */
export interface ExcerptRequest {
  documentId: string;
  start: number;
  end: number;
  nonce: number;
}

export interface UiState {
  dialog: DialogName | null;
  dragging: boolean;
  filter: AnnotationFilter;
  /** Kept until the reader of that article has served it. */
  excerptRequest: ExcerptRequest | null;
  /** The article whose note should open for editing, kept until its note panel has served it. */
  articleNoteRequest: { documentId: string; nonce: number } | null;
  /** The export dialog opens on the whole notebook rather than the open article. */
  exportScope: 'notebook' | null;
}

export type UiStore = ReturnType<typeof createUiStore>;

export const createUiStore = () => {
  const store = createStore<UiState>({
    dialog: null,
    dragging: false,
    filter: NO_FILTER,
    excerptRequest: null,
    articleNoteRequest: null,
    exportScope: null,
  });
  const patch = (p: Partial<UiState>) => store.set((s) => ({ ...s, ...p }));
  let nonce = 0;
  return {
    store,
    openDialog: (dialog: DialogName) => patch({ dialog, exportScope: null }),
    openNotebookExport: () => patch({ dialog: 'export', exportScope: 'notebook' }),
    requestExcerpt: (documentId: string, start: number, end: number) =>
      patch({ excerptRequest: { documentId, start, end, nonce: ++nonce } }),
    requestArticleNote: (documentId: string) => patch({ articleNoteRequest: { documentId, nonce: ++nonce } }),
    /** The pane that served a request says so, so a later remount does not serve it again. */
    served: (which: 'excerptRequest' | 'articleNoteRequest') => patch({ [which]: null }),
    closeDialog: () => patch({ dialog: null }),
    setDragging: (dragging: boolean) => {
      if (store.get().dragging !== dragging) patch({ dragging });
    },
    filterColor: (color: Color | null) => patch({ filter: { ...store.get().filter, color } }),
    filterTag: (tag: string | null) => patch({ filter: { ...store.get().filter, tag } }),
    clearFilter: () => patch({ filter: NO_FILTER }),
  };
};
