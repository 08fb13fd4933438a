import type { Annotation } from '../schemas';

/**
 * Where the annotated article marks text. Overlapping or touching highlights become one
 * marked range: `==a==` directly followed by `==b==` would read as `====` (nothing), and
 * nested `==` is not Markdown. Each merged range remembers its annotations, in document
 * order, so their footnote references follow the range together.
 */

export interface HighlightRange {
  start: number;
  end: number;
  /** The annotations inside, by position (then creation), as sectionAnnotations orders them. */
  members: Annotation[];
}

/**
 * `excerpts` in document order (sectionAnnotations' excerpts). Ranges are clamped to the
 * text; an annotation whose range is empty after clamping is left out (the caller lists it
 * with the orphans).
 */
export const mergeHighlights = (excerpts: readonly Annotation[], textLength: number): HighlightRange[] => {
  const ranges: HighlightRange[] = [];
  const placed = excerpts
    .map((a) => {
      const start = Math.max(0, Math.min(a.target?.position.start ?? 0, textLength));
      const end = Math.max(start, Math.min(a.target?.position.end ?? 0, textLength));
      return { a, start, end };
    })
    .filter((p) => p.end > p.start)
    .sort((x, y) => x.start - y.start);
  for (const p of placed) {
    const last = ranges[ranges.length - 1];
    if (last !== undefined && p.start <= last.end) {
      last.end = Math.max(last.end, p.end);
      last.members.push(p.a);
    } else {
      ranges.push({ start: p.start, end: p.end, members: [p.a] });
    }
  }
  return ranges;
};

/** Annotations that mergeHighlights could place (a non-empty range inside the text). */
export const isPlaceable = (a: Annotation, textLength: number): boolean => {
  const start = Math.max(0, Math.min(a.target?.position.start ?? 0, textLength));
  const end = Math.min(a.target?.position.end ?? 0, textLength);
  return a.target !== undefined && end > start;
};
