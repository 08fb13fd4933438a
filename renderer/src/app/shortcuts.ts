import {
  SHORTCUT_DECLARATIONS,
  allKeys,
  parseAccelerator,
  type ShortcutDeclaration,
  type ShortcutId,
} from '../../../data/model/shortcuts';

/**
 * The page's side of data/model/shortcuts.ts: the declared accelerators turned into key
 * combinations to match keydown events against and to show in the `?` dialog and the palette.
 * Nothing here lists keys of its own.
 */
export type { ShortcutId } from '../../../data/model/shortcuts';
export { SHORTCUT_GROUPS } from '../../../data/model/shortcuts';

export interface KeyCombo {
  /** The accelerator's key: "K", "1", "/", "Plus", "Delete", "Up". */
  key: string;
  /** Ctrl on Windows/Linux, ⌘ on macOS. */
  mod: boolean;
  /** Exactly Ctrl, also on macOS. */
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  /** Only while focus is in the annotations list. */
  inListOnly: boolean;
}

export const comboOf = (accelerator: string, inListOnly = false): KeyCombo => {
  const { modifiers, key } = parseAccelerator(accelerator);
  return {
    key,
    mod: modifiers.includes('CmdOrCtrl'),
    ctrl: modifiers.includes('Ctrl'),
    shift: modifiers.includes('Shift'),
    alt: modifiers.includes('Alt'),
    inListOnly,
  };
};

export const combosOf = (s: ShortcutDeclaration): KeyCombo[] => [
  ...s.keys.map((k) => comboOf(k)),
  ...(s.listKeys ?? []).map((k) => comboOf(k, true)),
];

export const isMac = (): boolean =>
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

type KeyLike = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'> & { code?: string };

/** KeyboardEvent.key for the accelerator names that differ from it. */
const DOM_KEYS: Record<string, string> = {
  Plus: '+',
  Up: 'ArrowUp',
  Down: 'ArrowDown',
  Left: 'ArrowLeft',
  Right: 'ArrowRight',
  Esc: 'Escape',
  Return: 'Enter',
  Space: ' ',
};

/** KeyboardEvent.code of the physical key that types a character on a US layout. */
const CODES: Record<string, string> = {
  '/': 'Slash',
  '.': 'Period',
  ',': 'Comma',
  '=': 'Equal',
  '-': 'Minus',
  ';': 'Semicolon',
  '[': 'BracketLeft',
  ']': 'BracketRight',
  '`': 'Backquote',
  '\\': 'Backslash',
};

const codeOf = (key: string): string | undefined =>
  /^[A-Z]$/.test(key) ? `Key${key}` : /^\d$/.test(key) ? `Digit${key}` : CODES[key];

const isPunctuation = (key: string): boolean => key.length === 1 && !/^[A-Za-z0-9]$/.test(key);

/**
 * Whether a combo matches an event. The typed character decides first; the physical key
 * (event.code) decides when Shift changed the character (Ctrl+Shift+1 arrives as "!") or the
 * layout is not Latin (Ctrl+K on a Russian layout arrives as "л"). Punctuation ignores Shift
 * unless the combo asks for it, since some layouts need Shift to type "/" or "?".
 */
export const comboMatches = (combo: KeyCombo, e: KeyLike, mac: boolean): boolean => {
  if (Boolean(e.altKey) !== combo.alt) return false;
  const domKey = DOM_KEYS[combo.key] ?? combo.key;
  const typed = e.key.length === 1 && e.key.toLowerCase() === domKey.toLowerCase();
  const code = codeOf(combo.key);
  const physical = code !== undefined && e.code === code && (combo.shift || !/^[\x20-\x7e]$/.test(e.key));
  if (!typed && !physical && e.key !== domKey) return false;
  if (combo.ctrl) return e.ctrlKey && !e.metaKey && e.shiftKey === combo.shift;
  const modDown = mac ? e.metaKey : e.ctrlKey;
  const otherDown = mac ? e.ctrlKey : e.metaKey;
  if (combo.mod !== modDown || otherDown) return false;
  return combo.shift ? e.shiftKey : !e.shiftKey || isPunctuation(domKey);
};

export interface MatchOptions {
  mac: boolean;
  inTextField: boolean;
  inList?: boolean;
  /** In the desktop app, where the menu carries out some keys itself. */
  desktop?: boolean;
}

/** The app-handled shortcut an event triggers, if any. */
export const matchShortcut = (e: KeyLike, options: MatchOptions): ShortcutId | null => {
  for (const s of SHORTCUT_DECLARATIONS) {
    if (s.by !== 'app' || (options.inTextField && !s.inTextFields) || (options.desktop && s.desktopMenu)) continue;
    const combos = combosOf(s).filter((c) => !c.inListOnly || options.inList);
    if (combos.some((c) => comboMatches(c, e, options.mac))) return s.id;
  }
  return null;
};

const KEY_LABELS: Record<string, string> = {
  Plus: '+',
  Up: '↑',
  Down: '↓',
  Left: '←',
  Right: '→',
  Delete: 'Del',
  Backspace: '⌫',
  Escape: 'Esc',
};

/** How a combo is written: ["Ctrl", "Shift", "Z"] or ["⌘", "⇧", "Z"]. */
export const comboKeys = (combo: KeyCombo, mac: boolean): string[] => {
  const keys: string[] = [];
  if (combo.ctrl) keys.push(mac ? '⌃' : 'Ctrl');
  if (combo.alt) keys.push(mac ? '⌥' : 'Alt');
  if (combo.mod) keys.push(mac ? '⌘' : 'Ctrl');
  if (combo.shift) keys.push(mac ? '⇧' : 'Shift');
  keys.push(KEY_LABELS[combo.key] ?? combo.key);
  return keys;
};

/** One combo as text: "Ctrl+Shift+E", or "⌘⇧E" on macOS. */
export const comboText = (combo: KeyCombo, mac: boolean): string => comboKeys(combo, mac).join(mac ? '' : '+');

/**
 * The combos a shortcut is shown with. Keys 1 to 6 are one line, "1–6", rather than six
 * alternatives; every other key is shown.
 */
export const shownCombos = (s: ShortcutDeclaration): (KeyCombo & { label?: string })[] => {
  const keys = allKeys(s);
  if (keys.length > 2 && keys.every((k, i) => /^\d$/.test(k) && (i === 0 || Number(k) === Number(keys[i - 1]) + 1))) {
    return [{ ...comboOf(keys[0]), label: `${keys[0]}–${keys[keys.length - 1]}` }];
  }
  return combosOf(s);
};

/** The first key of a shortcut as text, for the palette's hint. */
export const shortcutText = (id: ShortcutId, mac: boolean, index = 0): string | undefined => {
  const s = SHORTCUT_DECLARATIONS.find((d) => d.id === id);
  const key = s ? allKeys(s)[index] : undefined;
  return key ? comboText(comboOf(key), mac) : undefined;
};
