import type { Random } from './random';
import type { Span } from './article';

/**
 * Random character edits with the ground truth kept: `rate` is the chance that an edit
 * happens at each character of the old text, a third each insertion, deletion and
 * substitution. `moved[i]` is where old character i is in the new text (or what follows it, if deleted), so an old span
 * [s, e) is [moved[s], moved[e]) after the edits (up to the insertions at its two edges,
 * which belong to either side equally: hence the tolerance in the benchmark).
 */
export interface Edited {
  text: string;
  moved: Int32Array;
  edits: number;
}

export const editRandomly = (old: string, random: Random, rate: number, alphabet: readonly string[]): Edited => {
  const out: string[] = [];
  const moved = new Int32Array(old.length + 1);
  let edits = 0;
  for (let i = 0; i < old.length; i++) {
    const ch = old[i];
    // Paragraph breaks stay: block structure is not what this benchmark edits.
    const kind = ch === '\n' || random.next() >= rate ? -1 : random.int(3);
    if (kind >= 0) edits++;
    // An insertion goes before the character, which then still marks where old offset i is.
    if (kind === 0) out.push(random.pick(alphabet));
    moved[i] = out.length;
    if (kind === 2) out.push(random.pick(alphabet));
    else if (kind !== 1) out.push(ch);
  }
  moved[old.length] = out.length;
  return { text: out.join(''), moved, edits };
};

/** Where an old span is after the edits. */
export const spanAfter = (edited: Edited, span: Span): Span => ({ start: edited.moved[span.start], end: edited.moved[span.end] });
