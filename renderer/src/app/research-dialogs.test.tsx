// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { mountRoot, unmountRoot } from '../test-support/react-root';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReaderProps } from '../reader/reader-props';
import { createFakeBridge } from '../state/test-support/fake-bridge';
import { withTagOps } from '../state/test-support/fake-tag-ops';
import { App } from './app';

// The shell is under test, not the reader (happy-dom has no CSS Custom Highlight API).
vi.mock('../reader/reader', () => ({
  Reader: (props: ReaderProps) => (
    <div data-testid="reader" data-labels={JSON.stringify(props.colorLabels)} data-reveal={props.reveal?.id ?? ''}>
      <h1>{props.document.title}</h1>
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
const click = async (el: Element | null | undefined) => {
  expect(el).toBeTruthy();
  await act(async () => (el as HTMLElement).click());
  await flush();
};
const type = async (input: HTMLInputElement, value: string) => {
  const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
  await act(async () => {
    setter.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
};
const press = async (el: Element, key: string) => {
  await act(async () => void el.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));
  await flush();
};
const $ = <E extends Element = HTMLElement>(sel: string) => container.querySelector<E>(sel);
const $$ = (sel: string) => [...container.querySelectorAll<HTMLElement>(sel)];

/** Two articles with hierarchical tags, through the fake notebook. */
const setup = async () => {
  const bridge = withTagOps(
    createFakeBridge({
      documents: [
        { title: 'Beta article', text: 'Alpha beta gamma delta epsilon.' },
        { title: 'Alpha article', text: '公共云優先。大模型需要算力。' },
      ],
    }),
  );
  bridge.settings = { welcomeShown: true, language: 'en' };
  const [d1, d2] = [...bridge.files.keys()];
  const mk = async (documentId: string, start: number, end: number, tags: string[], color: 'yellow' | 'green' = 'yellow') => {
    const r = await bridge.createAnnotation({ documentId, anchor: { start, end }, tags, color, note: 'first line\nsecond' });
    if (!r.ok) throw new Error(r.error.message);
    return r.value;
  };
  const a1 = await mk(d1, 0, 5, ['研究/雲端', '策略'], 'green');
  const a2 = await mk(d1, 6, 10, ['研究']);
  const b1 = await mk(d2, 0, 5, ['研究/AI']);
  await act(async () => root.render(<App bridge={bridge} />));
  await flush(400);
  return { bridge, d1, d2, a1, a2, b1 };
};

beforeEach(() => {
  Object.defineProperty(navigator, 'languages', { value: ['en-US'], configurable: true });
  ({ container, root } = mountRoot());
});
afterEach(async () => {
  await unmountRoot({ container, root });
});

describe('tag manager', () => {
  it('shows the tags as a tree with counts, and renames a parent with its children', async () => {
    const { bridge, a1 } = await setup();
    await click($$('.section-actions button').find((b) => b.textContent === 'Manage…'));
    const dialog = $('dialog.tag-manager-dialog')!;
    expect(dialog.querySelector('h2')?.textContent).toBe('Manage tags');
    const rows = $$('.tag-row').map((r) => [r.dataset.tag, r.querySelector('.tag-row-count')?.textContent]);
    expect(rows).toEqual([
      ['研究', '3'],
      ['研究/AI', '1'],
      ['研究/雲端', '1'],
      ['策略', '1'],
    ]);
    // Children sit in a nested list under their parent.
    expect($('[data-tag="研究"]')!.closest('li')!.querySelector('.tag-tree-group [data-tag="研究/雲端"]')).not.toBeNull();

    await click($('[data-tag="研究"] [aria-label="Rename “研究”"]'));
    const input = $<HTMLInputElement>('.tag-rename input')!;
    expect(document.activeElement).toBe(input);
    await type(input, 'research');
    await press(input, 'Enter');
    expect(bridge.calls.find((c) => c.name === 'renameTag')?.input).toEqual({ from: '研究', to: 'research' });
    expect($$('.tag-row').map((r) => r.dataset.tag)).toContain('research/雲端');
    expect(bridge.files.get(a1.documentId)!.annotations[0].tags).toEqual(['research/雲端', '策略']);
  });

  it('deletes with an Undo toast shown inside the dialog, and merges the selected tags', async () => {
    const { bridge, a1 } = await setup();
    await click($$('.section-actions button').find((b) => b.textContent === 'Manage…'));
    await click($('[data-tag="策略"] .tag-row-delete'));
    expect($$('.tag-row').map((r) => r.dataset.tag)).not.toContain('策略');
    const toast = $('dialog .notice')!;
    expect(toast.textContent).toContain('Removed “策略” from 1 annotation.');
    await click(toast.querySelector('.notice-action'));
    expect(bridge.calls.some((c) => c.name === 'restoreTag')).toBe(true);
    expect(bridge.files.get(a1.documentId)!.annotations[0].tags).toEqual(['研究/雲端', '策略']);
    expect($$('.tag-row').map((r) => r.dataset.tag)).toContain('策略');

    await click($('[data-tag="研究/AI"] .tag-select'));
    await click($('[data-tag="研究/雲端"] .tag-select'));
    expect($('.tag-merge-count')?.textContent).toBe('2 selected');
    await type($<HTMLInputElement>('.tag-merge input')!, '主題');
    await click($$('.tag-merge button').find((b) => b.textContent === 'Merge'));
    expect(bridge.calls.find((c) => c.name === 'mergeTags')?.input).toEqual({ sources: ['研究/AI', '研究/雲端'], into: '主題' });
    expect($$('.tag-row').map((r) => r.dataset.tag)).toEqual(['研究', '主題', '策略'].sort((x, y) => x.localeCompare(y)));
  });

  it('gives a tag a colour from its picker', async () => {
    const { bridge } = await setup();
    await click($$('.section-actions button').find((b) => b.textContent === 'Manage…'));
    const picker = $('[data-tag="策略"] .tag-color-button')!;
    expect(picker.getAttribute('aria-label')).toBe('Colour of “策略”: No colour');
    await click(picker);
    const group = $('[role="radiogroup"]')!;
    expect([...group.querySelectorAll('[role="radio"]')].map((r) => r.getAttribute('aria-label'))).toEqual([
      'No colour', 'Yellow', 'Green', 'Blue', 'Pink', 'Purple', 'Orange',
    ]);
    await click(group.querySelector('[aria-label="Purple"]'));
    expect(bridge.tagColors).toEqual([{ name: '策略', color: 'purple' }]);
    expect($('[data-tag="策略"] .tag-color-button')!.className).toContain('swatch-purple');
  });
});

describe('colour names', () => {
  it('rename a colour everywhere at once and save it in the notebook', async () => {
    const { bridge } = await setup();
    await click($('.document-open[title="Beta article"]'));
    await act(async () => bridge.emit('menuCommand', { command: 'commandPalette' }));
    await flush();
    const palette = $<HTMLInputElement>('dialog input[role="combobox"]')!;
    await type(palette, 'name the highlight');
    await press(palette, 'Enter');
    await flush();
    const input = $<HTMLInputElement>('dialog.color-names-dialog input[aria-label="Name for Green"]')!;
    await type(input, '重要');
    // Shown at once: the reader's toolbar labels and the annotations pane's filter.
    expect(JSON.parse($('[data-testid="reader"]')!.dataset.labels!).green).toBe('重要');
    expect($('.swatch-button.swatch-green')!.getAttribute('aria-label')).toBe('重要');
    await act(async () => input.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    await flush();
    expect(bridge.settings.colorNames).toEqual({ green: '重要' });
    expect($('.annotation-card.color-green .color-select option[value="green"]')?.textContent).toBe('重要');
  });
});

describe('excerpt collection', () => {
  it('collects across articles by tag, groups by article or tag, and opens an excerpt at its passage', async () => {
    const { bridge, a1, b1 } = await setup();
    await click($$('.section-actions button').find((b) => b.textContent === 'Excerpts'));
    const tagInput = $<HTMLInputElement>('.excerpt-tag-input')!;
    await type(tagInput, '研究');
    await press(tagInput, 'Enter');
    expect(bridge.calls.filter((c) => c.name === 'listExcerpts').at(-1)?.input).toMatchObject({ tags: ['研究'], groupBy: 'document' });
    expect($$('.excerpt-group-name').map((h) => h.textContent)).toEqual(['Alpha article', 'Beta article']);
    expect($('.excerpt-summary')?.textContent).toBe('3 excerpts in 2 articles');

    await click($$('.segmented [role="radio"]').find((b) => b.textContent === 'Tag'));
    expect($$('.excerpt-group-name').map((h) => h.textContent)).toEqual(['#研究', '#研究/AI', '#研究/雲端']);

    await click($$('.color-chip').find((b) => b.textContent === 'Green'));
    expect($$('.excerpt-item')).toHaveLength(1);
    expect($('.excerpt-note')?.textContent).toBe('first line');

    await click($$('.excerpt-quote')[0]);
    expect($('dialog')).toBeNull();
    expect($('[data-testid="reader"] h1')?.textContent).toBe('Beta article');
    expect($('[data-testid="reader"]')!.dataset.reveal).toBe(a1.id);
    expect(b1.id).not.toBe(a1.id);
  });
});
