import { startTransition, useEffect, useMemo, useState } from 'react';
import type { Block } from '../../../data/model/schemas';
import { blockStarts, blockText } from '../../../data/model/text';
import { groupBlocks } from './list-groups';
import type { Schedule } from './slice-scheduler';

/**
 * A long article is put on screen in steps: the first screens of text at once, the rest in
 * chunks after the first paint (each a React transition, rendered in short slices), so a
 * 300,000-character article shows its beginning without waiting for all of it and no step
 * blocks the main thread for long. Counts always end at a top-level node (never inside a
 * list), so the rendered blocks are exactly blocks[0..count).
 */

/** Characters rendered with the first paint: several screens, even on a tall window with a small font. */
export const FIRST_CHARS = 6_000;
/** Characters added per later step: laying out this much text stays well under 50 ms. */
export const CHUNK_CHARS = 10_000;

export interface ProgressivePlan {
  /** Block indexes where a top-level node (block or whole list) starts, then blocks.length. */
  boundaries: number[];
  starts: number[];
}

export const planSteps = (blocks: readonly Block[]): ProgressivePlan => {
  const boundaries = groupBlocks(blocks).map((node) => (node.type === 'block' ? node.index : node.list.items[0].index));
  boundaries.push(blocks.length);
  return { boundaries, starts: blockStarts(blocks) };
};

/** The smallest boundary past `from` whose text reaches `chars` characters beyond block `from`. */
export const nextCount = (plan: ProgressivePlan, from: number, chars: number): number => {
  const { boundaries, starts } = plan;
  const total = boundaries[boundaries.length - 1];
  if (from >= total) return total;
  const goal = starts[from] + chars;
  for (const b of boundaries) {
    if (b <= from) continue;
    if (b === total || starts[b] >= goal) return b;
  }
  return total;
};

/** Canonical offset just after the last rendered block (0 when none). */
export const renderedTextEnd = (blocks: readonly Block[], starts: readonly number[], count: number): number =>
  count === 0 ? 0 : starts[count - 1] + blockText(blocks[count - 1]).length;

/** After the next frame has been painted: the first text reaches the screen before more is added. */
export const afterPaint: Schedule = (run) => {
  if (typeof requestAnimationFrame !== 'function') {
    const id = setTimeout(run, 0);
    return () => clearTimeout(id);
  }
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(run, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
};

export interface ProgressiveBlocks {
  /** How many blocks to render. */
  count: number;
  /** Canonical offset where the rendered text ends. */
  textEnd: number;
  complete: boolean;
}

export const useProgressiveBlocks = (blocks: readonly Block[], schedule: Schedule = afterPaint): ProgressiveBlocks => {
  const plan = useMemo(() => planSteps(blocks), [blocks]);
  const [shown, setShown] = useState(() => ({ blocks, count: nextCount(plan, 0, FIRST_CHARS) }));
  let count = shown.count;
  // Another document: start again from its beginning (state adjusted while rendering).
  if (shown.blocks !== blocks) {
    count = nextCount(plan, 0, FIRST_CHARS);
    setShown({ blocks, count });
  }
  const total = blocks.length;
  useEffect(() => {
    if (count >= total) return;
    return schedule(() =>
      startTransition(() =>
        setShown((s) => (s.blocks === blocks ? { blocks, count: nextCount(plan, s.count, CHUNK_CHARS) } : s)),
      ),
    );
  }, [blocks, plan, count, total, schedule]);
  return { count, textEnd: renderedTextEnd(blocks, plan.starts, count), complete: count >= total };
};
