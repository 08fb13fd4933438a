import type { PaintItem } from './paint-plan';
import type { Schedule } from './slice-scheduler';

/** Where ranges go: CSS.highlights in the app, a recording fake in tests. */
export interface HighlightSink {
  add: (name: string, range: AbstractRange) => void;
  remove: (name: string, range: AbstractRange) => void;
  replace: (name: string, ranges: readonly AbstractRange[]) => void;
  clear: (name: string) => void;
}

export interface RangePainterOptions {
  /** Canonical span to DOM Range (a binary search plus one block's text nodes). */
  toRange: (start: number, end: number) => AbstractRange | null;
  sink: HighlightSink;
  schedule: Schedule;
  now?: () => number;
  /** Time per slice; well under the 50 ms that makes a task "long". */
  budgetMs?: number;
  /**
   * From how many items on only those in the window (setWindow) are in the sink. Chromium
   * revalidates every registered highlight range whenever the DOM changes anywhere in the
   * page (a card mounting in the annotations pane, a keystroke in a note), so 5,000
   * registered ranges cost every such frame; the few dozen on screen do not.
   */
  windowFrom?: number;
  /** Called with true when building starts and false when everything wanted is in the sink. */
  onBusy?: (busy: boolean) => void;
}

/** Canonical offsets near the viewport; items that touch it are painted. */
export interface PaintWindow {
  start: number;
  end: number;
}

export interface RangePainter {
  update: (items: readonly PaintItem[]) => void;
  /** The part of the text on or near the screen; null: all of it. */
  setWindow: (window: PaintWindow | null) => void;
  /** Stops pending work and removes everything this painter added. */
  dispose: () => void;
}

export const WINDOW_FROM = 500;

/**
 * Keeps highlight registries in step with a list of paint items. Ranges are built once
 * per span (cached by start:end: live Ranges stay valid while the document's DOM does) and
 * building is cut into time-boxed slices, so 5,000 highlights on a 300k-character
 * article never block the main thread for long. An update removes stale ranges at once,
 * re-adds cached ones at once, and builds only what is new. With many items only those near
 * the viewport are kept in the sink (setWindow), moving with the reader's scrolling.
 */
export const createRangePainter = ({
  toRange,
  sink,
  schedule,
  now = () => performance.now(),
  budgetMs = 8,
  windowFrom = WINDOW_FROM,
  onBusy,
}: RangePainterOptions): RangePainter => {
  const cache = new Map<string, AbstractRange | null>();
  /** name -> key -> range currently in the sink. */
  const shown = new Map<string, Map<string, AbstractRange>>();
  let cancel: (() => void) | null = null;
  let items: readonly PaintItem[] = [];
  let view: PaintWindow | null = null;
  /** The indexes of items that were last put in view, to skip window moves that change nothing. */
  let inView = '';
  let busy = false;
  const setBusy = (value: boolean) => {
    if (busy === value) return;
    busy = value;
    onBusy?.(value);
  };

  const shownIn = (name: string): Map<string, AbstractRange> => {
    let keys = shown.get(name);
    if (!keys) {
      keys = new Map();
      shown.set(name, keys);
    }
    return keys;
  };

  const show = (item: PaintItem, range: AbstractRange | null) => {
    if (!range) return;
    for (const name of item.names) {
      shownIn(name).set(item.key, range);
      sink.add(name, range);
    }
  };

  const runSlices = (queue: readonly PaintItem[], from: number) => {
    const started = now();
    let i = from;
    // At least one item per slice, so a slow clock cannot stall painting.
    do {
      const item = queue[i];
      let range = cache.get(item.key);
      if (range === undefined) {
        range = toRange(item.start, item.end);
        cache.set(item.key, range);
      }
      show(item, range);
      i += 1;
    } while (i < queue.length && now() - started < budgetMs);
    cancel = i < queue.length ? schedule(() => runSlices(queue, i)) : null;
    if (!cancel) setBusy(false);
  };

  /** The items to have in the sink: all of them, or those touching the window. */
  const visible = (): readonly PaintItem[] => {
    if (view === null || items.length < windowFrom) return items;
    const { start, end } = view;
    return items.filter((item) => item.start < end && item.end > start);
  };

  /** Makes the sink hold exactly `target`: removes at once, adds cached at once, builds the rest in slices. */
  const sync = (target: readonly PaintItem[]) => {
    cancel?.();
    cancel = null;
    const wanted = new Map<string, Set<string>>();
    for (const item of target) for (const name of item.names) {
      let keys = wanted.get(name);
      if (!keys) wanted.set(name, (keys = new Set()));
      keys.add(item.key);
    }
    for (const [name, keys] of shown) {
      for (const [key, range] of keys) {
        if (wanted.get(name)?.has(key)) continue;
        sink.remove(name, range);
        keys.delete(key);
      }
    }
    const queue: PaintItem[] = [];
    for (const item of target) {
      const missing = item.names.filter((name) => !shown.get(name)?.has(item.key));
      if (missing.length === 0) continue;
      const todo = { ...item, names: missing };
      if (cache.has(item.key)) show(todo, cache.get(item.key)!);
      else queue.push(todo);
    }
    if (queue.length > 0) {
      setBusy(true);
      runSlices(queue, 0);
    } else setBusy(false);
  };

  const update = (next: readonly PaintItem[]) => {
    items = next;
    // Forget ranges no longer wanted, so the cache stays the size of the annotation list.
    const live = new Set(next.map((item) => item.key));
    for (const key of cache.keys()) if (!live.has(key)) cache.delete(key);
    const target = visible();
    inView = target === items ? '*' : `${target.length}:${target[0]?.key}:${target[target.length - 1]?.key}`;
    sync(target);
  };

  const setWindow = (next: PaintWindow | null) => {
    view = next;
    const target = visible();
    const key = target === items ? '*' : `${target.length}:${target[0]?.key}:${target[target.length - 1]?.key}`;
    if (key === inView) return;
    inView = key;
    sync(target);
  };

  const dispose = () => {
    cancel?.();
    cancel = null;
    for (const name of shown.keys()) sink.clear(name);
    shown.clear();
    cache.clear();
    setBusy(false);
  };

  return { update, setWindow, dispose };
};
