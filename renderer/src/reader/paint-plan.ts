import { colorHighlight, FUZZY_HIGHLIGHT, OVERLAP_HIGHLIGHT } from './highlight-names';
import type { Span } from './paintable';

/** One range to paint, in every highlight registry named. */
export interface PaintItem {
  /** start:end, so equal spans share one Range. */
  key: string;
  start: number;
  end: number;
  names: string[];
}

export const spanKey = (start: number, end: number): string => `${start}:${end}`;

/**
 * Stretches covered by two or more spans: a sweep over the sorted endpoints. Endpoints
 * are packed as offset * 2 + (start ? 1 : 0) in a typed array, whose native numeric sort
 * is many times faster than sorting pairs with a comparator (this runs on every
 * annotation change, with thousands of spans); ends sort before starts at one offset, so
 * touching spans do not overlap.
 */
export const overlaps = (spans: readonly Span[]): Array<{ start: number; end: number }> => {
  const events = new Float64Array(spans.length * 2);
  spans.forEach((s, i) => {
    events[2 * i] = s.start * 2 + 1;
    events[2 * i + 1] = s.end * 2;
  });
  events.sort();
  const out: Array<{ start: number; end: number }> = [];
  let depth = 0;
  let from = 0;
  for (const event of events) {
    const at = Math.floor(event / 2);
    const before = depth;
    depth += event % 2 === 1 ? 1 : -1;
    if (before < 2 && depth >= 2) from = at;
    else if (before >= 2 && depth < 2 && at > from) {
      const last = out[out.length - 1];
      if (last && last.end === from) last.end = at;
      else out.push({ start: from, end: at });
    }
  }
  return out;
};

/** What to paint for these spans: one item per distinct range, plus the overlap tint. */
export const planPaint = (spans: readonly Span[]): PaintItem[] => {
  const byKey = new Map<string, PaintItem>();
  const add = (start: number, end: number, name: string) => {
    const key = spanKey(start, end);
    let item = byKey.get(key);
    if (!item) {
      item = { key, start, end, names: [] };
      byKey.set(key, item);
    }
    if (!item.names.includes(name)) item.names.push(name);
  };
  for (const s of spans) {
    add(s.start, s.end, colorHighlight(s.color));
    if (s.fuzzy) add(s.start, s.end, FUZZY_HIGHLIGHT);
  }
  for (const o of overlaps(spans)) add(o.start, o.end, OVERLAP_HIGHLIGHT);
  // Document order, so a large document paints from the top, where the reader usually is.
  return [...byKey.values()].sort((a, b) => a.start - b.start || a.end - b.end);
};
