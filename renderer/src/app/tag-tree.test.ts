import { describe, expect, it } from 'vitest';
import { buildTagTree, filterTree, visibleRows } from './tag-tree';

const tags = [
  { name: '研究/雲端', count: 2, color: 'blue' as const },
  { name: '策略', count: 3 },
  { name: '研究/AI/模型', count: 1 },
  { name: '研究', count: 1 },
  { name: '研究所', count: 4 },
];

describe('buildTagTree', () => {
  it('nests by `/`, makes implicit parents, and sums the counts below', () => {
    const tree = buildTagTree(tags);
    expect(tree.map((n) => n.name)).toEqual(['研究', '研究所', '策略'].sort((a, b) => a.localeCompare(b)));
    const research = tree.find((n) => n.name === '研究')!;
    expect(research).toMatchObject({ label: '研究', count: 1, total: 4, implicit: false, depth: 0 });
    expect(research.children.map((n) => [n.label, n.implicit, n.total])).toEqual([
      ['AI', true, 1],
      ['雲端', false, 2],
    ]);
    expect(research.children[1]).toMatchObject({ name: '研究/雲端', color: 'blue', depth: 1 });
    expect(research.children[0].children[0]).toMatchObject({ name: '研究/AI/模型', label: '模型', depth: 2 });
    // 研究所 is its own tag, not a child of 研究.
    expect(tree.find((n) => n.name === '研究所')?.children).toEqual([]);
  });

  it('lists rows depth first, hiding what is collapsed', () => {
    const tree = buildTagTree(tags);
    const names = (collapsed?: Set<string>) => visibleRows(tree, collapsed).map((n) => n.name);
    expect(names()).toContain('研究/AI/模型');
    expect(names(new Set(['研究']))).not.toContain('研究/雲端');
    const all = names();
    expect(all.indexOf('研究')).toBeLessThan(all.indexOf('研究/AI'));
    expect(all.indexOf('研究/AI')).toBeLessThan(all.indexOf('研究/AI/模型'));
  });

  it('filters by text, keeping the parents of a match', () => {
    const tree = buildTagTree(tags);
    const rows = visibleRows(filterTree(tree, '模型')).map((n) => n.name);
    expect(rows).toEqual(['研究', '研究/AI', '研究/AI/模型']);
    expect(filterTree(tree, '  ')).toHaveLength(tree.length);
    expect(filterTree(tree, 'nothing')).toEqual([]);
  });
});
