import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES } from '../../data/model/api';
import { eventChannel, operationChannel } from '../../data/model/channels';

/**
 * The boot wiring, run for real against a mocked Electron: index.ts is imported as the app
 * would run it, with a real notebook store and service in a temp folder.
 */
const fake = vi.hoisted(() => {
  const appListeners = new Map<string, (...args: unknown[]) => void>();
  const handlers = new Map<string, (event: unknown, input: unknown) => Promise<unknown>>();
  const windows: { options: Record<string, unknown>; webContents: { id: number; send: ReturnType<typeof vi.fn> }; loaded?: string }[] = [];
  let nextId = 1;
  class BrowserWindow {
    readonly webContents = { id: nextId++, send: vi.fn(), isDestroyed: () => false };
    loaded?: string;
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    once() {}
    on() {}
    isDestroyed = () => false;
    isVisible = () => true;
    isMinimized = () => false;
    show() {}
    focus() {}
    async loadFile(path: string) {
      this.loaded = path;
    }
  }
  const userData = { path: '' };
  return {
    appListeners,
    handlers,
    windows,
    menu: { template: undefined as unknown },
    electron: {
      app: {
        setPath: vi.fn((_name: string, path: string) => void (userData.path = path)),
        getPath: () => userData.path,
        enableSandbox: vi.fn(),
        requestSingleInstanceLock: vi.fn(() => true),
        isDefaultProtocolClient: vi.fn(() => false),
        setAsDefaultProtocolClient: vi.fn(() => true),
        whenReady: async () => {},
        on: (event: string, cb: (...args: unknown[]) => void) => void appListeners.set(event, cb),
        quit: vi.fn(),
        exit: vi.fn(),
        getName: () => 'Glossa',
        getPreferredSystemLanguages: () => ['en-US'],
        getLocale: () => 'en-US',
        getVersion: () => '0.1.0',
        isPackaged: false,
      },
      BrowserWindow,
      screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
      session: {
        defaultSession: {
          setPermissionRequestHandler: vi.fn(),
          setPermissionCheckHandler: vi.fn(),
          on: vi.fn(),
          webRequest: { onHeadersReceived: vi.fn() },
        },
      },
      ipcMain: {
        handle: (channel: string, h: (event: unknown, input: unknown) => Promise<unknown>) => void handlers.set(channel, h),
        removeHandler: () => {},
      },
      Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: vi.fn() },
      dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })), showErrorBox: vi.fn(), showOpenDialog: vi.fn() },
      shell: { openExternal: vi.fn(async () => {}) },
    },
  };
});
vi.mock('electron', () => fake.electron);

// One boot for the whole file (index.ts runs once per import), so the folders live until the end.
const notebook = mkdtempSync(join(tmpdir(), 'glossa-boot-notebook-'));
const userData = mkdtempSync(join(tmpdir(), 'glossa-boot-userdata-'));
const saved = { argv: process.argv, defaultApp: process.defaultApp, env: { ...process.env } };
const setDefaultApp = (value: boolean | undefined) =>
  Object.defineProperty(process, 'defaultApp', { value, configurable: true, writable: true });
afterAll(() => {
  process.argv = saved.argv;
  setDefaultApp(saved.defaultApp);
  process.env = saved.env;
  for (const dir of [notebook, userData]) rmSync(dir, { recursive: true, force: true });
});

const boot = async () => {
  process.env.GLOSSA_NOTEBOOK = notebook;
  process.env.GLOSSA_USER_DATA = userData;
  process.argv = ['/x/electron', '.'];
  setDefaultApp(true);
  await import('./index');
  await vi.waitFor(() => expect(fake.windows[0]?.loaded).toBeDefined(), { timeout: 25_000 });
};

