// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { mountRoot, unmountRoot } from '../test-support/react-root';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReaderProps } from '../reader/reader-props';
import { createFakeBridge, type FakeBridge } from '../state/test-support/fake-bridge';
import { App } from './app';

// The real reader paints with the CSS Custom Highlight API, which happy-dom lacks; the shell
// is what is under test, so a stand-in shows what the shell hands the reader.
vi.mock('../reader/reader', () => ({
  Reader: (props: ReaderProps) => (
    <div data-testid="reader" data-font-size={props.fontSize} data-labels={props.colorLabels.yellow}>
      <h1>{props.document.title}</h1>
      <button type="button" onClick={() => props.onCreate({ start: 0, end: 3, color: 'pink', intent: 'note', tags: [] })}>
        create
      </button>
    </div>
  ),
}));
vi.mock('../api', () => ({ glossa: null, host: 'browser' }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;
const flush = async (ms = 200) => {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, ms / 5)));
};
const render = async (bridge: FakeBridge) => {
  await act(async () => root.render(<App bridge={bridge} />));
  await flush(400);
};
const key = async (init: KeyboardEventInit) => {
  await act(async () => void window.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, ...init })));
};

beforeEach(() => {
  Object.defineProperty(navigator, 'languages', { value: ['en-US'], configurable: true });
  ({ container, root } = mountRoot());
});
afterEach(async () => {
  await unmountRoot({ container, root });
});

