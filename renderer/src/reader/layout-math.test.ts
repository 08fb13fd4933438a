import { describe, expect, it } from 'vitest';
import { centredScrollTop } from './scroll-into-view';
import { placeToolbar } from './toolbar-position';

const viewport = { width: 1000, height: 800 };
const bar = { width: 300, height: 40 };

describe('placeToolbar', () => {
  it('centres the toolbar above the selection', () => {
    expect(placeToolbar({ left: 400, top: 300, width: 200, height: 20 }, bar, viewport)).toEqual({ left: 350, top: 252, side: 'above' });
  });

  it('goes below a selection near the top', () => {
    expect(placeToolbar({ left: 400, top: 20, width: 200, height: 20 }, bar, viewport)).toEqual({ left: 350, top: 48, side: 'below' });
  });

  it('stays inside the viewport horizontally and vertically', () => {
    expect(placeToolbar({ left: 0, top: 300, width: 10, height: 20 }, bar, viewport).left).toBe(8);
    expect(placeToolbar({ left: 990, top: 300, width: 10, height: 20 }, bar, viewport).left).toBe(692);
    // A selection taller than the window: the toolbar still shows, at the bottom edge.
    expect(placeToolbar({ left: 400, top: 4, width: 200, height: 2000 }, bar, viewport).top).toBe(752);
  });
});

describe('centredScrollTop', () => {
  const container = { top: 100, clientHeight: 600, scrollTop: 1000, scrollHeight: 10_000 };

  it('centres a short passage', () => {
    // Passage at viewport y=900 -> 1800 in content; centred: 1800 - (600 - 20) / 2.
    expect(centredScrollTop({ top: 900, height: 20 }, container)).toBe(1510);
  });

  it('aligns a tall passage to its top', () => {
    expect(centredScrollTop({ top: 900, height: 590 }, container)).toBe(1768);
  });

  it('clamps to the scrollable range', () => {
    expect(centredScrollTop({ top: 100, height: 20 }, { ...container, scrollTop: 0 })).toBe(0);
    expect(centredScrollTop({ top: 9_900, height: 20 }, { ...container, scrollTop: 0 })).toBe(9_400);
  });
});
