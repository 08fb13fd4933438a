import { describe, expect, it } from 'vitest';
import { en } from './i18n/messages-en';
import { COLORS } from './schemas';
import { SHORTCUT_DECLARATIONS, SHORTCUT_GROUPS, acceleratorOf, allKeys, parseAccelerator, pressedKeys } from './shortcuts';

describe('SHORTCUT_DECLARATIONS', () => {
  it('has one entry per id, each with a label in the catalogue and a group the dialog shows', () => {
    const ids = SHORTCUT_DECLARATIONS.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of SHORTCUT_DECLARATIONS) {
      expect(en[s.label], s.id).toBeTruthy();
      expect(SHORTCUT_GROUPS).toContain(s.group);
      expect(s.keys.length, s.id).toBeGreaterThan(0);
    }
  });

  it('writes every key as an accelerator Electron accepts', () => {
    for (const s of SHORTCUT_DECLARATIONS) for (const key of allKeys(s)) expect(() => parseAccelerator(key), key).not.toThrow();
  });

  it.each(['mac', 'other'] as const)('gives no two actions the same key (%s)', (platform) => {
    const owners = new Map<string, string>();
    for (const s of SHORTCUT_DECLARATIONS) {
      for (const [i, key] of allKeys(s).entries()) {
        const pressed = pressedKeys(key, platform);
        // The highlight keys are one action per colour: each digit its own.
        const action = s.id === 'highlight' ? `highlight-${i}` : s.id;
        const owner = owners.get(pressed);
        expect(owner === undefined || owner === action, `${pressed}: ${owner} and ${action}`).toBe(true);
        owners.set(pressed, action);
      }
    }
  });

  it('keeps the keys the app is known by', () => {
    expect(acceleratorOf('palette')).toBe('CmdOrCtrl+K');
    expect(acceleratorOf('exportCurrent')).toBe('CmdOrCtrl+Shift+E');
    expect(acceleratorOf('theme')).toBe('CmdOrCtrl+Shift+L');
    expect(acceleratorOf('library')).toBe('CmdOrCtrl+Shift+1');
    expect(acceleratorOf('annotations')).toBe('CmdOrCtrl+Shift+2');
    expect(acceleratorOf('shortcuts')).toBe('CmdOrCtrl+/');
    expect(acceleratorOf('zoomIn')).toBe('CmdOrCtrl+=');
  });

  it('has a highlight key for each colour, in colour order', () => {
    expect(SHORTCUT_DECLARATIONS.find((s) => s.id === 'highlight')!.keys).toEqual(COLORS.map((_, i) => String(i + 1)));
  });
});

describe('parseAccelerator', () => {
  it('splits modifiers from the key and accepts Electron spellings', () => {
    expect(parseAccelerator('CmdOrCtrl+Shift+E')).toEqual({ modifiers: ['CmdOrCtrl', 'Shift'], key: 'E' });
    expect(parseAccelerator('CommandOrControl+Plus')).toEqual({ modifiers: ['CmdOrCtrl'], key: 'Plus' });
    expect(parseAccelerator('?')).toEqual({ modifiers: [], key: '?' });
    expect(parseAccelerator('Ctrl+/')).toEqual({ modifiers: ['Ctrl'], key: '/' });
  });

  it.each(['Ctrl+', 'Hyperx+K', 'CmdOrCtrl+k', 'CmdOrCtrl+ArrowUp', 'Shift+Shift+A', 'Ctrl+é'])('refuses %s', (bad) => {
    expect(() => parseAccelerator(bad)).toThrow();
  });
});

describe('pressedKeys', () => {
  it('resolves CmdOrCtrl per platform and orders modifiers', () => {
    expect(pressedKeys('Shift+CmdOrCtrl+Z', 'other')).toBe('Ctrl+Shift+Z');
    expect(pressedKeys('Shift+CmdOrCtrl+Z', 'mac')).toBe('Cmd+Shift+Z');
    expect(pressedKeys('Ctrl+Y', 'mac')).toBe('Ctrl+Y');
    expect(pressedKeys('Esc', 'other')).toBe('Escape');
  });
});