describe('App', () => {
  it('imports the welcome article into an empty notebook once and opens it', async () => {
    const bridge = createFakeBridge();
    await render(bridge);
    expect(bridge.calls.filter((c) => c.name === 'importText')).toHaveLength(1);
    expect(bridge.settings.welcomeShown).toBe(true);
    expect(container.querySelector('[data-testid="reader"] h1')?.textContent).toContain('Welcome to Glossa');
    expect(container.querySelector('header')).not.toBeNull();
    expect(container.querySelector('nav')).not.toBeNull();
    expect(container.querySelector('main')).not.toBeNull();
    expect(container.querySelector('aside')).not.toBeNull();
    expect(container.querySelectorAll('[role="separator"][aria-valuenow]')).toHaveLength(2);
  });

  it('says which files came back from a backup when the notebook opened, and from when', async () => {
    const bridge = createFakeBridge();
    bridge.settings = { welcomeShown: true };
    bridge.recovered = [{ path: 'documents/d1.json', backupId: '2026-05-01T08-00-00-000Z', backedUpAt: '2026-05-01T08:00:00.000Z' }];
    await render(bridge);
    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('A damaged or missing file (documents/d1.json) was recovered from the backup of');
    // In the interface language (English here), as every other date in the app.
    expect(alert?.textContent).toContain(new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-05-01T08:00:00.000Z')));

    // Switching the language re-words the notice already on screen, its date included.
    const select = container.querySelector<HTMLSelectElement>('.language-select')!;
    await act(async () => {
      select.value = 'zh-Hant';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    const zh = container.querySelector('[role="alert"]')?.textContent;
    expect(zh).toContain('損壞或遺失的檔案（documents/d1.json）已從');
    expect(zh).toContain(new Intl.DateTimeFormat('zh-Hant', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date('2026-05-01T08:00:00.000Z')));
  });

  it('does not import the welcome article again once shown', async () => {
    const bridge = createFakeBridge();
    bridge.settings = { welcomeShown: true };
    await render(bridge);
    expect(bridge.calls.some((c) => c.name === 'importText')).toBe(false);
    expect(container.textContent).toContain('Your library is empty');
  });

  it('lists documents, opens one, creates a note annotation and undoes it with Ctrl+Z', async () => {
    const bridge = createFakeBridge({ documents: [{ title: '阿里雲的棋局', text: '阿里云正面向未來下注。' }] });
    bridge.settings = { welcomeShown: true, language: 'zh-Hant', theme: 'dark', fontSize: 20 };
    await render(bridge);
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(document.documentElement.lang).toBe('zh-Hant');
    const open = container.querySelector<HTMLButtonElement>('.document-open')!;
    expect(open.title).toBe('阿里雲的棋局');
    await act(async () => open.click());
    await flush();
    const reader = container.querySelector<HTMLElement>('[data-testid="reader"]')!;
    expect(reader.dataset.fontSize).toBe('20');
    expect(reader.dataset.labels).toBe('黃色');

    await act(async () => reader.querySelector('button')!.click());
    await flush();
    const docId = [...bridge.files.keys()][0];
    expect(bridge.files.get(docId)!.annotations).toHaveLength(1);
    expect(container.querySelectorAll('.annotation-card')).toHaveLength(1);
    // intent "note" opens that annotation's note editor.
    expect(container.querySelector('.annotation-card textarea')).not.toBeNull();

    (document.activeElement as HTMLElement | null)?.blur();
    await key({ key: 'z', ctrlKey: true });
    await flush();
    expect(bridge.files.get(docId)!.annotations).toHaveLength(0);
    expect(container.querySelectorAll('.annotation-card')).toHaveLength(0);
  });

  it('opens the shortcuts dialog with ? and the command palette with Ctrl+K', async () => {
    const bridge = createFakeBridge();
    bridge.settings = { welcomeShown: true };
    await render(bridge);
    await key({ key: '?', shiftKey: true });
    const dialog = document.querySelector('dialog');
    expect(dialog?.textContent).toContain('Keyboard shortcuts');
    expect(dialog?.textContent).toContain('1–6');
    await act(async () => dialog!.querySelector<HTMLButtonElement>('.dialog-header button')!.click());
    expect(document.querySelector('dialog')).toBeNull();

    await key({ key: 'k', ctrlKey: true });
    const input = document.querySelector<HTMLInputElement>('dialog input[role="combobox"]');
    expect(input).not.toBeNull();
    expect(document.querySelectorAll('[role="option"]').length).toBeGreaterThan(10);
  });

  it('leaves Ctrl+= to page zoom, makes the text larger with Ctrl+Shift+> and saves the size in the notebook', async () => {
    const bridge = createFakeBridge();
    bridge.settings = { welcomeShown: true, fontSize: 18 };
    await render(bridge);
    const pageZoom = new KeyboardEvent('keydown', { key: '=', code: 'Equal', ctrlKey: true, bubbles: true, cancelable: true });
    await act(async () => void window.dispatchEvent(pageZoom));
    expect(pageZoom.defaultPrevented).toBe(false);
    await key({ key: '>', code: 'Period', ctrlKey: true, shiftKey: true });
    await flush();
    expect(bridge.settings.fontSize).toBe(19);
  });

  it('runs menu commands from the host', async () => {
    const bridge = createFakeBridge();
    bridge.settings = { welcomeShown: true, theme: 'light' };
    await render(bridge);
    await act(async () => bridge.emit('menuCommand', { command: 'toggleTheme' }));
    await flush();
    expect(bridge.settings.theme).toBe('dark');
    await act(async () => bridge.emit('menuCommand', { command: 'toggleLibrary' }));
    await flush();
    expect(bridge.settings.hiddenPanes).toEqual(['library']);
    expect(container.querySelector('nav')).toBeNull();
  });

  it('shows orphans in their own section and a filter with no results says so', async () => {
    const bridge = createFakeBridge({ documents: [{ title: 'Doc', text: 'Alpha beta gamma delta.' }] });
    bridge.settings = { welcomeShown: true };
    const docId = [...bridge.files.keys()][0];
    await bridge.createAnnotation({ documentId: docId, anchor: { start: 0, end: 5 }, color: 'blue', tags: ['史'] });
    await bridge.createAnnotation({ documentId: docId, anchor: { start: 6, end: 10 }, note: '**gone**' });
    const file = bridge.files.get(docId)!;
    file.annotations = file.annotations.map((a, i) => (i === 1 ? { ...a, state: 'orphaned' } : a));
    await render(bridge);
    await act(async () => container.querySelector<HTMLButtonElement>('.document-open')!.click());
    await flush();
    const orphans = container.querySelector('.section-orphans')!;
    expect(orphans.textContent).toContain('Not found in the current text');
    expect(orphans.querySelector('blockquote')?.textContent).toBe('beta');
    expect(orphans.querySelector('.markdown strong')?.textContent).toBe('gone');

    await act(async () => container.querySelector<HTMLButtonElement>('.swatch-button.swatch-pink')!.click());
    expect(container.textContent).toContain('No annotations match this filter.');
    await act(async () => container.querySelector<HTMLButtonElement>('.empty-state .button')!.click());
    expect(container.querySelectorAll('.annotation-card')).toHaveLength(2);
  });
});
