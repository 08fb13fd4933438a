import { describe, expect, it } from 'vitest';
import { SHORTCUT_DECLARATIONS } from '../../../data/model/shortcuts';
import type { Actions } from './actions';
import { shortcutActions } from './shortcut-actions';
import { comboOf, comboText, matchShortcut, shortcutText, shownCombos, type MatchOptions } from './shortcuts';

type Key = { key: string; code?: string; ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean };
const press = (k: Key, options: Partial<MatchOptions> = {}) =>
  matchShortcut(
    { key: k.key, code: k.code, ctrlKey: Boolean(k.ctrl), metaKey: Boolean(k.meta), shiftKey: Boolean(k.shift), altKey: Boolean(k.alt) },
    { mac: false, inTextField: false, ...options },
  );

describe('matchShortcut', () => {
  it('keeps Ctrl+Shift+E for the open article and gives the notebook Ctrl+E', () => {
    expect(press({ key: 'E', code: 'KeyE', ctrl: true, shift: true })).toBe('exportCurrent');
    expect(press({ key: 'e', code: 'KeyE', ctrl: true })).toBe('exportNotebook');
  });

  it('leaves the notebook export key to the desktop menu, which writes a folder', () => {
    expect(press({ key: 'e', code: 'KeyE', ctrl: true }, { desktop: true })).toBeNull();
    expect(press({ key: 'E', code: 'KeyE', ctrl: true, shift: true }, { desktop: true })).toBe('exportCurrent');
  });

  it('handles the keys that were the menu’s alone: theme, panes, shortcuts, palette', () => {
    expect(press({ key: 'L', code: 'KeyL', ctrl: true, shift: true })).toBe('theme');
    // Shift turns 1 into "!" on most layouts: the physical key decides.
    expect(press({ key: '!', code: 'Digit1', ctrl: true, shift: true })).toBe('library');
    expect(press({ key: '@', code: 'Digit2', ctrl: true, shift: true })).toBe('annotations');
    expect(press({ key: '/', code: 'Slash', ctrl: true })).toBe('shortcuts');
    expect(press({ key: 'k', code: 'KeyK', ctrl: true })).toBe('palette');
    expect(press({ key: '?', code: 'Slash', shift: true })).toBe('shortcuts');
    expect(press({ key: '/', code: 'Slash' })).toBe('search');
  });

  it('leaves page zoom to the browser (or Electron’s roles) and sizes text with Ctrl+Shift+> and <', () => {
    expect(press({ key: '=', code: 'Equal', ctrl: true })).toBeNull();
    expect(press({ key: '-', code: 'Minus', ctrl: true })).toBeNull();
    expect(press({ key: '0', code: 'Digit0', ctrl: true })).toBeNull();
    expect(press({ key: '>', code: 'Period', ctrl: true, shift: true })).toBe('textLarger');
    expect(press({ key: '<', code: 'Comma', ctrl: true, shift: true })).toBe('textSmaller');
  });

  it('uses ⌘ on macOS, where Ctrl+K is not the palette; Ctrl+Y redo stays Control', () => {
    expect(press({ key: 'k', meta: true }, { mac: true })).toBe('palette');
    expect(press({ key: 'k', ctrl: true }, { mac: true })).toBeNull();
    expect(press({ key: 'y', ctrl: true }, { mac: true })).toBe('redo');
    expect(press({ key: 'y', ctrl: true })).toBe('redo');
  });

  it('finds letters by their physical key on a non-Latin layout', () => {
    expect(press({ key: 'л', code: 'KeyK', ctrl: true })).toBe('palette');
  });

  it('in a text field, only Ctrl/⌘ combinations that are not text editing', () => {
    expect(press({ key: 'j' }, { inTextField: true })).toBeNull();
    expect(press({ key: 'z', ctrl: true }, { inTextField: true })).toBeNull();
    expect(press({ key: 'k', ctrl: true }, { inTextField: true })).toBe('palette');
    expect(press({ key: 'j' })).toBe('nextAnnotation');
  });

  it('takes the arrows only in the annotations list, and never the reader’s selection keys', () => {
    expect(press({ key: 'ArrowDown' })).toBeNull();
    expect(press({ key: 'ArrowDown' }, { inList: true })).toBe('nextAnnotation');
    expect(press({ key: 'ArrowUp' }, { inList: true })).toBe('previousAnnotation');
    expect(press({ key: '1' })).toBeNull();
    expect(press({ key: 'e' })).toBeNull();
    expect(press({ key: 'Escape' })).toBeNull();
  });

  it('does not confuse Shift+letter or Alt with the plain key', () => {
    expect(press({ key: 'J', shift: true })).toBeNull();
    expect(press({ key: 'k', ctrl: true, alt: true })).toBeNull();
    expect(press({ key: 'K', code: 'KeyK', ctrl: true, shift: true })).toBeNull();
  });
});

describe('shortcutActions', () => {
  it('gives every shortcut the page handles an action, and none to the reader’s or the host’s', () => {
    const fake = new Proxy({}, { get: (_t, name) => () => name }) as unknown as Actions;
    const runs = shortcutActions(fake);
    for (const s of SHORTCUT_DECLARATIONS) {
      if (s.by === 'app') expect(runs[s.id], s.id).toBeTypeOf('function');
      else expect(runs[s.id], s.id).toBeNull();
    }
    expect(runs.exportNotebook!()).toBe('exportNotebook');
    expect(runs.textLarger!()).toBe('zoomIn');
  });
});

describe('how keys are written', () => {
  it('as Ctrl+Shift+E, or ⌘⇧E on macOS', () => {
    expect(comboText(comboOf('CmdOrCtrl+Shift+E'), false)).toBe('Ctrl+Shift+E');
    expect(comboText(comboOf('CmdOrCtrl+Shift+E'), true)).toBe('⌘⇧E');
    expect(comboText(comboOf('Ctrl+Y'), true)).toBe('⌃Y');
    expect(comboText(comboOf('CmdOrCtrl+Plus'), false)).toBe('Ctrl++');
    expect(shortcutText('highlight', false, 2)).toBe('3');
    expect(shortcutText('nextAnnotation', false, 1)).toBe('↓');
  });

  it('shows the six highlight keys as one range', () => {
    const highlight = SHORTCUT_DECLARATIONS.find((s) => s.id === 'highlight')!;
    expect(shownCombos(highlight).map((c) => c.label)).toEqual(['1–6']);
    const redo = SHORTCUT_DECLARATIONS.find((s) => s.id === 'redo')!;
    expect(shownCombos(redo).map((c) => comboText(c, false))).toEqual(['Ctrl+Shift+Z', 'Ctrl+Y']);
  });
});
