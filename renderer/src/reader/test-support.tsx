import { act, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { Annotation, Block, Color, Document } from '../../../data/model/schemas';

// Tell React this is a test DOM, so act() flushes effects without warnings.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface Rendered {
  container: HTMLElement;
  root: Root;
  rerender: (element: ReactElement) => Promise<void>;
  unmount: () => Promise<void>;
}

/** Renders into a fresh container in document.body, flushing effects. */
export const render = async (element: ReactElement): Promise<Rendered> => {
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  await act(async () => root.render(element));
  return {
    container,
    root,
    rerender: async (next) => act(async () => root.render(next)),
    unmount: async () => {
      await act(async () => root.unmount());
      container.remove();
    },
  };
};

const p = (...runs: Block['runs']): Block => ({ kind: 'paragraph', runs });

/** Every block kind, marks, links (one unsafe), nesting, Chinese and surrogate pairs. */
export const SAMPLE_BLOCKS: Block[] = [
  { kind: 'heading', level: 1, runs: [{ text: '阿里云正面向未來“下注”' }] },
  p({ text: 'Plain, ' }, { text: 'bold', bold: true }, { text: ' and ' }, { text: 'italic link', italic: true, href: 'https://example.com/a' }, { text: ' end.' }),
  p({ text: '公共云優先 ' }, { text: '🙂👍', bold: true }, { text: ' 表情 😀 結束' }),
  { kind: 'listItem', level: 1, runs: [{ text: '第一項' }] },
  { kind: 'listItem', level: 2, runs: [{ text: 'nested ' }, { text: 'code()', code: true }] },
  { kind: 'listItem', level: 1, runs: [{ text: 'third' }] },
  { kind: 'listItem', level: 1, ordered: true, runs: [{ text: 'one' }] },
  { kind: 'quote', runs: [{ text: '“引用”的文字' }] },
  { kind: 'rule', runs: [] },
  { kind: 'code', lang: 'js', runs: [{ text: 'const a = 1;\nalert(a);' }] },
  p({ text: 'bad ' }, { text: 'link', href: 'javascript:alert(1)' }, { text: ' <b>not html</b>' }),
  { kind: 'heading', level: 3, runs: [{ text: '小結' }] },
];

export const makeDocument = (blocks: Block[] = SAMPLE_BLOCKS, title = 'A title'): Document => ({
  id: 'doc1',
  title,
  format: 'markdown',
  source: { kind: 'text', importedAt: '2024-01-01T00:00:00Z' },
  blocks,
  note: '',
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
});

export const makeAnnotation = (id: string, start: number, end: number, color: Color = 'yellow', state: Annotation['state'] = 'anchored'): Annotation => ({
  id,
  documentId: 'doc1',
  target: {
    quote: { type: 'TextQuoteSelector', exact: 'x', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end },
  },
  color,
  tags: [],
  note: '',
  state,
  createdAt: '2024-01-01T00:00:00Z',
  updatedAt: '2024-01-01T00:00:00Z',
});

/**
 * A stand-in for CSS.highlights and Highlight (test DOMs have neither): a Map of Sets,
 * enough to see which ranges the reader registered under which names.
 */
export const installFakeHighlights = (): { registry: Map<string, Set<AbstractRange> & { priority: number }>; uninstall: () => void } => {
  class FakeHighlight extends Set<AbstractRange> {
    priority = 0;
    constructor(...ranges: AbstractRange[]) {
      super(ranges);
    }
  }
  const registry = new Map<string, FakeHighlight>();
  const g = globalThis as unknown as { CSS?: unknown; Highlight?: unknown };
  const saved = { CSS: g.CSS, Highlight: g.Highlight };
  g.CSS = { ...(saved.CSS as object | undefined), highlights: registry };
  g.Highlight = FakeHighlight;
  return {
    registry,
    uninstall: () => {
      g.CSS = saved.CSS;
      g.Highlight = saved.Highlight;
    },
  };
};
