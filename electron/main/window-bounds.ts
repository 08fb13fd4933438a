/** Window size and position to restore: pure geometry, so it is tested without a screen. */

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  bounds: Rect;
  maximized: boolean;
}

/** What BrowserWindow gets: x/y only when the saved place is still visible. */
export type InitialBounds = { width: number; height: number; x?: number; y?: number };

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 640, height: 420 } as const;

/** At least this much of the window must lie on one display for it to count as visible. */
const MIN_VISIBLE = { width: 160, height: 80 } as const;

const isFiniteInt = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && Math.abs(n) < 1e6;

/** The saved JSON, checked field by field: a hand-edited or damaged file gives null, not a crash. */
export const parseWindowState = (raw: unknown): WindowState | null => {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized } = raw as { bounds?: Partial<Rect>; maximized?: unknown };
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds;
  if (![x, y, width, height].every(isFiniteInt)) return null;
  if (width! <= 0 || height! <= 0) return null;
  return { bounds: { x: x!, y: y!, width: width!, height: height! }, maximized: maximized === true };
};

const overlap = (a: Rect, b: Rect): { width: number; height: number } => ({
  width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
  height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
});

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(value, min), max);

/**
 * The bounds to open the window with. Saved bounds are used only when enough of them lies
 * on a display that exists now (a monitor may have been unplugged, or the resolution
 * changed); they are then shrunk to that display's work area and moved fully onto it.
 * Otherwise the default size, centred by Electron on the primary display.
 */
export const fitBounds = (saved: WindowState | null, workAreas: readonly Rect[]): InitialBounds => {
  if (!saved) return { ...DEFAULT_SIZE };
  const { bounds } = saved;
  let best: Rect | undefined;
  let bestArea = 0;
  for (const area of workAreas) {
    const o = overlap(bounds, area);
    if (o.width >= Math.min(MIN_VISIBLE.width, bounds.width) && o.height >= Math.min(MIN_VISIBLE.height, bounds.height)) {
      if (o.width * o.height > bestArea) {
        best = area;
        bestArea = o.width * o.height;
      }
    }
  }
  if (!best) return { ...DEFAULT_SIZE };
  const width = clamp(bounds.width, Math.min(MIN_SIZE.width, best.width), best.width);
  const height = clamp(bounds.height, Math.min(MIN_SIZE.height, best.height), best.height);
  return {
    width,
    height,
    x: clamp(bounds.x, best.x, best.x + best.width - width),
    y: clamp(bounds.y, best.y, best.y + best.height - height),
  };
};
