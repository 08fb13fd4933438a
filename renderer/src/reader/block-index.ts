/** Every block element carries its start offset in the canonical text. */
export const BLOCK_SELECTOR = '[data-start]';

interface BlockText {
  nodes: Text[];
  /** ends[j]: offset inside the block just after nodes[j]. */
  ends: number[];
}

/**
 * The rendered blocks in text order, found once per render of a document so that each
 * offset lookup is a binary search over starts plus a walk of one block's text nodes
 * (cached on first use), not a walk of the whole article.
 */
export interface BlockIndex {
  root: Element;
  elements: Element[];
  starts: number[];
  /** Canonical text length (last block start plus its length); 0 when empty. */
  textLength: number;
  textOf: (i: number) => BlockText;
  lengthOf: (i: number) => number;
}

const collectText = (element: Element): BlockText => {
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const ends: number[] = [];
  let at = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    const text = n as Text;
    at += text.data.length;
    nodes.push(text);
    ends.push(at);
  }
  return { nodes, ends };
};

export const buildBlockIndex = (root: Element): BlockIndex => {
  const elements = Array.from(root.querySelectorAll(BLOCK_SELECTOR));
  const starts = elements.map((el) => Number(el.getAttribute('data-start')));
  const cache = new Map<number, BlockText>();
  const textOf = (i: number): BlockText => {
    let text = cache.get(i);
    if (!text) {
      text = collectText(elements[i]);
      cache.set(i, text);
    }
    return text;
  };
  const lengthOf = (i: number): number => {
    const { ends } = textOf(i);
    return ends.length === 0 ? 0 : ends[ends.length - 1];
  };
  const last = elements.length - 1;
  return { root, elements, starts, textOf, lengthOf, textLength: last < 0 ? 0 : starts[last] + lengthOf(last) };
};
