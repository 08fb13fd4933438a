/**
 * Tree-order comparison of DOM boundary points (node, offset), as the DOM standard defines
 * it for Range. Written out rather than borrowed from Range.comparePoint so mapping a
 * selection allocates no Range per comparison and behaves the same in every DOM.
 */

const childIndex = (node: Node): number => {
  let index = 0;
  for (let n = node.previousSibling; n !== null; n = n.previousSibling) index += 1;
  return index;
};

/** -1 if (a, aOffset) is before (b, bOffset), 0 if equal, 1 if after. */
export const comparePoints = (a: Node, aOffset: number, b: Node, bOffset: number): -1 | 0 | 1 => {
  if (a === b) return aOffset === bOffset ? 0 : aOffset < bOffset ? -1 : 1;
  if (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING) {
    return (-comparePoints(b, bOffset, a, aOffset) || 0) as -1 | 0 | 1;
  }
  // Here a comes before b in tree order. If a contains b, the answer depends on which
  // child of a holds b.
  if (a.contains(b)) {
    let child: Node = b;
    while (child.parentNode !== a) child = child.parentNode!;
    if (childIndex(child) < aOffset) return 1;
  }
  return -1;
};

/** The point just after a node's last child (its end inside itself). */
export const endOffsetOf = (node: Node): number =>
  node.nodeType === Node.TEXT_NODE ? (node as Text).data.length : node.childNodes.length;
