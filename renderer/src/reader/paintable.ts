import type { Annotation, Color } from '../../../data/model/schemas';

/** An annotation that has a place in the text, clamped to it. */
export interface Span {
  id: string;
  start: number;
  end: number;
  color: Color;
  fuzzy: boolean;
}

/**
 * The annotations the reader paints and hit-tests: those with a target that anchoring
 * found (exactly or fuzzily). Orphans keep their stored position but no longer point at
 * their quote, so painting them would mark the wrong words.
 */
export const paintableSpans = (annotations: readonly Annotation[], textLength: number): Span[] => {
  const spans: Span[] = [];
  for (const a of annotations) {
    if (!a.target || a.state === 'orphaned') continue;
    const start = Math.min(Math.max(a.target.position.start, 0), textLength);
    const end = Math.min(Math.max(a.target.position.end, 0), textLength);
    if (end > start) spans.push({ id: a.id, start, end, color: a.color, fuzzy: a.state === 'fuzzy' });
  }
  return spans;
};
