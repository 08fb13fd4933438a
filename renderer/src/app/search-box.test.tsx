// @vitest-environment happy-dom
import { act } from 'react';
import type { Root } from 'react-dom/client';
import { mountRoot, unmountRoot } from '../test-support/react-root';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ok } from '../../../data/model/result';
import { ScanSearch } from '../../../data/model/search';
import type { ReaderProps } from '../reader/reader-props';
import { createFakeBridge, type FakeBridge } from '../state/test-support/fake-bridge';
import { App } from './app';

// The shell is under test: a stand-in reader shows what it is asked to reveal.
vi.mock('../reader/reader', () => ({
  Reader: (props: ReaderProps) => (
    <div
      data-testid="reader"
      data-document={props.document.id}
      data-reveal={props.reveal ? `${props.reveal.id}#${props.reveal.nonce}` : ''}
      data-range={props.revealRange ? `${props.revealRange.start}-${props.revealRange.end}` : ''}
    />
  ),
}));
vi.mock('../api', () => ({ glossa: null, host: 'browser' }));

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root;
let container: HTMLElement;
const flush = async (ms = 250) => {
  for (let i = 0; i < 5; i++) await act(() => new Promise((r) => setTimeout(r, ms / 5)));
};

/** The fake notebook, searched by the real search code (a scan over the fake's files). */
const withSearch = (bridge: FakeBridge): FakeBridge => {
  bridge.search = (async ({ query }: { query: string }) => {
    bridge.calls.push({ name: 'search', input: { query } });
    return ok(new ScanSearch(bridge.files.values()).search(query));
  }) as FakeBridge['search'];
  return bridge;
};

const setup = async () => {
  const bridge = withSearch(
    createFakeBridge({
      documents: [
        { title: '阿里雲的棋局', text: '阿里云正面向未来下注。\n\n公共云优先是阿里云调整的方向。' },
        { title: 'Other article', text: 'Nothing about clouds here.' },
      ],
    }),
  );
  bridge.settings = { welcomeShown: true, language: 'en' };
  const doc = [...bridge.files.values()][0];
  await bridge.createAnnotation({ documentId: doc.document.id, anchor: { exact: '公共云优先' }, tags: ['策略'], note: '重點' });
  await act(async () => root.render(<App bridge={bridge} />));
  await flush(400);
  return { bridge, docId: doc.document.id, annotationId: doc.annotations[0].id };
};

const input = () => container.querySelector<HTMLInputElement>('input[type="search"]')!;
const type = async (value: string) => {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input(), value);
    input().dispatchEvent(new Event('input', { bubbles: true }));
  });
  await flush();
};
const keyOn = async (target: EventTarget, init: KeyboardEventInit) =>
  act(async () => void target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init })));
const hits = () => [...container.querySelectorAll<HTMLButtonElement>('.search-hit')];
const reader = () => container.querySelector<HTMLElement>('[data-testid="reader"]');

beforeEach(() => {
  Object.defineProperty(navigator, 'languages', { value: ['en-US'], configurable: true });
  ({ container, root } = mountRoot());
});
afterEach(async () => {
  await unmountRoot({ container, root });
});

describe('library search', () => {
  it('shows results grouped by article, the matches marked in the original characters', async () => {
    await setup();
    expect(input().getAttribute('placeholder')).toBe('Search titles, text, notes, tags');
    await type('阿里云');
    const results = container.querySelector('.search-results')!;
    expect(results.querySelector('.search-status')?.textContent).toBe('3 matches in 1 article');
    expect([...results.querySelectorAll('.search-doc')].map((b) => b.textContent)).toEqual(['阿里雲的棋局']);
    // The title is Traditional: the mark is on 阿里雲 as written, found by the Simplified query.
    expect([...results.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['阿里雲', '阿里云', '阿里云']);
    expect(hits()[0].querySelector('.search-field')?.textContent).toBe('Title');
  });

  it('opens the article at a text hit and reveals the passage', async () => {
    await setup();
    await type('公共雲');
    const textHit = hits().find((h) => h.querySelector('.search-field')?.textContent === 'Text')!;
    await act(async () => textHit.click());
    await flush();
    expect(reader()?.dataset.range).toMatch(/^\d+-\d+$/);
    const [start, end] = reader()!.dataset.range!.split('-').map(Number);
    expect(end - start).toBe(3);
  });

  it('opens the article at an annotation hit and reveals the annotation', async () => {
    const { annotationId } = await setup();
    await type('重點');
    expect(hits()).toHaveLength(1);
    await act(async () => hits()[0].click());
    await flush();
    expect(reader()?.dataset.reveal).toMatch(new RegExp(`^${annotationId}#`));
  });

  it('says so when nothing matches, and Escape clears', async () => {
    await setup();
    await type('不存在的詞');
    expect(container.querySelector('.search-status')?.textContent).toBe('Nothing matches “不存在的詞”.');
    expect(container.querySelector('.pane-scroll')).not.toBeNull();
    await keyOn(input(), { key: 'Escape' });
    await flush();
    expect(input().value).toBe('');
    expect(container.querySelector('.search-results')).toBeNull();
  });

  it('focuses the search box with Ctrl+F and with /', async () => {
    await setup();
    await keyOn(window, { key: 'f', ctrlKey: true });
    await flush(50);
    expect(document.activeElement).toBe(input());
    input().blur();
    await keyOn(document.body, { key: '/' });
    await flush(50);
    expect(document.activeElement).toBe(input());
  });

  it('searches again when the notebook changes', async () => {
    const { bridge } = await setup();
    await type('clouds');
    expect(container.querySelector('.search-status')?.textContent).toBe('1 match in 1 article');
    await bridge.importText({ text: 'More clouds.', title: 'Third' });
    await act(async () => bridge.emit('notebookChanged', { documentIds: [] }));
    await flush(400);
    expect(container.querySelector('.search-status')?.textContent).toBe('2 matches in 2 articles');
  });
});
