// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { mountRoot, unmountRoot } from '../test-support/react-root';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReaderProps } from '../reader/reader-props';
import { createFakeBridge } from '../state/test-support/fake-bridge';
import { withExportOps } from '../state/test-support/fake-export-ops';
import { App } from './app';

vi.mock('../reader/reader', () => ({
  Reader: (props: ReaderProps) => <h1 data-testid="reader">{props.document.title}</h1>,
}));
vi.mock('../api', () => ({ glossa: null, host: 'browser' }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;
const downloads: { name: string; text: string }[] = [];
const flush = async (ms = 200) => {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, ms / 5)));
};
const click = async (el: Element | null | undefined, ms?: number) => {
  expect(el).toBeTruthy();
  await act(async () => (el as HTMLElement).click());
  await flush(ms);
};
const $ = <E extends Element = HTMLElement>(sel: string) => container.querySelector<E>(sel);
const $$ = (sel: string) => [...container.querySelectorAll<HTMLElement>(sel)];
const button = (text: string) => $$('dialog button').find((b) => b.textContent === text);
const radio = (label: string) => $$('.export-choice').find((l) => l.textContent?.startsWith(label))?.querySelector('input');

const setup = async () => {
  const bridge = withExportOps(
    createFakeBridge({
      documents: [
        { title: 'Beta article', text: 'Alpha beta gamma delta epsilon.' },
        { title: '雲端', text: '公共云優先。大模型需要算力。' },
      ],
    }),
  );
  bridge.settings = { welcomeShown: true, language: 'en' };
  const [d1] = [...bridge.files.keys()];
  await bridge.createAnnotation({ documentId: d1, anchor: { start: 0, end: 5 }, tags: ['研究'], color: 'yellow', note: '' });
  await act(async () => root.render(<App bridge={bridge} />));
  await flush(400);
  return bridge;
};

beforeEach(() => {
  Object.defineProperty(navigator, 'languages', { value: ['en-US'], configurable: true });
  ({ container, root } = mountRoot());
  downloads.length = 0;
  // Blob downloads: record what would be saved.
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:x');
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ name: this.download, text: '' });
  });
});
afterEach(async () => {
  await unmountRoot({ container, root });
  vi.restoreAllMocks();
});

describe('export dialog', () => {
  it('opens from the toolbar and downloads the whole notebook, offering each file again', async () => {
    const bridge = await setup();
    await click($('[aria-label="Export as Markdown…"]'));
    expect($('dialog.export-dialog h2')?.textContent).toBe('Export as Markdown');
    await click(radio('The whole notebook: 2 articles'));
    expect($('.export-folder-hint code')?.textContent).toBe('glossa export --all --dir …');
    expect(button('Copy to clipboard')?.hasAttribute('disabled')).toBe(true);
    await click(button('Download'), 1500);
    expect(downloads.map((d) => d.name)).toEqual(['Beta article.md', '雲端.md', 'Glossa index.md']);
    expect($$('.export-file-list button').map((b) => b.textContent)).toEqual([
      'Download Beta article.md',
      'Download 雲端.md',
      'Download Glossa index.md',
    ]);
    expect(bridge.calls.filter((c) => c.name === 'exportMarkdown')).toHaveLength(3);
    // A page cannot know whether the browser kept a download: it says they are downloading.
    expect($$('.notice').map((n) => n.textContent).join(' ')).toContain('Downloading 3 files');
    expect($$('.notice').map((n) => n.textContent).join(' ')).not.toContain('Saved');
  });

  it('says in words of its own when the clipboard refuses, and stays open', async () => {
    await setup();
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const writeText = vi.fn(async () => {
      throw new DOMException('Document is not focused.', 'NotAllowedError');
    });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await click($$('.document-list button').find((b) => b.textContent?.includes('Beta article')));
    await click($('[aria-label="Export as Markdown…"]'));
    await click(button('Copy to clipboard'));
    expect(writeText).toHaveBeenCalled();
    const text = $$('.notice').map((n) => n.textContent).join(' ');
    expect(text).toContain('Could not copy to the clipboard: the system refused.');
    expect(text).not.toContain('Document is not focused');
    expect($('dialog.export-dialog')).not.toBeNull();
  });

  it('exports a tag note in the chosen format, without deep links when unticked', async () => {
    const bridge = await setup();
    await click($('[aria-label="Export as Markdown…"]'));
    await click(radio('Every excerpt with a tag'));
    expect($<HTMLInputElement>('.export-tag input')?.value).toBe('研究');
    await click(radio('Annotated article'));
    await click($$('.export-choice input[type="checkbox"]')[0]);
    await click(button('Download'));
    expect(downloads.map((d) => d.name)).toEqual(['Tag 研究.md']);
    expect(bridge.calls.find((c) => c.name === 'exportMarkdown')?.input).toEqual({
      scope: { kind: 'tag', query: '研究' },
      format: 'annotated',
      deepLinks: false,
    });
    expect($('dialog.export-dialog')).toBeNull();
  });

  it('copies the open article and shows progress with a working Cancel for a notebook', async () => {
    const bridge = await setup();
    await click($$('.document-list button').find((b) => b.textContent?.includes('Beta article')));
    const writeText = vi.fn(async () => {});
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    await click($('[aria-label="Export as Markdown…"]'));
    expect(radio('This article: Beta article')?.checked).toBe(true);
    await click(button('Copy to clipboard'));
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining('# Beta article'));

    await click($('[aria-label="Export as Markdown…"]'));
    await click(radio('The whole notebook'));
    let open!: () => void;
    bridge.gate = new Promise<void>((r) => (open = r));
    await click(button('Download'));
    expect($('.export-status')?.textContent ?? '').not.toContain('Could not export');
    expect(button('Cancel')).toBeTruthy();
    await click(button('Cancel'));
    open();
    await flush(400);
    expect(downloads).toEqual([]);
    expect(button('Download')).toBeTruthy();
    expect($$('dialog .notice').map((n) => n.textContent)).toContain('Export cancelled.');
  });
});
