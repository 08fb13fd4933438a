import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { OPERATION_NAMES, type GlossaBridge } from '../data/model/api';

/**
 * The desktop app itself: built main + preload + renderer in the real Electron binary.
 * Browser mode (the other specs) covers the renderer; this covers what only Electron has:
 * the preload bridge, the IPC router, the sandbox and the window's guards.
 */

const ROOT = resolve(__dirname, '..');

/**
 * Where require('electron') would point, found WITHOUT calling it: electron's index.js
 * downloads the binary when it is missing, and these machines cannot download it.
 * Same rules as node_modules/electron/index.js (path.txt, dist/, ELECTRON_OVERRIDE_DIST_PATH).
 */
const electronBinary = (): string | undefined => {
  const pkg = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(pkg, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : '';
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const candidate = override ? join(override, executable || 'electron') : executable ? join(pkg, 'dist', executable) : '';
  return candidate && existsSync(candidate) ? candidate : undefined;
};

const binary = electronBinary();

/** A small Traditional Chinese article: the first line is its title (plain-text import rule). */
const TITLE = '雲端優先策略';
const ARTICLE = `${TITLE}\n\n公共雲優先是本公司的基本方針，所有新系統都應先評估雲端方案。\n\n成本\n\n按用量付費，避免閒置的機房設備。\n`;

type GlossaWindow = { glossa: GlossaBridge };

test.describe('Electron app', () => {
  test.skip(!binary, 'Electron binary not installed on this machine (it cannot be downloaded here); browser-mode tests cover the renderer');

  let app: ElectronApplication;
  let notebook: string;
  let userData: string;

  test.beforeEach(async () => {
    expect(existsSync(join(ROOT, 'out', 'main', 'index.js')), 'build first: npx electron-vite build').toBe(true);
    notebook = mkdtempSync(join(tmpdir(), 'glossa-e2e-notebook-'));
    userData = mkdtempSync(join(tmpdir(), 'glossa-e2e-userdata-'));
    // binary exists, so Playwright's own require('electron') finds it without downloading.
    app = await electron.launch({
      args: ['.'],
      cwd: ROOT,
      // A separate user-data folder: its own single-instance lock and window state, so a
      // Glossa the developer has open neither blocks nor notices this run.
      env: { ...process.env, GLOSSA_NOTEBOOK: notebook, GLOSSA_USER_DATA: userData },
    });
  });

  test.afterEach(async () => {
    await app?.close();
    for (const dir of [notebook, userData]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  // Electron 45 has no public getter for a window's webPreferences; unit tests check the
  // options it is created with, and the page itself shows their effect here.
  test('exposes exactly the contract to an isolated, Node-free page', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const seen = await page.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      module: typeof (window as unknown as { module?: unknown }).module,
      glossa: Object.keys((window as unknown as GlossaWindow).glossa).sort(),
    }));
    expect(seen.require).toBe('undefined');
    expect(seen.process).toBe('undefined');
    expect(seen.module).toBe('undefined');
    expect(seen.glossa).toEqual([...OPERATION_NAMES, 'on'].sort());
  });

  test('imports a Chinese article through window.glossa and shows it', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    await expect(page).toHaveTitle(/Glossa/);

    const result = await page.evaluate(
      (text) => (window as unknown as GlossaWindow).glossa.importText({ text, fileName: 'cloud.txt' }),
      ARTICLE,
    );
    expect(result).toMatchObject({ ok: true, value: { title: TITLE } });
    expect(readdirSync(join(notebook, 'documents')).filter((f) => f.endsWith('.json'))).toHaveLength(1);

    // The renderer hears notebookChanged and lists the article; opening it shows its heading.
    const entry = page.getByText(TITLE).first();
    await expect(entry).toBeVisible();
    await entry.click();
    await expect(page.getByRole('heading', { name: TITLE }).first()).toBeVisible();
  });

  test('validates input in the main process and keeps the window on our page', async () => {
    const page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
    const invalid = await page.evaluate(() => (window as unknown as GlossaWindow).glossa.getDocument({ id: '' }));
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } });

    const before = page.url();
    await page.evaluate(() => {
      window.location.href = 'file:///etc/hostname';
    });
    await page.waitForTimeout(500);
    expect(page.url()).toBe(before);

    const menus = await app.evaluate(({ Menu }) => Menu.getApplicationMenu()?.items.map((i) => i.label.replace('&', '')) ?? []);
    expect(menus).toEqual(expect.arrayContaining(['File', 'Edit', 'View', 'Help']));
  });
});
