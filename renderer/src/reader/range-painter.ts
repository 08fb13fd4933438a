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
}

export interface RangePainter {
  update: (items: readonly PaintItem[]) => void;
  /** Stops pending work and removes everything this painter added. */
  dispose: () => void;
}

/**
 * Keeps highlight registries in step with a list of paint items. Ranges are built once
 * per span (cached by start:end: live Ranges stay valid while the document's DOM does) and
 * building is cut into time-boxed slices, so 5,000 highlights on a 300k-character
 * article never block the main thread for long. An update removes stale ranges at once,
 * re-adds cached ones at once, and builds only what is new.
 */
export const createRangePainter = ({ toRange, sink, schedule, now = () => performance.now(), budgetMs = 8 }: RangePainterOptions): RangePainter => {
  const cache = new Map<string, AbstractRange | null>();
  /** name -> key -> range currently in the sink. */
  const shown = new Map<string, Map<string, AbstractRange>>();
  let cancel: (() => void) | null = null;

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
  };

  const update = (items: readonly PaintItem[]) => {
    cancel?.();
    cancel = null;
    const wanted = new Map<string, Set<string>>();
    for (const item of items) for (const name of item.names) {
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
    const live = new Set<string>();
    for (const item of items) {
      live.add(item.key);
      const missing = item.names.filter((name) => !shown.get(name)?.has(item.key));
      if (missing.length === 0) continue;
      const todo = { ...item, names: missing };
      if (cache.has(item.key)) show(todo, cache.get(item.key)!);
      else queue.push(todo);
    }
    // Forget ranges no longer wanted, so the cache stays the size of the annotation list.
    for (const key of cache.keys()) if (!live.has(key)) cache.delete(key);
    if (queue.length > 0) runSlices(queue, 0);
  };

  const dispose = () => {
    cancel?.();
    cancel = null;
    for (const name of shown.keys()) sink.clear(name);
    shown.clear();
    cache.clear();
  };

  return { update, dispose };
};
