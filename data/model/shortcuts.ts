import type { MessageKey } from './i18n/messages-en';

/**
 * Every keyboard shortcut of the app, declared once. The renderer's key handler and its `?`
 * dialog, the command palette's key hints and the Electron menu's accelerators are all
 * generated from this list, so a key shown in one place is the key that works in the others.
 *
 * Keys are written as Electron accelerators (https://www.electronjs.org/docs/latest/api/accelerator):
 * `CmdOrCtrl` is ⌘ on macOS and Ctrl elsewhere, `Ctrl` is Control everywhere, `Plus` is "+".
 */
export type ShortcutId =
  | 'palette'
  | 'shortcuts'
  | 'search'
  | 'import'
  | 'exportCurrent'
  | 'exportNotebook'
  | 'undo'
  | 'redo'
  | 'escape'
  | 'nextAnnotation'
  | 'previousAnnotation'
  | 'deleteAnnotation'
  | 'highlight'
  | 'excerpt'
  | 'note'
  | 'theme'
  | 'library'
  | 'annotations'
  | 'textLarger'
  | 'textSmaller'
  | 'zoomIn'
  | 'zoomOut'
  | 'zoomReset';

/** When the keys apply: always, while text in the article is selected, or to the selected annotation. */
export type ShortcutScope = 'global' | 'selection' | 'annotation';

/** The `?` dialog's sections. */
export type ShortcutGroup = 'general' | 'annotations' | 'selection' | 'view';

/**
 * Who carries the key out: the app's window-level key handler, the reader (its selection
 * toolbar; Escape also closes dialogs), or the host: Electron's zoom roles in the desktop
 * app, the browser's own zoom in browser mode.
 */
export type ShortcutHandler = 'app' | 'reader' | 'host';

export interface ShortcutDeclaration {
  id: ShortcutId;
  /** Accelerators; the first is the one the menu shows. */
  keys: readonly string[];
  /** Keys that apply only while focus is in the annotations list (arrows scroll elsewhere). */
  listKeys?: readonly string[];
  label: MessageKey;
  scope: ShortcutScope;
  group: ShortcutGroup;
  by: ShortcutHandler;
  /** Also while typing in a text field: only Ctrl/⌘ combinations that are not text editing. */
  inTextFields?: boolean;
  /**
   * In the desktop app the menu item carries it out (a main-process action with a native
   * dialog), so the page leaves the key to the menu; browser mode handles it in the page.
   */
  desktopMenu?: boolean;
}

export const SHORTCUT_DECLARATIONS: readonly ShortcutDeclaration[] = [
  { id: 'palette', keys: ['CmdOrCtrl+K'], label: 'action.palette', scope: 'global', group: 'general', by: 'app', inTextFields: true },
  // A bare "?" would be typed into fields, so the menu shows Ctrl/⌘+/.
  { id: 'shortcuts', keys: ['CmdOrCtrl+/', '?'], label: 'action.shortcuts', scope: 'global', group: 'general', by: 'app' },
  { id: 'search', keys: ['CmdOrCtrl+F', '/'], label: 'action.search', scope: 'global', group: 'general', by: 'app' },
  { id: 'import', keys: ['CmdOrCtrl+O'], label: 'action.import', scope: 'global', group: 'general', by: 'app', inTextFields: true },
  { id: 'exportCurrent', keys: ['CmdOrCtrl+Shift+E'], label: 'action.export', scope: 'global', group: 'general', by: 'app', inTextFields: true },
  {
    id: 'exportNotebook',
    keys: ['CmdOrCtrl+E'],
    label: 'action.exportNotebook',
    scope: 'global',
    group: 'general',
    by: 'app',
    inTextFields: true,
    desktopMenu: true,
  },
  { id: 'undo', keys: ['CmdOrCtrl+Z'], label: 'action.undo', scope: 'global', group: 'general', by: 'app' },
  // Ctrl+Y is a Windows habit: Control on macOS too, where ⌘Y means something else.
  { id: 'redo', keys: ['CmdOrCtrl+Shift+Z', 'Ctrl+Y'], label: 'action.redo', scope: 'global', group: 'general', by: 'app' },
  { id: 'escape', keys: ['Escape'], label: 'shortcuts.closeToolbar', scope: 'global', group: 'general', by: 'reader' },
  { id: 'nextAnnotation', keys: ['J'], listKeys: ['Down'], label: 'action.nextAnnotation', scope: 'annotation', group: 'annotations', by: 'app' },
  { id: 'previousAnnotation', keys: ['K'], listKeys: ['Up'], label: 'action.previousAnnotation', scope: 'annotation', group: 'annotations', by: 'app' },
  { id: 'deleteAnnotation', keys: ['Delete', 'Backspace'], label: 'action.deleteAnnotation', scope: 'annotation', group: 'annotations', by: 'app' },
  // One key per colour, in COLORS order (1 yellow … 6 orange).
  { id: 'highlight', keys: ['1', '2', '3', '4', '5', '6'], label: 'shortcuts.highlight', scope: 'selection', group: 'selection', by: 'reader' },
  { id: 'excerpt', keys: ['E'], label: 'shortcuts.excerpt', scope: 'selection', group: 'selection', by: 'reader' },
  { id: 'note', keys: ['N'], label: 'shortcuts.note', scope: 'selection', group: 'selection', by: 'reader' },
  { id: 'theme', keys: ['CmdOrCtrl+Shift+L'], label: 'action.toggleTheme', scope: 'global', group: 'view', by: 'app', inTextFields: true },
  { id: 'library', keys: ['CmdOrCtrl+Shift+1'], label: 'action.toggleLibrary', scope: 'global', group: 'view', by: 'app', inTextFields: true },
  { id: 'annotations', keys: ['CmdOrCtrl+Shift+2'], label: 'action.toggleAnnotations', scope: 'global', group: 'view', by: 'app', inTextFields: true },
  // The word processors' keys for text size (Ctrl+Shift+> and <), so page zoom keeps Ctrl+= and Ctrl+-.
  { id: 'textLarger', keys: ['CmdOrCtrl+Shift+.'], label: 'action.zoomIn', scope: 'global', group: 'view', by: 'app', inTextFields: true },
  { id: 'textSmaller', keys: ['CmdOrCtrl+Shift+,'], label: 'action.zoomOut', scope: 'global', group: 'view', by: 'app', inTextFields: true },
  // Page zoom; "=" first because "+" needs Shift on most keyboards and Electron would not see Ctrl+=.
  { id: 'zoomIn', keys: ['CmdOrCtrl+=', 'CmdOrCtrl+Plus'], label: 'shortcuts.pageZoomIn', scope: 'global', group: 'view', by: 'host' },
  { id: 'zoomOut', keys: ['CmdOrCtrl+-'], label: 'shortcuts.pageZoomOut', scope: 'global', group: 'view', by: 'host' },
  { id: 'zoomReset', keys: ['CmdOrCtrl+0'], label: 'shortcuts.pageZoomReset', scope: 'global', group: 'view', by: 'host' },
];

