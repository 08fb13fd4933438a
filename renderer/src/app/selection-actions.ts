import type { Color } from '../../../data/model/schemas';
import type { CapturedSelection } from './reader-selection';
import type { Services } from './services';

/** The colour notes start with, as in the reader's toolbar. */
const NOTE_COLOR: Color = 'yellow';

/**
 * What the reader's selection toolbar does, for a selection captured elsewhere (the command
 * palette): highlight, note, excerpt. A selection of an article that is no longer open is
 * ignored rather than applied to the wrong text.
 */
export const createSelectionActions = (s: Services) => {
  const { doc, ui } = s;
  const isOpen = (selection: CapturedSelection) => doc.store.get().documentId === selection.documentId;
  return {
    async highlightSelection(selection: CapturedSelection, color: Color) {
      if (!isOpen(selection)) return;
      await doc.create({ start: selection.start, end: selection.end, color, intent: 'highlight', tags: [] });
    },
    async noteSelection(selection: CapturedSelection) {
      if (!isOpen(selection)) return;
      await doc.create({ start: selection.start, end: selection.end, color: NOTE_COLOR, intent: 'note', tags: [] });
    },
    /** Tags are chosen in the reader's own excerpt field, opened on the passage. */
    excerptSelection(selection: CapturedSelection) {
      if (isOpen(selection)) ui.requestExcerpt(selection.documentId, selection.start, selection.end);
    },
  };
};
