import type { BaseWindow, MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS } from '../../data/model/api';
import { buildMenuTemplate, type MenuActions } from './menu-template';

type Item = MenuItemConstructorOptions;

const flatten = (items: Item[]): Item[] =>
  items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);

const build = (overrides: { isPackaged?: boolean; platform?: NodeJS.Platform } = {}) => {
  const actions: MenuActions = { importFiles: vi.fn(), exportNotebook: vi.fn(), command: vi.fn(), about: vi.fn() };
  const template = buildMenuTemplate({ appName: 'Glossa', isPackaged: true, platform: 'linux', actions, ...overrides });
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

  it('moves About and Quit to the app menu on macOS', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template[0].label).toBe('Glossa');
    const appItems = template[0].submenu as Item[];
    expect(appItems.map((i) => i.id ?? i.role)).toEqual(expect.arrayContaining(['about', 'quit']));
    const file = template.find((m) => m.id === 'file')!.submenu as Item[];
    expect(file.some((i) => i.role === 'quit')).toBe(false);
  });

  it('gives every accelerator to one item only', () => {
    const accelerators = build({ isPackaged: false }).items.map((i) => i.accelerator).filter(Boolean);
    expect(new Set(accelerators).size).toBe(accelerators.length);
  });
});
