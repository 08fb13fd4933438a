import { COLORS, type Color } from '../../../data/model/schemas';

export type ReaderKeyAction =
  | { kind: 'highlight'; color: Color }
  | { kind: 'excerpt' }
  | { kind: 'note' }
  | { kind: 'cancel' };

export interface KeyInput {
  key: string;
  code?: string;
  ctrlKey?: boolean;
  metaKey?: boolean;
  altKey?: boolean;
  isComposing?: boolean;
  /** The key went to a text field (the shell's note editor, the tag input, ...). */
  editable?: boolean;
}

/** The letter or digit a key means: event.key, or event.code for non-Latin layouts. */
const keyName = (key: string, code: string | undefined): string => {
  if (/^[\x20-\x7e]$/.test(key)) return key.toLowerCase();
  const m = code ? /^(?:Key([A-Z])|Digit(\d)|Numpad(\d))$/.exec(code) : null;
  return m ? (m[1] ?? m[2] ?? m[3]).toLowerCase() : key;
};

/**
 * Reader shortcuts while text in the reader is selected: 1-6 highlight in that colour,
 * e excerpt, n note, Escape cancels. Nothing happens without a selection, with Ctrl/Cmd/
 * Alt held (copy, select-all and the shell's shortcuts pass through), while an IME is
 * composing, or in a text field (typing "e" in a note must stay typing).
 */
export const readerKeyAction = (input: KeyInput, hasSelection: boolean): ReaderKeyAction | null => {
  // "Process" is the keydown an IME swallows before composition starts.
  if (!hasSelection || input.isComposing || input.key === 'Process' || input.editable) return null;
  if (input.key === 'Escape') return { kind: 'cancel' };
  if (input.ctrlKey || input.metaKey || input.altKey) return null;
  const name = keyName(input.key, input.code);
  const digit = /^[1-6]$/.test(name) ? Number(name) : 0;
  if (digit > 0) return { kind: 'highlight', color: COLORS[digit - 1] };
  if (name === 'e') return { kind: 'excerpt' };
  if (name === 'n') return { kind: 'note' };
  return null;
};

/** Whether a key event's target is somewhere the user types text. */
export const isEditableTarget = (target: EventTarget | null): boolean => {
  if (!target || typeof (target as Element).closest !== 'function') return false;
  const el = target as HTMLElement;
  return el.isContentEditable || el.closest('input, textarea, select, [contenteditable=""], [contenteditable="true"]') !== null;
};
