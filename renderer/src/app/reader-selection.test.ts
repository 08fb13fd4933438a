// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { captureReaderSelection, restoreSelection } from './reader-selection';

/** The reader's markup, as far as the mapping needs it: blocks tagged with their canonical start. */
beforeEach(() => {
  document.body.innerHTML = `
    <input id="palette" />
    <article class="glossa-reader-text"><p data-start="0">公共云優先。</p><p data-start="8">大模型需要算力。</p></article>
    <p id="outside">elsewhere</p>`;
});

const select = (node: Node, start: number, endNode: Node, end: number) => {
  const range = document.createRange();
  range.setStart(node, start);
  range.setEnd(endNode, end);
  document.getSelection()!.removeAllRanges();
  document.getSelection()!.addRange(range);
};
const text = (selector: string) => document.querySelector(selector)!.firstChild!;

describe('captureReaderSelection', () => {
  it('maps the selection to canonical offsets the way the reader does', () => {
    select(text('[data-start="8"]'), 1, text('[data-start="8"]'), 3);
    expect(captureReaderSelection(document, 'd1')).toMatchObject({ documentId: 'd1', start: 9, end: 11 });
  });

  it('covers the separator when the selection spans blocks', () => {
    select(text('[data-start="0"]'), 4, text('[data-start="8"]'), 2);
    expect(captureReaderSelection(document, 'd1')).toMatchObject({ start: 4, end: 10 });
  });

  it('is null without an article, without a selection, or for a selection elsewhere', () => {
    expect(captureReaderSelection(document, 'd1')).toBeNull();
    select(text('#outside'), 0, text('#outside'), 4);
    expect(captureReaderSelection(document, 'd1')).toBeNull();
    select(text('[data-start="0"]'), 0, text('[data-start="0"]'), 2);
    expect(captureReaderSelection(document, null)).toBeNull();
  });
});

describe('restoreSelection', () => {
  it('selects the same text again after something else took the selection', () => {
    select(text('[data-start="0"]'), 0, text('[data-start="0"]'), 3);
    const captured = captureReaderSelection(document, 'd1')!;
    document.getSelection()!.removeAllRanges();
    restoreSelection(document, captured);
    expect(document.getSelection()!.toString()).toBe('公共云');
  });

  it('does nothing once the article is gone', () => {
    select(text('[data-start="0"]'), 0, text('[data-start="0"]'), 3);
    const captured = captureReaderSelection(document, 'd1')!;
    document.querySelector('article')!.remove();
    document.getSelection()!.removeAllRanges();
    restoreSelection(document, captured);
    expect(document.getSelection()!.rangeCount).toBe(0);
  });
});