describe('electron/main/index.ts boot', () => {
  it('takes the single-instance lock in its own user-data folder, with the sandbox forced on', async () => {
    await boot();
    expect(fake.electron.app.setPath).toHaveBeenCalledWith('userData', userData);
    expect(fake.electron.app.requestSingleInstanceLock).toHaveBeenCalled();
    expect(fake.electron.app.enableSandbox).toHaveBeenCalled();
    expect(fake.electron.app.quit).not.toHaveBeenCalled();
  });

  it('opens the notebook in GLOSSA_NOTEBOOK and locks the session down', () => {
    expect(existsSync(join(notebook, 'library.json'))).toBe(true);
    const ses = fake.electron.session.defaultSession;
    expect(ses.setPermissionRequestHandler).toHaveBeenCalled();
    expect(ses.setPermissionCheckHandler).toHaveBeenCalled();
    expect(ses.webRequest.onHeadersReceived).toHaveBeenCalled();
  });

  it('grants a clipboard write to our window\'s page only, and prepares the save dialog of its exports', () => {
    const ses = fake.electron.session.defaultSession;
    const check = ses.setPermissionCheckHandler.mock.calls[0][0] as (...args: unknown[]) => boolean;
    const win = fake.windows[0];
    const url = pathToFileURL(win.loaded!).href;
    expect(check(win.webContents, 'clipboard-sanitized-write', 'file://', { requestingUrl: url, isMainFrame: true })).toBe(true);
    expect(check({ id: 999 }, 'clipboard-sanitized-write', 'file://', { requestingUrl: url, isMainFrame: true })).toBe(false);
    expect(check(win.webContents, 'clipboard-read', 'file://', { requestingUrl: url, isMainFrame: true })).toBe(false);
    const willDownload = ses.on.mock.calls.find(([name]) => name === 'will-download')![1] as (...args: unknown[]) => void;
    const item = { getURL: () => 'blob:file:///x', getFilename: () => 'a.md', setSaveDialogOptions: vi.fn(), getSavePath: () => '', once: vi.fn() };
    willDownload({ preventDefault: vi.fn() }, item, win.webContents);
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith(expect.objectContaining({ title: 'Save the article as Markdown', defaultPath: expect.stringMatching(/a\.md$/) }));
    expect(item.once).toHaveBeenCalledWith('done', expect.any(Function));
  });

  it('registers one handler per operation, answering our window and refusing others', async () => {
    expect([...fake.handlers.keys()].sort()).toEqual(OPERATION_NAMES.map(operationChannel).sort());
    const win = fake.windows[0];
    const url = pathToFileURL(win.loaded!).href;
    const list = fake.handlers.get(operationChannel('listDocuments'))!;
    expect(await list({ sender: { id: win.webContents.id }, senderFrame: { url, parent: null } }, {})).toEqual({ ok: true, value: [] });
    expect(await list({ sender: { id: 999 }, senderFrame: { url, parent: null } }, {})).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('opens one secure window with our preload and page, and sets the menu', () => {
    expect(fake.windows).toHaveLength(1);
    const prefs = fake.windows[0].options.webPreferences as Record<string, unknown>;
    expect(prefs).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
    expect(String(prefs.preload)).toMatch(/preload[\\/]index\.js$/);
    expect(fake.windows[0].loaded).toMatch(/renderer[\\/]index\.html$/);
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(1);
  });

  it('guards every webContents the app creates and handles second launches and quitting', () => {
    for (const event of ['web-contents-created', 'second-instance', 'open-url', 'window-all-closed', 'will-quit', 'activate']) {
      expect(fake.appListeners.has(event)).toBe(true);
    }
    const contents = { on: vi.fn(), setWindowOpenHandler: vi.fn() };
    fake.appListeners.get('web-contents-created')!({}, contents);
    expect(contents.setWindowOpenHandler).toHaveBeenCalled();
    expect(contents.on.mock.calls.map(([name]) => name)).toEqual(expect.arrayContaining(['will-navigate', 'will-attach-webview']));
  });

  it('handles glossa:// links: registered, and a link from a second launch or macOS opens the passage', async () => {
    expect(fake.electron.app.setAsDefaultProtocolClient).toHaveBeenCalledWith('glossa', process.execPath, [process.cwd()]);
    const send = fake.windows[0].webContents.send;
    send.mockClear();
    fake.appListeners.get('second-instance')!({}, ['/x/electron', '.', 'glossa://open?doc=d1&annotation=a1'], '/tmp');
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith(eventChannel('openLink'), { documentId: 'd1', annotationId: 'a1' }));
    const preventDefault = vi.fn();
    fake.appListeners.get('open-url')!({ preventDefault }, 'glossa://open?doc=d2');
    expect(preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(send).toHaveBeenCalledWith(eventChannel('openLink'), { documentId: 'd2' }));
    send.mockClear();
    fake.appListeners.get('open-url')!({ preventDefault }, 'glossa://delete?doc=d2');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(send).not.toHaveBeenCalled();
  });

  it('reports no notebook problems for a clean notebook', () => {
    expect(fake.electron.dialog.showMessageBox).not.toHaveBeenCalled();
    expect(fake.electron.dialog.showErrorBox).not.toHaveBeenCalled();
  });

  it('speaks the interface language in its menu, rebuilt when the setting changes', async () => {
    type Item = { id?: string; label?: string; submenu?: Item[] };
    const lastMenu = () => fake.electron.Menu.setApplicationMenu.mock.lastCall![0] as Item[];
    const find = (items: Item[], id: string): Item | undefined =>
      items.map((i) => (i.id === id ? i : i.submenu && find(i.submenu, id))).find(Boolean);
    expect(find(lastMenu(), 'exportNotebook')?.label).toBe('Export Notebook…');

    const win = fake.windows[0];
    const update = fake.handlers.get(operationChannel('updateSettings'))!;
    const caller = { sender: { id: win.webContents.id }, senderFrame: { url: pathToFileURL(win.loaded!).href, parent: null } };
    await update(caller, { patch: { language: 'zh-Hant' } });
    expect(lastMenu().map((m) => m.label)).toEqual(['檔案(&F)', '編輯(&E)', '檢視(&V)', '說明(&H)']);
    expect(find(lastMenu(), 'exportNotebook')?.label).toBe('匯出筆記本…');

    // Another setting leaves the menu alone; 'system' is English here.
    const built = fake.electron.Menu.setApplicationMenu.mock.calls.length;
    await update(caller, { patch: { theme: 'dark' } });
    expect(fake.electron.Menu.setApplicationMenu).toHaveBeenCalledTimes(built);
    await update(caller, { patch: { language: 'system' } });
    expect(find(lastMenu(), 'exportNotebook')?.label).toBe('Export Notebook…');
  });

  it('a second instance without the lock quits at once, opening nothing', async () => {
    vi.resetModules();
    fake.appListeners.clear();
    fake.electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await import('./index');
    expect(fake.electron.app.quit).toHaveBeenCalledTimes(1);
    expect(fake.appListeners.size).toBe(0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(fake.windows).toHaveLength(1);
  });
});
