export interface Box {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface ToolbarPlacement {
  left: number;
  top: number;
  /** above: over the selection; below: under it (no room above). */
  side: 'above' | 'below';
}

/** Gap between the selection and the toolbar, and the toolbar and the window edge. */
const GAP = 8;

/**
 * Where the floating toolbar goes: centred over the selection, or under it when the
 * selection is too near the top, and always inside the viewport (a selection that ends
 * near an edge, or is taller than the window, must not push the buttons out of reach).
 */
export const placeToolbar = (selection: Box, toolbar: { width: number; height: number }, viewport: { width: number; height: number }): ToolbarPlacement => {
  const maxLeft = Math.max(GAP, viewport.width - toolbar.width - GAP);
  const centred = selection.left + selection.width / 2 - toolbar.width / 2;
  const left = Math.min(Math.max(centred, GAP), maxLeft);
  const above = selection.top - GAP - toolbar.height;
  const side = above >= GAP ? 'above' : 'below';
  const wanted = side === 'above' ? above : selection.top + selection.height + GAP;
  const maxTop = Math.max(GAP, viewport.height - toolbar.height - GAP);
  const top = Math.min(Math.max(wanted, GAP), maxTop);
  return { left: Math.round(left), top: Math.round(top), side };
};
