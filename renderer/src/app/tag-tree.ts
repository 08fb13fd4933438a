import type { TagCount } from '../../../data/model/api';
import type { Color } from '../../../data/model/schemas';
import { TAG_SEPARATOR } from '../../../data/model/tags';

/**
 * Tags as a tree for the tag manager. `研究/雲端` sits under `研究` even when no annotation
 * carries `研究` alone: such a parent is `implicit` (count 0) but can still be renamed,
 * merged or deleted, which acts on everything below it.
 */
export interface TagNode {
  /** The full tag, `研究/雲端`. */
  name: string;
  /** The last segment, `雲端`. */
  label: string;
  depth: number;
  /** Annotations carrying exactly this tag. */
  count: number;
  /** Annotations carrying it or any tag below it (an annotation with two counts twice). */
  total: number;
  color?: Color;
  implicit: boolean;
  children: TagNode[];
}

const compare = (a: TagNode, b: TagNode) => a.label.localeCompare(b.label) || (a.name < b.name ? -1 : 1);

export const buildTagTree = (tags: readonly TagCount[]): TagNode[] => {
  const nodes = new Map<string, TagNode>();
  const roots: TagNode[] = [];
  const ensure = (name: string): TagNode => {
    const found = nodes.get(name);
    if (found) return found;
    const cut = name.lastIndexOf(TAG_SEPARATOR);
    // `a//b` or `/a` have empty segments; they are still tags, shown as written.
    const parentName = cut > 0 ? name.slice(0, cut) : undefined;
    const node: TagNode = {
      name,
      label: parentName === undefined ? name : name.slice(cut + 1),
      depth: 0,
      count: 0,
      total: 0,
      implicit: true,
      children: [],
    };
    nodes.set(name, node);
    if (parentName !== undefined && parentName !== '') {
      const parent = ensure(parentName);
      node.depth = parent.depth + 1;
      parent.children.push(node);
    } else roots.push(node);
    return node;
  };
  for (const t of tags) {
    const node = ensure(t.name);
    node.count = t.count;
    node.implicit = false;
    if (t.color) node.color = t.color;
  }
  const finish = (list: TagNode[]): number => {
    list.sort(compare);
    let sum = 0;
    for (const n of list) {
      n.total = n.count + finish(n.children);
      sum += n.total;
    }
    return sum;
  };
  finish(roots);
  return roots;
};

/** Depth-first, skipping the children of collapsed nodes: the rows on screen, in order. */
export const visibleRows = (roots: readonly TagNode[], collapsed: ReadonlySet<string> = new Set()): TagNode[] => {
  const out: TagNode[] = [];
  const walk = (list: readonly TagNode[]) => {
    for (const n of list) {
      out.push(n);
      if (!collapsed.has(n.name)) walk(n.children);
    }
  };
  walk(roots);
  return out;
};

/** Tree rows filtered by a typed text: a match keeps its ancestors so it stays in context. */
export const filterTree = (roots: readonly TagNode[], text: string): TagNode[] => {
  const q = text.trim().toLocaleLowerCase();
  if (!q) return [...roots];
  const keep = (n: TagNode): TagNode | null => {
    const children = n.children.map(keep).filter((c): c is TagNode => c !== null);
    return n.name.toLocaleLowerCase().includes(q) || children.length ? { ...n, children } : null;
  };
  return roots.map(keep).filter((n): n is TagNode => n !== null);
};
