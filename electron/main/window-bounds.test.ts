import { describe, expect, it } from 'vitest';
import { DEFAULT_SIZE, fitBounds, parseWindowState, type WindowState } from './window-bounds';

const LAPTOP = { x: 0, y: 0, width: 1440, height: 875 };
/** A second monitor to the right of the laptop. */
const MONITOR = { x: 1440, y: -200, width: 2560, height: 1400 };

const state = (x: number, y: number, width: number, height: number, maximized = false): WindowState => ({
  bounds: { x, y, width, height },
  maximized,
});

describe('fitBounds', () => {
  it('uses the default size, without a position, when nothing was saved', () => {
    expect(fitBounds(null, [LAPTOP])).toEqual(DEFAULT_SIZE);
  });

  it('restores saved bounds that lie on a display', () => {
    expect(fitBounds(state(100, 50, 1200, 800), [LAPTOP])).toEqual({ x: 100, y: 50, width: 1200, height: 800 });
    expect(fitBounds(state(1600, 0, 1600, 1000), [LAPTOP, MONITOR])).toEqual({ x: 1600, y: 0, width: 1600, height: 1000 });
  });

  it('falls back to the default when the display it was on is gone', () => {
    expect(fitBounds(state(1600, 0, 1600, 1000), [LAPTOP])).toEqual(DEFAULT_SIZE);
    expect(fitBounds(state(-5000, -5000, 800, 600), [LAPTOP, MONITOR])).toEqual(DEFAULT_SIZE);
  });

  it('does not restore a window with only a sliver on screen', () => {
    expect(fitBounds(state(1400, 100, 1000, 700), [LAPTOP])).toEqual(DEFAULT_SIZE);
    expect(fitBounds(state(100, 850, 1000, 700), [LAPTOP])).toEqual(DEFAULT_SIZE);
  });

  it('moves a partly visible window fully onto its display', () => {
    expect(fitBounds(state(-300, -40, 1000, 700), [LAPTOP])).toEqual({ x: 0, y: 0, width: 1000, height: 700 });
    expect(fitBounds(state(1000, 500, 1000, 700), [LAPTOP])).toEqual({ x: 440, y: 175, width: 1000, height: 700 });
  });

  it('shrinks a window larger than the display (resolution lowered) to its work area', () => {
    expect(fitBounds(state(0, 0, 3000, 2000), [LAPTOP])).toEqual({ x: 0, y: 0, width: 1440, height: 875 });
  });

  it('grows a tiny saved window to the minimum size', () => {
    expect(fitBounds(state(10, 10, 50, 30), [LAPTOP])).toEqual({ x: 10, y: 10, width: 640, height: 420 });
  });

  it('picks the display holding most of the window', () => {
    const fitted = fitBounds(state(1200, 100, 1000, 700), [LAPTOP, MONITOR]);
    expect(fitted.x).toBeGreaterThanOrEqual(MONITOR.x);
  });

  it('uses the default with no displays at all', () => {
    expect(fitBounds(state(0, 0, 800, 600), [])).toEqual(DEFAULT_SIZE);
  });
});

describe('parseWindowState', () => {
  it('accepts what was saved', () => {
    expect(parseWindowState({ bounds: { x: -10, y: 20, width: 800, height: 600 }, maximized: true })).toEqual(state(-10, 20, 800, 600, true));
  });

  it.each([null, 'x', 42, {}, { bounds: null }, { bounds: { x: 0, y: 0, width: 800 } }, { bounds: { x: 0, y: 0, width: -1, height: 600 } }, { bounds: { x: NaN, y: 0, width: 800, height: 600 } }, { bounds: { x: '0', y: 0, width: 800, height: 600 } }, { bounds: { x: 1e9, y: 0, width: 800, height: 600 } }])(
    'rejects %j',
    (raw) => {
      expect(parseWindowState(raw)).toBeNull();
    },
  );
});
