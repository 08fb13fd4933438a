import type { ReanchorEntry, ReanchorOutcome } from '../api';
import type { Annotation, Target } from '../schemas';
import { describe } from './describe';
import { resolve, type Resolution } from './resolve';

export interface ReanchorResult {
  /** Same order as the input; new objects, the input is never mutated. */
  annotations: Annotation[];
  /** One entry per annotation with a target, in input order. */
  report: ReanchorEntry[];
}

const copyTarget = (target: Target): Target => ({
  quote: { ...target.quote },
  position: { ...target.position },
});

/**
 * What a resolved annotation stores:
 * - anchored: the selectors are described afresh from the new text (exact is unchanged,
 *   since the text there equals it), so the next re-anchoring compares against the
 *   current surroundings;
 * - fuzzy: the new position, but the stored quote, prefix and suffix are kept: they are
 *   what the person selected, and the next re-anchoring (or a person) can still compare
 *   against them; the position no longer matching `exact` is what keeps it visibly fuzzy;
 * - orphaned: the stored target untouched, old position included; only state says it is
 *   not in the text.
 */
function targetAfter(newText: string, target: Target, resolution: Resolution): Target {
  const { start, end } = resolution;
  if (start === undefined || end === undefined) return copyTarget(target);
  if (resolution.state === 'anchored') return describe(newText, start, end);
  return { quote: { ...target.quote }, position: { type: 'TextPositionSelector', start, end } };
}

function outcomeOf(target: Target, resolution: Resolution): ReanchorOutcome {
  if (resolution.state === 'orphaned') return 'orphaned';
  if (resolution.state === 'fuzzy') return 'fuzzy';
  const moved = resolution.start !== target.position.start || resolution.end !== target.position.end;
  return moved ? 'moved' : 'kept';
}

/**
 * Re-anchor every annotation after the document's text was replaced. Annotations are
 * visited in old document order carrying the offset change of the last one found: after
 * an inserted paragraph every later passage shifts by the same amount, so the guess is
 * usually exact and each costs a string comparison instead of a scan of the text.
 * Timestamps are left alone: this is a pure function with no clock.
 */
export function reanchor(newText: string, annotations: Annotation[]): ReanchorResult {
  const resolutions = new Map<number, Resolution>();
  const order = annotations
    .map((annotation, index) => ({ annotation, index }))
    .filter(({ annotation }) => annotation.target !== undefined)
    .sort((a, b) => a.annotation.target!.position.start - b.annotation.target!.position.start);

  let delta = 0;
  for (const { annotation, index } of order) {
    const target = annotation.target!;
    const resolution = resolve(newText, target, { expectedStart: target.position.start + delta });
    resolutions.set(index, resolution);
    // An orphan's stored position belongs to an older text: it says nothing about this edit.
    if (resolution.start !== undefined && annotation.state !== 'orphaned') {
      delta = resolution.start - target.position.start;
    }
  }

  const report: ReanchorEntry[] = [];
  const result = annotations.map((annotation, index): Annotation => {
    const copy: Annotation = { ...annotation, tags: [...annotation.tags] };
    const target = annotation.target;
    const resolution = resolutions.get(index);
    if (target === undefined || resolution === undefined) {
      return copy;
    }
    const outcome = outcomeOf(target, resolution);
    const entry: ReanchorEntry = {
      annotationId: annotation.id,
      outcome,
      exact: target.quote.exact,
      from: { start: target.position.start, end: target.position.end },
    };
    if (resolution.start !== undefined && resolution.end !== undefined) {
      entry.to = { start: resolution.start, end: resolution.end };
    }
    report.push(entry);
    return { ...copy, target: targetAfter(newText, target, resolution), state: resolution.state };
  });
  return { annotations: result, report };
}