export const SHORTCUT_GROUPS: readonly ShortcutGroup[] = ['general', 'annotations', 'selection', 'view'];

export const shortcutById = (id: ShortcutId): ShortcutDeclaration => {
  const found = SHORTCUT_DECLARATIONS.find((s) => s.id === id);
  if (!found) throw new Error(`no shortcut ${id}`);
  return found;
};

/** Every key of a shortcut, the list-only ones included. */
export const allKeys = (s: ShortcutDeclaration): string[] => [...s.keys, ...(s.listKeys ?? [])];

/** The accelerator a menu item shows for a shortcut. */
export const acceleratorOf = (id: ShortcutId): string => shortcutById(id).keys[0];

// -- accelerators --

export type Modifier = 'CmdOrCtrl' | 'Ctrl' | 'Cmd' | 'Alt' | 'Shift';

export interface Accelerator {
  modifiers: Modifier[];
  /** The key as Electron names it: "K", "1", "/", "Plus", "Delete", "Up", "Escape". */
  key: string;
}

const MODIFIER_NAMES: Record<string, Modifier> = {
  cmdorctrl: 'CmdOrCtrl',
  commandorcontrol: 'CmdOrCtrl',
  ctrl: 'Ctrl',
  control: 'Ctrl',
  cmd: 'Cmd',
  command: 'Cmd',
  alt: 'Alt',
  option: 'Alt',
  shift: 'Shift',
};

/** The named keys we use, plus single printable characters (letters, digits, punctuation). */
const NAMED_KEYS = new Set(['Plus', 'Space', 'Tab', 'Backspace', 'Delete', 'Insert', 'Enter', 'Return', 'Up', 'Down', 'Left', 'Right', 'Home', 'End', 'PageUp', 'PageDown', 'Escape', 'Esc']);
const PUNCTUATION = ')!@#$%^&*(:;+=<,_->.?/~`{]}[|\\"';

/** Parses an accelerator as Electron would accept it; throws on anything else, so a typo fails the tests. */
export const parseAccelerator = (accelerator: string): Accelerator => {
  const parts = accelerator.split('+');
  const key = parts.pop() ?? '';
  const modifiers = parts.map((p) => {
    const m = MODIFIER_NAMES[p.toLowerCase()];
    if (!m) throw new Error(`"${accelerator}": unknown modifier "${p}"`);
    return m;
  });
  const valid = NAMED_KEYS.has(key) || /^[A-Z0-9]$/.test(key) || /^F([1-9]|1\d|2[0-4])$/.test(key) || (key.length === 1 && PUNCTUATION.includes(key));
  if (!valid) throw new Error(`"${accelerator}": "${key}" is not an accelerator key`);
  if (new Set(modifiers).size !== modifiers.length) throw new Error(`"${accelerator}": a modifier is repeated`);
  return { modifiers, key };
};

/**
 * The keys actually pressed on one platform, in a fixed order: "Ctrl+Shift+E" on Linux is
 * "CmdOrCtrl+Shift+E"; on macOS CmdOrCtrl is ⌘ and Ctrl stays Control. Used to prove that no
 * two actions share a key.
 */
export const pressedKeys = (accelerator: string, platform: 'mac' | 'other'): string => {
  const { modifiers, key } = parseAccelerator(accelerator);
  const resolved = new Set<string>(modifiers.map((m) => (m === 'CmdOrCtrl' ? (platform === 'mac' ? 'Cmd' : 'Ctrl') : m)));
  const order = ['Ctrl', 'Cmd', 'Alt', 'Shift'];
  return [...order.filter((m) => resolved.has(m)), key === 'Esc' ? 'Escape' : key === 'Return' ? 'Enter' : key].join('+');
};
