import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../data/model/api';
import type { Language } from '../../data/model/i18n/language';
import { SHORTCUT_DECLARATIONS, allKeys, shortcutById } from '../../data/model/shortcuts';
import { buildMenuTemplate, menuLabel, type MenuActions } from './menu-template';

type Item = MenuItemConstructorOptions;

const flatten = (items: Item[]): Item[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

const build = (overrides: { isPackaged?: boolean; platform?: NodeJS.Platform; language?: Language } = {}) => {
  const actions: MenuActions = { importFiles: vi.fn(), exportNotebook: vi.fn(), command: vi.fn(), about: vi.fn() };
  const template = buildMenuTemplate({ appName: 'Glossa', isPackaged: true, platform: 'linux', language: 'en', actions, ...overrides });
  const items = flatten(template);
  const byId = (id: string) => items.find((i) => i.id === id);
  const click = (id: string, focused?: BaseWindow) =>
    (byId(id)!.click as (item: unknown, win: BaseWindow | undefined, event: unknown) => void)({}, focused, {});
  return { template, items, byId, click, actions };
};

describe('buildMenuTemplate', () => {
  it('has File, Edit, View and Help menus in that order', () => {
    expect(build().template.map((m) => m.id)).toEqual(['file', 'edit', 'view', 'help']);
  });

  it('dispatches Import… and Export Notebook… to main-process actions', () => {
    const { click, actions } = build();
    click('importFiles');
    click('exportNotebook');
    expect(actions.importFiles).toHaveBeenCalledTimes(1);
    expect(actions.exportNotebook).toHaveBeenCalledTimes(1);
  });

  it.each(['exportCurrent', 'undo', 'redo', 'zoomIn', 'zoomOut', 'zoomReset', 'toggleTheme', 'toggleLibrary', 'toggleAnnotations', 'showShortcuts', 'commandPalette'] as const)(
    '%s goes to the renderer as a menuCommand, with the focused window',
    (id) => {
      const { click, actions, byId } = build();
      const focused = {} as BaseWindow;
      click(id, focused);
      expect(actions.command).toHaveBeenCalledWith(id, focused);
      expect(byId(id)!.role).toBeUndefined();
      expect(MENU_COMMANDS).toContain(id);
    },
  );

  it('uses the app undo stack, not the native undo/redo roles', () => {
    const roles = build().items.map((i) => i.role);
    expect(roles).not.toContain('undo');
    expect(roles).not.toContain('redo');
  });

  it('keeps the native clipboard roles', () => {
    const edit = build().template.find((m) => m.id === 'edit')!.submenu as Item[];
    expect(edit.map((i) => i.role).filter(Boolean)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('zooms the page with Electron roles, apart from the reader text size', () => {
    const { byId } = build();
    expect(byId('pageZoomIn')).toMatchObject({ role: 'zoomIn', label: 'Zoom In', accelerator: 'CmdOrCtrl+=' });
    expect(byId('pageZoomOut')).toMatchObject({ role: 'zoomOut', label: 'Zoom Out', accelerator: 'CmdOrCtrl+-' });
    expect(byId('pageZoomReset')).toMatchObject({ role: 'resetZoom', label: 'Actual Size', accelerator: 'CmdOrCtrl+0' });
    // Ctrl++ as well, hidden: the item shows one key.
    expect(byId('pageZoomIn-2')).toMatchObject({ role: 'zoomIn', accelerator: 'CmdOrCtrl+Plus', visible: false });
    expect(byId('zoomIn')).toMatchObject({ label: 'Larger Text', accelerator: 'CmdOrCtrl+Shift+.' });
    expect(byId('zoomOut')).toMatchObject({ label: 'Smaller Text', accelerator: 'CmdOrCtrl+Shift+,' });
    expect(byId('zoomReset')).toMatchObject({ label: 'Default Text Size' });
  });

  it('offers DevTools only in an unpackaged build', () => {
    expect(build({ isPackaged: true }).byId('toggleDevTools')).toBeUndefined();
    expect(build({ isPackaged: false }).byId('toggleDevTools')?.role).toBe('toggleDevTools');
  });

  it('has Quit in File and About in Help on Windows and Linux', () => {
    const { byId, click, actions } = build({ platform: 'win32' });
    expect(byId('quit')?.role).toBe('quit');
    click('about');
    expect(actions.about).toHaveBeenCalled();
  });

  it('moves About and Quit to the app menu on macOS, and adds the Window menu', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0].label).toBe('Glossa');
    const appItems = template[0].submenu as Item[];
    expect(appItems.map((i) => i.id ?? i.role)).toEqual(expect.arrayContaining(['about', 'quit']));
    const file = template.find((m) => m.id === 'file')!.submenu as Item[];
    expect(file.some((i) => i.role === 'quit')).toBe(false);
    expect(template.find((m) => m.id === 'window')?.role).toBe('windowMenu');
  });
});

describe('menu accelerators', () => {
  const declared = new Set(SHORTCUT_DECLARATIONS.flatMap(allKeys));

  it.each(['linux', 'darwin'] as const)('come from the shortcut declaration, each key on one item only (%s)', (platform) => {
    const items = build({ isPackaged: false, platform }).items.filter((i) => i.accelerator);
    for (const item of items) expect(declared, `${item.id}: ${String(item.accelerator)}`).toContain(item.accelerator);
    const accelerators = items.map((i) => i.accelerator);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });

  it('shows the keys the renderer binds: one export key each, the palette on Ctrl/⌘+K', () => {
    const { byId } = build();
    expect(byId('exportCurrent')?.accelerator).toBe('CmdOrCtrl+Shift+E');
    expect(byId('exportNotebook')?.accelerator).toBe(shortcutById('exportNotebook').keys[0]);
    expect(byId('exportNotebook')?.accelerator).not.toBe('CmdOrCtrl+Shift+E');
    expect(byId('commandPalette')?.accelerator).toBe('CmdOrCtrl+K');
    expect(byId('showShortcuts')?.accelerator).toBe('CmdOrCtrl+/');
    expect(byId('toggleTheme')?.accelerator).toBe('CmdOrCtrl+Shift+L');
    expect(byId('importFiles')?.accelerator).toBe('CmdOrCtrl+O');
  });
});

describe('menu labels', () => {
  it('are English by default', () => {
    const { template, byId } = build();
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    expect(byId('exportNotebook')?.label).toBe('Export Notebook…');
    expect(byId('pageZoomReset')?.label).toBe('Actual Size');
  });

  it('are in Traditional Chinese when that is the interface language, every item labelled', () => {
    const { template, items, byId } = build({ language: 'zh-Hant', isPackaged: false });
    expect(template.map((m) => m.label)).toEqual(['檔案(&F)', '編輯(&E)', '檢視(&V)', '說明(&H)']);
    expect(byId('importFiles')?.label).toBe('匯入…');
    expect(byId('exportCurrent')?.label).toBe('匯出目前的文章…');
    expect(byId('exportNotebook')?.label).toBe('匯出筆記本…');
    expect(byId('pageZoomIn')?.label).toBe('放大');
    expect(byId('zoomIn')?.label).toBe('放大文字');
    expect(byId('undo')?.label).toBe('復原');
    for (const item of items) if (item.type !== 'separator') expect(item.label, String(item.id ?? item.role)).toMatch(/\p{Script=Han}/u);
  });

  it('drop the Windows mnemonics on macOS', () => {
    const { template } = build({ language: 'zh-Hant', platform: 'darwin' });
    expect(template.map((m) => m.label)).toEqual(['Glossa', '檔案', '編輯', '檢視', '視窗', '說明']);
    expect(menuLabel('&File', true)).toBe('File');
    expect(menuLabel('Salt && Pepper', false)).toBe('Salt && Pepper');
  });
});
