import { describe, expect, it } from 'vitest';
import type { PaintItem } from './paint-plan';
import { createRangePainter, type HighlightSink } from './range-painter';

/** A fake Range: just the span it stands for. */
type FakeRange = AbstractRange & { span: string };

const setup = (msPerRange = 1) => {
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
  return { painter, built, drain, names, queue };
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
});
