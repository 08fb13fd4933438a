// @vitest-environment happy-dom
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Annotation } from '../../../data/model/schemas';
import { canonicalText } from '../../../data/model/text';
import { readerMessages } from '../../../data/model/i18n/reader-messages';
import { Reader } from './reader';
import type { ReaderProps } from './reader-props';
import { installFakeHighlights, makeAnnotation, makeDocument, render, SAMPLE_BLOCKS, type Rendered } from './test-support';

const text = canonicalText(SAMPLE_BLOCKS);
const en: Record<string, string> = readerMessages.en;
const t = (key: string) => en[key] ?? key;
const colorLabels = { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple', orange: 'Orange' };

const span = (needle: string) => ({ start: text.indexOf(needle), end: text.indexOf(needle) + needle.length });

const props = (over: Partial<ReaderProps> = {}): ReaderProps => ({
  document: makeDocument(),
  annotations: [],
  selectedId: null,
  fontSize: 18,
  knownTags: ['策略', '雲計算', 'Cloud'],
  colorLabels,
  t,
  onSelectAnnotation: vi.fn(),
  onCreate: vi.fn(),
  ...over,
});

const textNodeWith = (root: Element, needle: string): Text => {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n as Text).data.includes(needle)) return n as Text;
  throw new Error(`no text node with ${needle}`);
};

/** Selects `needle` (within one text node) as a user would, and lets the reader see it. */
const select = async (root: Element, needle: string) => {
  const node = textNodeWith(root, needle);
  const at = node.data.indexOf(needle);
  await act(async () => {
    document.getSelection()!.setBaseAndExtent(node, at, node, at + needle.length);
    document.dispatchEvent(new Event('selectionchange'));
  });
};

const key = async (target: EventTarget, init: KeyboardEventInit) =>
  act(async () => {
    target.dispatchEvent(new KeyboardEvent('keydown', { bubbles: true, cancelable: true, ...init }));
  });

const type = async (input: HTMLInputElement, value: string) =>
  act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });

let view: Rendered | undefined;
let highlights: ReturnType<typeof installFakeHighlights>;
beforeEach(() => {
  highlights = installFakeHighlights();
});
afterEach(async () => {
  await view?.unmount();
  view = undefined;
  highlights.uninstall();
  document.getSelection()?.removeAllRanges();
});

const painted = (name: string) => [...(highlights.registry.get(name) ?? [])].map((r) => (r as Range).toString()).sort();

