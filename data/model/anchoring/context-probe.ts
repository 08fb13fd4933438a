import type { StoredContext } from './context-similarity';

/** Units per probe; two probes per side, so one edit beside the quote leaves one intact. */
const PROBE = 5;

/**
 * Could the context have survived anywhere? A candidate far from where the quote was
 * expected is only accepted with half of one side's context intact, which in practice
 * leaves one of the units 0-4 or 5-9 beside the quote verbatim. Checking that with four
 * indexOf calls spares a bit-parallel scan of the whole text for every quote that is
 * simply gone, the usual reason to get this far. A heuristic, not a proof: a passage both
 * moved far and edited in all four probes is orphaned rather than found.
 */
export function contextMaySurvive(text: string, ctx: StoredContext): boolean {
  const { prefix, suffix } = ctx;
  // Short sides end at the text's edge, which no probe can look for.
  if (prefix.length < 2 * PROBE || suffix.length < 2 * PROBE) return true;
  const probes = [
    prefix.slice(-PROBE),
    prefix.slice(-2 * PROBE, -PROBE),
    suffix.slice(0, PROBE),
    suffix.slice(PROBE, 2 * PROBE),
  ];
  return probes.some((probe) => text.includes(probe));
}
