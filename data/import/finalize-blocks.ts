import type { Block } from '../model/schemas';
import { blockText } from '../model/text';
import { trimRuns } from './inline-runs';

/**
 * "\n\n" separates blocks in the canonical text (model/text.ts); inside a prose block it
 * would read as a block boundary, so it shrinks to one line break. Code keeps its lines.
 */
const withoutBlankLines = (block: Block): Block => {
  if (!blockText(block).includes('\n\n')) return block;
  const runs = block.runs.map((run) => ({ ...run, text: run.text.replace(/\n{2,}/g, '\n') }));
  for (let i = 1; i < runs.length; i++) {
    if (runs[i - 1].text.endsWith('\n')) runs[i].text = runs[i].text.replace(/^\n+/, '');
  }
  return { ...block, runs: runs.filter((run) => run.text !== '') };
};

/** Drops blocks without text (rules excepted) and enforces the separator rule. */
export const finalizeBlocks = (blocks: readonly Block[]): Block[] => {
  const out: Block[] = [];
  for (const block of blocks) {
    if (block.kind === 'rule') {
      out.push({ kind: 'rule', runs: [] });
      continue;
    }
    if (blockText(block).trim() === '') continue;
    if (block.kind === 'code') {
      out.push(block);
      continue;
    }
    const fixed = withoutBlankLines(block);
    const runs = fixed.runs.map((run) => ({ ...run }));
    trimRuns(runs, 'start', /^\s+/);
    trimRuns(runs, 'end', /\s+$/);
    out.push({ ...fixed, runs });
  }
  return out;
};
