import { describe, expect, it } from 'vitest';
import type { Block } from '../../../data/model/schemas';
import { groupBlocks } from './list-groups';

const li = (level: number, ordered = false): Block => ({ kind: 'listItem', level, ordered, runs: [{ text: 'x' }] });
const p: Block = { kind: 'paragraph', runs: [{ text: 'p' }] };

describe('groupBlocks', () => {
  it('keeps non-list blocks flat', () => {
    expect(groupBlocks([p, p])).toEqual([
      { type: 'block', index: 0 },
      { type: 'block', index: 1 },
    ]);
  });

  it('nests deeper items under the previous item', () => {
    expect(groupBlocks([li(1), li(2), li(2), li(1)])).toEqual([
      {
        type: 'list',
        list: {
          ordered: false,
          items: [
            { index: 0, children: [{ ordered: false, items: [{ index: 1, children: [] }, { index: 2, children: [] }] }] },
            { index: 3, children: [] },
          ],
        },
      },
    ]);
  });

  it('clamps a jump in depth to one level deeper', () => {
    const [node] = groupBlocks([li(1), li(3)]);
    expect(node.type === 'list' && node.list.items[0].children[0].items[0].index).toBe(1);
  });

  it('treats a first item deeper than 1 as top level', () => {
    const [node] = groupBlocks([li(2)]);
    expect(node).toEqual({ type: 'list', list: { ordered: false, items: [{ index: 0, children: [] }] } });
  });

  it('starts a sibling list when the ordered flag changes, and a new list after a paragraph', () => {
    const nodes = groupBlocks([li(1), li(1, true), p, li(1, true)]);
    expect(nodes.map((n) => (n.type === 'list' ? `list:${n.list.ordered}` : 'block'))).toEqual(['list:false', 'list:true', 'block', 'list:true']);
  });
});
