// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { canonicalText } from '../../../data/model/text';
import { readerMessages } from '../../../data/model/i18n/reader-messages';
import { Reader } from './reader';
import type { ReaderProps } from './reader-props';
import { installFakeHighlights, makeDocument, render, SAMPLE_BLOCKS, type Rendered } from './test-support';

const text = canonicalText(SAMPLE_BLOCKS);
const en: Record<string, string> = readerMessages.en;
const props = (over: Partial<ReaderProps> = {}): ReaderProps => ({
  document: makeDocument(),
  annotations: [],
  selectedId: null,
  fontSize: 18,
  knownTags: [],
  colorLabels: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple', orange: 'Orange' },
  t: (key: string) => en[key] ?? key,
  onSelectAnnotation: vi.fn(),
  onCreate: vi.fn(),
  ...over,
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
});
const painted = (name: string) => [...(highlights.registry.get(name) ?? [])].map((r) => (r as Range).toString());

describe('Reader revealRange (a search hit without an annotation)', () => {
  it('scrolls to the passage and flashes it, once per nonce', async () => {
    const start = text.indexOf('小結');
    view = await render(<Reader {...props()} />);
    const root = view.container.querySelector<HTMLElement>('.glossa-reader')!;
    const scrollTo = vi.fn();
    root.scrollTo = scrollTo as unknown as typeof root.scrollTo;
    await view.rerender(<Reader {...props({ revealRange: { start, end: start + 2, nonce: 1 } })} />);
    expect(scrollTo).toHaveBeenCalledTimes(1);
    expect(painted('glossa-flash')).toEqual(['小結']);
    await view.rerender(<Reader {...props({ annotations: [], revealRange: { start, end: start + 2, nonce: 1 } })} />);
    expect(scrollTo).toHaveBeenCalledTimes(1);
    await view.rerender(<Reader {...props({ revealRange: { start, end: start + 2, nonce: 2 } })} />);
    expect(scrollTo).toHaveBeenCalledTimes(2);
  });

  it('serves a request made with the article it belongs to on first render', async () => {
    const start = text.indexOf('小結');
    view = await render(<Reader {...props({ revealRange: { start, end: start + 2, nonce: 7 } })} />);
    expect(painted('glossa-flash')).toEqual(['小結']);
  });
});
