import { describe, expect, it, vi } from 'vitest';
import type { WindowState } from './window-bounds';
import { WindowRegistry } from './window-registry';
import type { WindowStateFile } from './window-state';

/** Electron, reduced to what openMainWindow touches; every created window is recorded. */
const electron = vi.hoisted(() => {
  const created: FakeBrowserWindow[] = [];
  class FakeBrowserWindow {
    readonly listeners = new Map<string, () => void>();
    readonly webContents = { id: 11, send: () => {}, isDestroyed: () => false };
    readonly maximize = vi.fn();
    readonly show = vi.fn();
    readonly loadFile = vi.fn(async (_path: string) => {});
    constructor(readonly options: Record<string, unknown>) {
      created.push(this);
    }
    once(event: string, cb: () => void) {
      this.listeners.set(event, cb);
      return this;
    }
    on(event: string, cb: () => void) {
      this.listeners.set(event, cb);
      return this;
    }
    isDestroyed() {
      return false;
    }
  }
  return {
    created,
    BrowserWindow: FakeBrowserWindow,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }] },
  };
});
vi.mock('electron', () => ({ BrowserWindow: electron.BrowserWindow, screen: electron.screen }));

const { openMainWindow } = await import('./main-window');

const stateFile = (saved: WindowState | null) => ({ load: vi.fn(async () => saved), track: vi.fn() }) as unknown as WindowStateFile;

describe('openMainWindow', () => {
  it('creates a hidden, secure window with only our preload, registers it and loads our page', async () => {
    const windows = new WindowRegistry();
    const state = stateFile(null);
    await openMainWindow({ preloadPath: '/app/out/preload/index.js', indexHtml: '/app/out/renderer/index.html', windows: windows as never, windowState: state });
    const win = electron.created.at(-1)!;
    expect(win.options).toMatchObject({
      show: false,
      width: 1280,
      height: 820,
      webPreferences: { preload: '/app/out/preload/index.js', contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true },
    });
    expect([...windows.contentsIds]).toEqual([11]);
    expect(state.track).toHaveBeenCalledWith(win);
    expect(win.loadFile).toHaveBeenCalledWith('/app/out/renderer/index.html');
  });

  it('restores saved bounds that fit a display, maximised if it was, and shows on first paint', async () => {
    await openMainWindow({
      preloadPath: '/p.js',
      indexHtml: '/i.html',
      windows: new WindowRegistry() as never,
      windowState: stateFile({ bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true }),
    });
    const win = electron.created.at(-1)!;
    expect(win.options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 });
    expect(win.show).not.toHaveBeenCalled();
    win.listeners.get('ready-to-show')!();
    expect(win.maximize).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
  });

  it('ignores saved bounds on a display that is gone', async () => {
    await openMainWindow({
      preloadPath: '/p.js',
      indexHtml: '/i.html',
      windows: new WindowRegistry() as never,
      windowState: stateFile({ bounds: { x: 4000, y: 0, width: 1000, height: 700 }, maximized: false }),
    });
    expect(electron.created.at(-1)!.options).not.toHaveProperty('x');
  });
});
