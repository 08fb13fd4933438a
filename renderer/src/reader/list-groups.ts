import type { Block } from '../../../data/model/schemas';

/** One rendered list: consecutive list-item blocks of one depth and one ordered flag. */
export interface ListNode {
  ordered: boolean;
  items: ListItemNode[];
}

/** A list item: its own block, then the deeper lists that belong under it. */
export interface ListItemNode {
  index: number;
  children: ListNode[];
}

/** What the article renders at top level: a plain block or a (possibly nested) list. */
export type BlockNode = { type: 'block'; index: number } | { type: 'list'; list: ListNode };

/**
 * Groups flat blocks into the tree HTML lists need. Blocks store list nesting as a depth
 * number, so a depth that jumps (1 then 3) is clamped to one deeper than the current list:
 * a nested <ul> must hang under an existing <li>. A change of the ordered flag at the same
 * depth starts a sibling list, as Markdown does.
 */
export const groupBlocks = (blocks: readonly Block[]): BlockNode[] => {
  const out: BlockNode[] = [];
  let stack: ListNode[] = [];
  blocks.forEach((block, index) => {
    if (block.kind !== 'listItem') {
      stack = [];
      out.push({ type: 'block', index });
      return;
    }
    const ordered = block.ordered === true;
    const depth = Math.min(Math.max(block.level ?? 1, 1), stack.length + 1);
    stack.length = Math.min(stack.length, depth);
    if (stack.length === depth && stack[depth - 1].ordered !== ordered) stack.length = depth - 1;
    if (stack.length < depth) {
      const list: ListNode = { ordered, items: [] };
      if (depth === 1) out.push({ type: 'list', list });
      else {
        const parent = stack[depth - 2].items;
        parent[parent.length - 1].children.push(list);
      }
      stack.push(list);
    }
    stack[depth - 1].items.push({ index, children: [] });
  });
  return out;
};