describe('Reader', () => {
  it('is a labelled, focusable scroll container with the base font size', async () => {
    view = await render(<Reader {...props()} />);
    const root = view.container.querySelector<HTMLElement>('.glossa-reader')!;
    expect(root.getAttribute('aria-label')).toBe('Reading pane');
    expect(root.tabIndex).toBe(0);
    expect(root.style.getPropertyValue('--glossa-reader-font-size')).toBe('18px');
    expect(view.container.querySelector('.glossa-reader-column')?.getAttribute('lang')).toBe('zh-Hant');
  });

  it('shows the title as its own h1 unless the article starts with it', async () => {
    view = await render(<Reader {...props()} />);
    expect(view.container.querySelector('header h1')?.textContent).toBe('A title');
    await view.rerender(<Reader {...props({ document: makeDocument(SAMPLE_BLOCKS, '阿里云正面向未來“下注”') })} />);
    expect(view.container.querySelector('header')).toBeNull();
  });

  it('paints anchored and fuzzy annotations by colour, not orphans, and marks the selected one', async () => {
    const annotations: Annotation[] = [
      makeAnnotation('a', span('bold').start, span('bold').end, 'yellow'),
      makeAnnotation('b', span('第一項').start, span('third').end, 'green', 'fuzzy'),
      makeAnnotation('c', span('小結').start, span('小結').end, 'blue', 'orphaned'),
      makeAnnotation('d', span('old').start, span('italic').end, 'pink'),
    ];
    view = await render(<Reader {...props({ annotations, selectedId: 'b' })} />);
    // Painting runs in time-budgeted slices: on a loaded machine it spans several tasks.
    await vi.waitFor(() => {
      for (const name of ['glossa-yellow', 'glossa-green', 'glossa-fuzzy', 'glossa-pink', 'glossa-overlap', 'glossa-selected']) {
        expect(painted(name)).toHaveLength(1);
      }
    }, { timeout: 10_000 });
    expect(painted('glossa-yellow')).toEqual(['bold']);
    expect(painted('glossa-green')).toEqual(['第一項nested code()third']);
    expect(painted('glossa-fuzzy')).toEqual(['第一項nested code()third']);
    expect(painted('glossa-blue')).toEqual([]);
    expect(painted('glossa-overlap')).toEqual(['old']);
    expect(painted('glossa-selected')).toEqual(['第一項nested code()third']);
    expect(highlights.registry.get('glossa-selected')!.priority).toBeGreaterThan(highlights.registry.get('glossa-yellow')!.priority);
    // A recolour repaints; unmounting unregisters.
    await view.rerender(<Reader {...props({ annotations: [{ ...annotations[0], color: 'orange' }], selectedId: null })} />);
    await vi.waitFor(() => expect(painted('glossa-orange')).toEqual(['bold']), { timeout: 10_000 });
    expect(painted('glossa-yellow')).toEqual([]);
    expect(painted('glossa-orange')).toEqual(['bold']);
    expect(painted('glossa-selected')).toEqual([]);
    await view.unmount();
    view = undefined;
    expect(highlights.registry.size).toBe(0);
  });

  it('warns and paints nothing without the Custom Highlight API', async () => {
    highlights.uninstall();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    view = await render(<Reader {...props({ annotations: [makeAnnotation('a', 0, 3)] })} />);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('Custom Highlight API'));
    // No fallback that wraps text: the DOM still holds only the blocks' own elements.
    expect(view.container.querySelector('mark, [data-start] span')).toBeNull();
    warn.mockRestore();
  });

  it('turns a selection plus 1-6 into a highlight, then clears the selection', async () => {
    const p = props();
    view = await render(<Reader {...p} />);
    await select(view.container, '公共云優先');
    expect(view.container.querySelector('[role="toolbar"]')).not.toBeNull();
    await key(document.body, { key: '2' });
    expect(p.onCreate).toHaveBeenCalledWith({ ...span('公共云優先'), color: 'green', intent: 'highlight', tags: [] });
    expect(document.getSelection()!.isCollapsed).toBe(true);
    expect(view.container.querySelector('[role="toolbar"]')).toBeNull();
  });

  it('offers a toolbar with six labelled colours, Excerpt and Note', async () => {
    const p = props();
    view = await render(<Reader {...p} />);
    await select(view.container, 'bold');
    const toolbar = view.container.querySelector('[role="toolbar"]')!;
    expect(toolbar.getAttribute('aria-label')).toBe('Selected text');
    const names = Array.from(toolbar.querySelectorAll('button')).map((b) => b.getAttribute('aria-label') ?? b.textContent);
    expect(names).toEqual(['Highlight in Yellow', 'Highlight in Green', 'Highlight in Blue', 'Highlight in Pink', 'Highlight in Purple', 'Highlight in Orange', 'Excerpt', 'Note']);
    // Pressing a button must not take the selection away.
    const down = new MouseEvent('mousedown', { bubbles: true, cancelable: true });
    toolbar.querySelector('button')!.dispatchEvent(down);
    expect(down.defaultPrevented).toBe(true);
    await act(async () => (toolbar.querySelectorAll('button')[7] as HTMLButtonElement).click());
    expect(p.onCreate).toHaveBeenCalledWith({ ...span('bold'), color: 'yellow', intent: 'note', tags: [] });
  });

  it('does not open the toolbar for a selection outside the reader text', async () => {
    view = await render(<Reader {...props()} />);
    const outside = document.createElement('p');
    outside.textContent = 'elsewhere in the app';
    document.body.append(outside);
    await select(outside, 'elsewhere');
    expect(view.container.querySelector('[role="toolbar"]')).toBeNull();
    await select(view.container, 'A title'); // the header is not part of the text
    expect(view.container.querySelector('[role="toolbar"]')).toBeNull();
    outside.remove();
  });

  it('excerpts with tags: e opens the tag field, Enter adds tags, Enter on empty saves', async () => {
    const p = props();
    view = await render(<Reader {...p} />);
    await select(view.container, '表情');
    await key(document.body, { key: 'e' });
    const input = view.container.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    expect(document.activeElement).toBe(input);
    // Focusing the input ends the text selection; the excerpt's span is kept.
    await act(async () => {
      document.getSelection()!.removeAllRanges();
      document.dispatchEvent(new Event('selectionchange'));
    });
    expect(painted('glossa-pending')).toEqual(['表情']);
    await type(input, '雲');
    expect(Array.from(view.container.querySelectorAll('[role="option"]')).map((o) => o.textContent)).toEqual(['雲計算']);
    await key(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(view.container.querySelector('[role="option"]')!.id);
    await key(input, { key: 'Enter' });
    await type(input, '新標籤');
    await key(input, { key: 'Enter', isComposing: true }); // IME still composing: ignored
    expect(view.container.querySelectorAll('.glossa-tag-chip')).toHaveLength(1);
    await key(input, { key: 'Enter' });
    expect(Array.from(view.container.querySelectorAll('.glossa-tag-chip > span')).map((c) => c.textContent)).toEqual(['雲計算', '新標籤']);
    expect(p.onCreate).not.toHaveBeenCalled();
    await key(input, { key: 'Enter' });
    expect(p.onCreate).toHaveBeenCalledWith({ ...span('表情'), color: 'yellow', intent: 'excerpt', tags: ['雲計算', '新標籤'] });
    expect(view.container.querySelector('input')).toBeNull();
    expect(painted('glossa-pending')).toEqual([]);
  });

  it('opens the tag field on a passage asked for from outside (the command palette), once per nonce', async () => {
    const p = props();
    view = await render(<Reader {...p} />);
    expect(view.container.querySelector('input[role="combobox"]')).toBeNull();
    await view.rerender(<Reader {...p} excerptRequest={{ ...span('表情'), nonce: 1 }} />);
    const input = view.container.querySelector<HTMLInputElement>('input[role="combobox"]')!;
    expect(input).not.toBeNull();
    expect(painted('glossa-pending')).toEqual(['表情']);
    await type(input, '雲計算');
    await key(input, { key: 'Enter' });
    await key(input, { key: 'Enter' });
    expect(p.onCreate).toHaveBeenCalledWith({ ...span('表情'), color: 'yellow', intent: 'excerpt', tags: ['雲計算'] });
    // Served requests do not come back when the prop is withdrawn.
    await view.rerender(<Reader {...p} />);
    expect(view.container.querySelector('input[role="combobox"]')).toBeNull();
  });

  it('Escape cancels the toolbar and the tag field', async () => {
    const p = props();
    view = await render(<Reader {...p} />);
    await select(view.container, 'third');
    await key(document.body, { key: 'Escape' });
    expect(view.container.querySelector('[role="toolbar"]')).toBeNull();
    expect(document.getSelection()!.isCollapsed).toBe(true);
    await select(view.container, 'third');
    await key(document.body, { key: 'e' });
    await key(view.container.querySelector('input')!, { key: 'Escape' });
    expect(view.container.querySelector('.glossa-toolbar')).toBeNull();
    expect(p.onCreate).not.toHaveBeenCalled();
  });

  it('selects the shortest annotation under a click, or none on plain text', async () => {
    const p = props({ annotations: [makeAnnotation('outer', span('Plain').start, span('end.').end), makeAnnotation('inner', span('bold').start, span('bold').end)] });
    view = await render(<Reader {...p} />);
    const doc = document as unknown as { caretPositionFromPoint: (x: number, y: number) => unknown };
    const saved = doc.caretPositionFromPoint;
    const clickAt = async (needle: string, offset: number) => {
      const node = textNodeWith(view!.container, needle);
      doc.caretPositionFromPoint = () => ({ offsetNode: node, offset });
      await act(async () => node.parentElement!.click());
    };
    await clickAt('bold', 2);
    expect(p.onSelectAnnotation).toHaveBeenLastCalledWith('inner');
    await clickAt(' and ', 1);
    expect(p.onSelectAnnotation).toHaveBeenLastCalledWith('outer');
    await clickAt('表情', 1);
    expect(p.onSelectAnnotation).toHaveBeenLastCalledWith(null);
    doc.caretPositionFromPoint = saved;
  });

  it('reveals an annotation: scrolls its passage into view and flashes it, once per nonce', async () => {
    const annotations = [makeAnnotation('x', span('小結').start, span('小結').end)];
    view = await render(<Reader {...props({ annotations })} />);
    const root = view.container.querySelector<HTMLElement>('.glossa-reader')!;
    const scrollTo = vi.fn();
    root.scrollTo = scrollTo as unknown as typeof root.scrollTo;
    await view.rerender(<Reader {...props({ annotations, reveal: { id: 'x', nonce: 1 } })} />);
    expect(scrollTo).toHaveBeenCalledTimes(1);
    expect(painted('glossa-flash')).toEqual(['小結']);
    await view.rerender(<Reader {...props({ annotations: [...annotations], reveal: { id: 'x', nonce: 1 } })} />);
    expect(scrollTo).toHaveBeenCalledTimes(1);
    await view.rerender(<Reader {...props({ annotations, reveal: { id: 'x', nonce: 2 } })} />);
    expect(scrollTo).toHaveBeenCalledTimes(2);
  });
});
