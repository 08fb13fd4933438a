import { app, BrowserWindow, dialog, ipcMain, Menu, session, shell } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { NotebookService } from '../../data/service';
import { NotebookStore } from '../../data/store/notebook-store';
import { startAutoBackup } from '../../data/store/backup-schedule';
import { parseDeepLink, type DeepLink } from '../../data/model/deep-link';
import { notebookDirIn } from '../../data/store/notebook-location';
import { translate } from '../../data/model/i18n/catalogue';
import type { Language } from '../../data/model/i18n/language';
import { filesFromArgv } from './argv-files';
import { deepLinksFromArgv, registerProtocol } from './deep-links';
import { forwardServiceEvents, sendOpenLink } from './event-forwarding';
import { createExportDownloads } from './export-downloads';
import { importPaths } from './import-files';
import { followLanguage, interfaceLanguageOf, observeSettings, systemLanguageTags } from './interface-language';
import { registerIpcRouter } from './ipc-router';
import { openMainWindow, whenShown } from './main-window';
import { createMenuActions } from './menu-actions';
import { buildMenuTemplate } from './menu-template';
import { notebookProblemsText } from './messages';
import { showBox } from './native-dialogs';
import { guardSession, makeIsOwnPage } from './session-guards';
import { focusWindow, handleSecondInstance } from './single-instance';
import { makeIsTrustedSender } from './trusted-sender';
import { guardWebContents } from './web-contents-guards';
import { WindowRegistry } from './window-registry';
import { WINDOW_STATE_FILE, WindowStateFile } from './window-state';

/** Boot wiring only: every decision lives in a small module beside this one. */

const log = (message: string, err?: unknown) => console.error(`glossa: ${message}`, ...(err === undefined ? [] : [err]));

// Built layout (electron-vite): out/main/index.js, out/preload/index.js, out/renderer/index.html.
const preloadPath = join(__dirname, '../preload/index.js');
const indexHtml = join(__dirname, '../renderer/index.html');
const appUrl = pathToFileURL(indexHtml).href;

// A separate user-data folder (tests, a second profile) must be set before the lock, which lives in it.
if (process.env.GLOSSA_USER_DATA) app.setPath('userData', process.env.GLOSSA_USER_DATA);
app.enableSandbox();
const windowState = new WindowStateFile(join(app.getPath('userData'), WINDOW_STATE_FILE), log);

/** Links that arrived (macOS 'open-url') before the window could take them. */
const earlyLinks: DeepLink[] = [];
let started = false;

const start = async () => {
  await app.whenReady();
  const store = await NotebookStore.open(process.env.GLOSSA_NOTEBOOK || notebookDirIn(app.getPath('userData')));
  const service = new NotebookService(store);
  const windows = new WindowRegistry<BrowserWindow>();
  /** The interface language as the renderer resolves it: the notebook's setting, else the system's. */
  const interfaceLanguage = (): Language => interfaceLanguageOf(store.settings().language, systemLanguageTags(app));
  // Before any window exists: the guards must see every page from its first request.
  guardSession(session.defaultSession, {
    log,
    isOwnPage: makeIsOwnPage(windows.contentsIds, appUrl),
    onOwnDownload: createExportDownloads({
      defaultFolder: () => app.getPath('downloads'),
      title: () => translate(interfaceLanguage(), 'export.saveDialogTitle'),
      ourContentsIds: windows.contentsIds,
      log,
    }),
  });
  forwardServiceEvents(service, windows);
  const backups = startAutoBackup(service, store.dir, { log });
  const openWindow = () => openMainWindow({ preloadPath, indexHtml, windows, windowState });
  const importFiles = (paths: string[], parent?: BrowserWindow) =>
    importPaths({ service, dialog, log, language: interfaceLanguage }, paths, parent);

  const actions = createMenuActions({
    service,
    dialog,
    windows,
    log,
    language: interfaceLanguage,
    about: { name: app.getName(), version: app.getVersion(), versions: process.versions },
  });
  // The menu speaks the interface language and is rebuilt when the person changes it.
  const menuFollowsLanguage = followLanguage(interfaceLanguage, (language) =>
    Menu.setApplicationMenu(
      Menu.buildFromTemplate(buildMenuTemplate({ appName: app.getName(), isPackaged: app.isPackaged, platform: process.platform, actions, language })),
    ),
  );
  const hosted = observeSettings(service, menuFollowsLanguage);
  registerIpcRouter({ ipcMain, service: hosted, isTrustedSender: makeIsTrustedSender(windows.contentsIds, appUrl), log });

  const win = await openWindow();
  await whenShown(win);
  const problems = notebookProblemsText(interfaceLanguage(), store.problems);
  if (problems) void showBox(dialog, win, { type: 'warning', ...problems });
  await importFiles(filesFromArgv(process.argv, { defaultApp: process.defaultApp === true, cwd: process.cwd() }), win);
  const openLinks = (links: DeepLink[]) => {
    const main = windows.main();
    if (main && links.length > 0) focusWindow(main);
    for (const link of links) sendOpenLink(windows, link);
  };
  openLinks([...deepLinksFromArgv(process.argv), ...earlyLinks.splice(0)]);
  return { windows, openWindow, importFiles, openLinks, backups };
};

if (!app.requestSingleInstanceLock()) {
  // Another instance owns the notebook; it receives our argv through 'second-instance'.
  app.quit();
} else {
  if (!registerProtocol(app, { defaultApp: process.defaultApp === true, execPath: process.execPath, appPath: process.argv[1] })) {
    log('could not register as the handler of glossa:// links');
  }
  app.on('web-contents-created', (_event, contents) => {
    guardWebContents(contents, { appUrl, openExternal: (url) => shell.openExternal(url), log });
  });

  const ready = start();
  ready.then(() => (started = true), () => undefined);
  ready.catch((err: unknown) => {
    log('could not start', err);
    // The notebook (and so the language setting) may be what failed: the system's language.
    const language = interfaceLanguageOf('system', systemLanguageTags(app));
    dialog.showErrorBox(translate(language, 'host.couldNotStart'), String((err as Error)?.message ?? err));
    app.exit(1);
  });

  app.on('second-instance', (_event, argv, workingDirectory) => {
    void ready
      .then(async (ctx) => {
        await handleSecondInstance(argv, workingDirectory, { mainWindow: () => ctx.windows.main(), defaultApp: process.defaultApp === true, importPaths: ctx.importFiles });
        ctx.openLinks(deepLinksFromArgv(argv));
      })
      .catch((err: unknown) => log('second launch failed', err));
  });

  // macOS hands a clicked glossa:// link over here, possibly before the window exists.
  app.on('open-url', (event, url) => {
    event.preventDefault();
    const link = parseDeepLink(url);
    if (!link) return log(`ignored a link that is not a Glossa passage: ${url.slice(0, 200)}`);
    if (!started) earlyLinks.push(link);
    else void ready.then((ctx) => ctx.openLinks([link]));
  });

  // macOS keeps the app running without windows; clicking the dock icon opens one again.
  app.on('activate', () => {
    void ready.then((ctx) => (ctx.windows.main() ? undefined : ctx.openWindow())).catch((err: unknown) => log('could not reopen', err));
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // The window's size is saved on close; let that write finish before the process ends.
  let flushed = false;
  app.on('will-quit', (event) => {
    if (flushed) return;
    flushed = true;
    event.preventDefault();
    void Promise.all([windowState.whenIdle(), ready.then((ctx) => ctx.backups.stop(), () => undefined)]).finally(() => app.quit());
  });
}
