import type { Annotation, Color, Document } from '../../../data/model/schemas';

/** What the shell asks the reader to create from a selection in the text. */
export interface CreateRequest {
  start: number;
  end: number;
  color: Color;
  /** highlight: colour only; excerpt: with tags; note: open the note editor afterwards. */
  intent: 'highlight' | 'excerpt' | 'note';
  tags: string[];
}

/**
 * The contract between the app shell (renderer/src/app) and the reader
 * (renderer/src/reader). The reader owns the text, selection, highlights and the
 * selection toolbar; the shell owns data, undo, and everything around the reader.
 */
export interface ReaderProps {
  document: Document;
  annotations: Annotation[];
  selectedId: string | null;
  /** Base font size in px for the reading column. */
  fontSize: number;
  /** Every tag in the notebook, for the excerpt tag field's autocomplete. */
  knownTags: string[];
  /** Colour names shown in the toolbar (user-given names later; default labels now). */
  colorLabels: Record<Color, string>;
  /** Scroll to an annotation and flash it; a new nonce repeats the request. */
  reveal?: { id: string; nonce: number };
  /** Scroll to a passage (canonical offsets, e.g. a search hit) and flash it; a new nonce repeats the request. */
  revealRange?: { start: number; end: number; nonce: number };
  /** Open the excerpt tag field on this passage, as E does for a selection (the command palette); a new nonce repeats the request. */
  excerptRequest?: { start: number; end: number; nonce: number };
  /** Translated UI strings (keys in renderer/src/reader/messages.ts). */
  t: (key: string) => string;
  onSelectAnnotation: (id: string | null) => void;
  onCreate: (request: CreateRequest) => void;
}
