import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { Block } from '../../../data/model/schemas';
import { buildBlockIndex, type BlockIndex } from './block-index';

/**
 * A stable getter for the block index of the rendered article. The index is built lazily
 * on first use after each commit of new blocks and dropped when the blocks (or how many of
 * them are rendered) change, in a layout effect, before any passive effect could read the
 * old one. While an article is still being rendered in steps the index covers the rendered
 * blocks only; the getter stays the same function, so consumers keep their caches.
 */
export const useBlockIndex = (
  articleRef: RefObject<HTMLElement | null>,
  blocks: readonly Block[],
  renderedCount: number = blocks.length,
): (() => BlockIndex | null) => {
  const cache = useRef<BlockIndex | null>(null);
  useLayoutEffect(() => {
    cache.current = null;
  }, [blocks, renderedCount]);
  return useCallback(() => {
    const root = articleRef.current;
    if (!root) return null;
    if (!cache.current || cache.current.root !== root) cache.current = buildBlockIndex(root);
    return cache.current;
  }, [articleRef]);
};
