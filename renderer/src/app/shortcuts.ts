import type { MessageKey } from '../../../data/model/i18n/messages-en';

/**
 * Every keyboard shortcut, once: the help dialog lists this table and the key handler matches
 * against it, so they cannot drift apart. `reader` entries are carried out by the reader's
 * selection toolbar and are here to be listed.
 */
export type ShortcutId =
  | 'palette'
  | 'search'
  | 'shortcuts'
  | 'import'
  | 'exportCurrent'
  | 'undo'
  | 'redo'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomReset'
  | 'nextAnnotation'
  | 'previousAnnotation'
  | 'deleteAnnotation'
  | 'readerHighlight'
  | 'readerExcerpt'
  | 'readerNote'
  | 'escape';

export interface KeyCombo {
  /** KeyboardEvent.key, compared case-insensitively for letters. */
  key: string;
  /** Ctrl on Windows/Linux, ⌘ on macOS. */
  mod?: boolean;
  shift?: boolean;
  /** Exactly Ctrl, also on macOS (Ctrl+Y redo is a Windows habit). */
  ctrl?: boolean;
  /** Shown instead of `key` (1–6 is one entry for six keys). */
  label?: string;
  /** Only while focus is in the annotations list (arrows elsewhere scroll). */
  inListOnly?: boolean;
}

export type ShortcutGroup = 'general' | 'annotations' | 'selection' | 'view';

export interface Shortcut {
  id: ShortcutId;
  group: ShortcutGroup;
  label: MessageKey;
  combos: KeyCombo[];
  /** Also fires while typing in a text field (Ctrl/⌘ combinations that are not text editing). */
  inTextFields?: boolean;
  /** Listed only; someone else (the reader, a dialog, a list) handles the key. */
  listedOnly?: boolean;
}

export const SHORTCUTS: readonly Shortcut[] = [
  { id: 'palette', group: 'general', label: 'action.palette', combos: [{ key: 'k', mod: true }], inTextFields: true },
  { id: 'search', group: 'general', label: 'action.search', combos: [{ key: 'f', mod: true }, { key: '/' }] },
  { id: 'shortcuts', group: 'general', label: 'action.shortcuts', combos: [{ key: '?' }] },
  { id: 'import', group: 'general', label: 'action.import', combos: [{ key: 'o', mod: true }], inTextFields: true },
  { id: 'exportCurrent', group: 'general', label: 'action.export', combos: [{ key: 'e', mod: true, shift: true }], inTextFields: true },
  { id: 'undo', group: 'general', label: 'action.undo', combos: [{ key: 'z', mod: true }] },
  {
    id: 'redo',
    group: 'general',
    label: 'action.redo',
    combos: [{ key: 'z', mod: true, shift: true }, { key: 'y', ctrl: true }],
  },
  { id: 'escape', group: 'general', label: 'shortcuts.closeToolbar', combos: [{ key: 'Escape', label: 'Esc' }], listedOnly: true },
  { id: 'nextAnnotation', group: 'annotations', label: 'action.nextAnnotation', combos: [{ key: 'j' }, { key: 'ArrowDown', label: '↓', inListOnly: true }] },
  { id: 'previousAnnotation', group: 'annotations', label: 'action.previousAnnotation', combos: [{ key: 'k' }, { key: 'ArrowUp', label: '↑', inListOnly: true }] },
  {
    id: 'deleteAnnotation',
    group: 'annotations',
    label: 'action.deleteAnnotation',
    combos: [{ key: 'Delete', label: 'Del' }, { key: 'Backspace', label: '⌫' }],
  },
  { id: 'readerHighlight', group: 'selection', label: 'shortcuts.highlight', combos: [{ key: '1', label: '1–6' }], listedOnly: true },
  { id: 'readerExcerpt', group: 'selection', label: 'shortcuts.excerpt', combos: [{ key: 'e' }], listedOnly: true },
  { id: 'readerNote', group: 'selection', label: 'shortcuts.note', combos: [{ key: 'n' }], listedOnly: true },
  {
    id: 'zoomIn',
    group: 'view',
    label: 'action.zoomIn',
    combos: [{ key: '=', mod: true }, { key: '+', mod: true, shift: true, label: '+' }],
    inTextFields: true,
  },
  { id: 'zoomOut', group: 'view', label: 'action.zoomOut', combos: [{ key: '-', mod: true }], inTextFields: true },
  { id: 'zoomReset', group: 'view', label: 'action.zoomReset', combos: [{ key: '0', mod: true }], inTextFields: true },
];

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['general', 'annotations', 'selection', 'view'];

export const isMac = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Whether a combo matches; `?` and `+` ignore Shift (it is how they are typed). */
export const comboMatches = (combo: KeyCombo, e: KeyLike, mac: boolean): boolean => {
  if (e.altKey) return false;
  if (e.key.toLowerCase() !== combo.key.toLowerCase()) return false;
  const modDown = mac ? e.metaKey : e.ctrlKey;
  const otherDown = mac ? e.ctrlKey : e.metaKey;
  if (combo.ctrl) return e.ctrlKey && !e.metaKey && !e.shiftKey;
  if (Boolean(combo.mod) !== modDown || otherDown) return false;
  const shiftFree = combo.key === '?' || combo.key === '+';
  return shiftFree || Boolean(combo.shift) === e.shiftKey;
};

/** The app-handled shortcut an event triggers, if any. */
export const matchShortcut = (
  e: KeyLike,
  options: { mac: boolean; inTextField: boolean; inList?: boolean },
): ShortcutId | null => {
  for (const s of SHORTCUTS) {
    if (s.listedOnly || (options.inTextField && !s.inTextFields)) continue;
    const combos = s.combos.filter((c) => !c.inListOnly || options.inList);
    if (combos.some((c) => comboMatches(c, e, options.mac))) return s.id;
  }
  return null;
};

/** How a combo is written in the help dialog: Ctrl+Shift+Z or ⌘⇧Z. */
export const comboKeys = (combo: KeyCombo, mac: boolean): string[] => {
  const keys: string[] = [];
  if (combo.ctrl) keys.push(mac ? '⌃' : 'Ctrl');
  if (combo.mod) keys.push(mac ? '⌘' : 'Ctrl');
  if (combo.shift) keys.push(mac ? '⇧' : 'Shift');
  keys.push(combo.label ?? (combo.key.length === 1 ? combo.key.toUpperCase() : combo.key));
  return keys;
};
