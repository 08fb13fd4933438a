import { describe, expect, it } from 'vitest';
import type { PaintItem } from './paint-plan';
import { createRangePainter, type HighlightSink } from './range-painter';

/** A fake Range: just the span it stands for. */
type FakeRange = AbstractRange & { span: string };

const setup = (msPerRange = 1, windowFrom?: number) => {
  let clock = 0;
  const built: string[] = [];
  const shown = new Map<string, Set<string>>();
  const sink: HighlightSink = {
    add: (name, r) => {
      if (!shown.has(name)) shown.set(name, new Set());
      shown.get(name)!.add((r as FakeRange).span);
    },
    remove: (name, r) => void shown.get(name)?.delete((r as FakeRange).span),
    replace: () => {},
    clear: (name) => shown.delete(name),
  };
  const queue: Array<() => void> = [];
  const busyLog: boolean[] = [];
  const painter = createRangePainter({
    toRange: (start, end) => {
      clock += msPerRange;
      built.push(`${start}:${end}`);
      return { span: `${start}:${end}` } as FakeRange;
    },
    sink,
    schedule: (run) => {
      queue.push(run);
      return () => queue.splice(queue.indexOf(run), 1);
    },
    now: () => clock,
    budgetMs: 10,
    windowFrom,
    onBusy: (busy) => busyLog.push(busy),
  });
  const drain = () => {
    let slices = 0;
    while (queue.length > 0) {
      queue.shift()!();
      slices += 1;
    }
    return slices;
  };
  const names = (name: string) => [...(shown.get(name) ?? [])].sort();
  return { painter, built, drain, names, queue, busyLog };
};

const item = (start: number, end: number, ...names: string[]): PaintItem => ({ key: `${start}:${end}`, start, end, names });

describe('createRangePainter', () => {
  it('builds ranges in time-boxed slices and paints them all', () => {
    const { painter, built, drain, names } = setup(1);
    const items = Array.from({ length: 100 }, (_, i) => item(i * 10, i * 10 + 5, 'glossa-yellow'));
    painter.update(items);
    // The first slice runs at once (10 ms budget at 1 ms per range).
    expect(built).toHaveLength(10);
    const slices = drain();
    expect(slices).toBe(9);
    expect(built).toHaveLength(100);
    expect(names('glossa-yellow')).toHaveLength(100);
  });

  it('makes progress even when one range takes longer than the budget', () => {
    const { painter, built, drain } = setup(50);
    painter.update([item(0, 1, 'a'), item(2, 3, 'a'), item(4, 5, 'a')]);
    expect(built).toHaveLength(1);
    expect(drain()).toBe(2);
  });

  it('removes stale ranges at once and reuses cached ones without rebuilding', () => {
    const { painter, built, drain, names } = setup(0);
    painter.update([item(0, 5, 'glossa-yellow'), item(10, 15, 'glossa-blue')]);
    drain();
    expect(built).toEqual(['0:5', '10:15']);
    // Recoloured: same span, new registry; the other is gone.
    painter.update([item(0, 5, 'glossa-green')]);
    expect(names('glossa-yellow')).toEqual([]);
    expect(names('glossa-blue')).toEqual([]);
    expect(names('glossa-green')).toEqual(['0:5']);
    expect(built).toEqual(['0:5', '10:15']);
  });

  it('cancels a pending job when the annotations change mid-way', () => {
    const { painter, built, drain, names } = setup(5);
    painter.update(Array.from({ length: 10 }, (_, i) => item(i, i + 1, 'a')));
    expect(built).toHaveLength(2);
    painter.update([item(100, 101, 'a')]);
    drain();
    expect(names('a')).toEqual(['100:101']);
    expect(built).toHaveLength(3);
  });

  it('paints one span in several registries from one range', () => {
    const { painter, built, names } = setup(0);
    painter.update([item(0, 5, 'glossa-yellow', 'glossa-fuzzy')]);
    expect(built).toEqual(['0:5']);
    expect(names('glossa-fuzzy')).toEqual(['0:5']);
  });

  it('skips spans that have no range and clears everything on dispose', () => {
    const { painter, names } = setup(0);
    painter.update([item(0, 5, 'a')]);
    painter.dispose();
    expect(names('a')).toEqual([]);
  });

  it('with many items keeps only those touching the window registered, following it', () => {
    const { painter, built, drain, names, busyLog } = setup(0, 50);
    const items = Array.from({ length: 100 }, (_, i) => item(i * 10, i * 10 + 5, 'a'));
    painter.setWindow({ start: 0, end: 100 });
    painter.update(items);
    drain();
    expect(names('a')).toHaveLength(10);
    expect(built).toHaveLength(10);
    // Scrolling on: what left the window is removed, what entered it is built.
    painter.setWindow({ start: 502, end: 600 });
    drain();
    expect(names('a')).toEqual(['500:505', '510:515', '520:525', '530:535', '540:545', '550:555', '560:565', '570:575', '580:585', '590:595']);
    // Back to the top: those ranges come from the cache, nothing is built again.
    painter.setWindow({ start: 0, end: 100 });
    expect(names('a')).toHaveLength(10);
    expect(built).toHaveLength(20);
    expect(busyLog.at(-1)).toBe(false);
    // No window: everything.
    painter.setWindow(null);
    drain();
    expect(names('a')).toHaveLength(100);
  });

  it('registers everything when there are fewer items than windowFrom, whatever the window', () => {
    const { painter, drain, names } = setup(0, 50);
    painter.setWindow({ start: 0, end: 10 });
    painter.update(Array.from({ length: 20 }, (_, i) => item(i * 10, i * 10 + 5, 'a')));
    drain();
    expect(names('a')).toHaveLength(20);
  });

  it('reports when it is busy building and when everything wanted is registered', () => {
    const { painter, drain, busyLog } = setup(5);
    painter.update(Array.from({ length: 10 }, (_, i) => item(i, i + 1, 'a')));
    expect(busyLog).toEqual([true]);
    drain();
    expect(busyLog).toEqual([true, false]);
  });
});
