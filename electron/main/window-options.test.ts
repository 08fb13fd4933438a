import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences } from './window-options';

const PRELOAD = '/app/out/preload/index.js';

describe('secureWebPreferences', () => {
  const prefs = secureWebPreferences(PRELOAD);

  it('isolates and sandboxes the renderer, without Node and with web security on', () => {
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
    });
  });

  it('keeps dropped files from navigating the window', () => {
    expect(prefs.navigateOnDragDrop).toBe(false);
  });

  it('loads our preload and no other script into the page', () => {
    expect(prefs.preload).toBe(PRELOAD);
    const extras = ['additionalArguments', 'enableBlinkFeatures', 'disableBlinkFeatures', 'partition', 'session'];
    for (const key of extras) expect(prefs).not.toHaveProperty(key);
  });
});

describe('mainWindowOptions', () => {
  it('hides the window until it is ready, at the given bounds, with the secure preferences', () => {
    const options = mainWindowOptions(PRELOAD, { x: 10, y: 20, width: 1000, height: 700 });
    expect(options).toMatchObject({ x: 10, y: 20, width: 1000, height: 700, show: false, title: 'Glossa' });
    expect(options.webPreferences).toEqual(secureWebPreferences(PRELOAD));
  });

  it('leaves the position to Electron (centred) when none is given', () => {
    const options = mainWindowOptions(PRELOAD, { width: 1280, height: 820 });
    expect(options).not.toHaveProperty('x');
    expect(options).not.toHaveProperty('y');
  });
});
