import type { Color } from '../../../data/model/schemas';
import { NO_FILTER, type AnnotationFilter } from './annotation-list';
import { createStore } from './create-store';

/**
 * Interface-only state that no notebook operation needs: which dialog is open, whether files
 * are being dragged over the window, the annotation filter.
 */
export type DialogName = 'shortcuts' | 'palette' | 'tags' | 'colors' | 'excerpts' | 'export' | 'trash' | 'backups';

export interface UiState {
  dialog: DialogName | null;
  dragging: boolean;
  filter: AnnotationFilter;
}

export type UiStore = ReturnType<typeof createUiStore>;

export const createUiStore = () => {
  const store = createStore<UiState>({ dialog: null, dragging: false, filter: NO_FILTER });
  const patch = (p: Partial<UiState>) => store.set((s) => ({ ...s, ...p }));
  return {
    store,
    openDialog: (dialog: DialogName) => patch({ dialog }),
    closeDialog: () => patch({ dialog: null }),
    setDragging: (dragging: boolean) => {
      if (store.get().dragging !== dragging) patch({ dragging });
    },
    filterColor: (color: Color | null) => patch({ filter: { ...store.get().filter, color } }),
    filterTag: (tag: string | null) => patch({ filter: { ...store.get().filter, tag } }),
    clearFilter: () => patch({ filter: NO_FILTER }),
  };
};
