/** A count this high means "at least": look at the text to know. */
export const COUNT_SATURATED = 0xffff;

/**
 * Unit ids that contain one gram, ascending, and how often the gram occurs in each. Ids
 * only grow (a changed unit gets a new id), so appending keeps the list sorted and a
 * unit's repeated grams just raise its count. The counts answer "how many matches" for a
 * one- or two-character term without reading the text (see SearchIndex.candidates).
 * Typed storage: a fraction of the memory of JS arrays.
 */
export class PostingList {
  ids = new Uint32Array(4);
  counts = new Uint16Array(4);
  length = 0;

  add(id: number): void {
    const last = this.length - 1;
    if (last >= 0 && this.ids[last] === id) {
      if (this.counts[last] < COUNT_SATURATED) this.counts[last]++;
      return;
    }
    if (this.length === this.ids.length) {
      const ids = new Uint32Array(this.ids.length * 2);
      const counts = new Uint16Array(this.ids.length * 2);
      ids.set(this.ids);
      counts.set(this.counts);
      this.ids = ids;
      this.counts = counts;
    }
    this.ids[this.length] = id;
    this.counts[this.length++] = 1;
  }

  /** Gives back the room kept for growth (after a whole build; a later add grows it again). */
  trim(): void {
    if (this.ids.length === this.length) return;
    this.ids = this.ids.slice(0, this.length);
    this.counts = this.counts.slice(0, this.length);
  }

  /** Keeps only the ids `keep` accepts (compaction after many removals). */
  retain(keep: (id: number) => boolean): void {
    let w = 0;
    for (let r = 0; r < this.length; r++) {
      if (!keep(this.ids[r])) continue;
      this.ids[w] = this.ids[r];
      this.counts[w++] = this.counts[r];
    }
    this.length = w;
    if (this.ids.length > 16 && w < this.ids.length / 4) {
      this.ids = this.ids.slice(0, Math.max(4, w * 2));
      this.counts = this.counts.slice(0, Math.max(4, w * 2));
    }
  }
}

/** First index in ids[from, length) whose value is >= target (galloping, then binary). */
const seek = (list: PostingList, from: number, target: number): number => {
  const { ids, length } = list;
  let step = 1;
  let hi = from;
  while (hi < length && ids[hi] < target) {
    from = hi + 1;
    hi += step;
    step *= 2;
  }
  hi = Math.min(hi, length);
  while (from < hi) {
    const mid = (from + hi) >>> 1;
    if (ids[mid] < target) from = mid + 1;
    else hi = mid;
  }
  return from;
};

/**
 * Ids present in every list. The shortest list drives; the others are searched by
 * galloping, so the cost follows the rarest gram, not the most common one.
 */
export const intersect = (lists: PostingList[]): number[] => {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  const [driver, ...others] = sorted;
  const at = others.map(() => 0);
  const out: number[] = [];
  outer: for (let i = 0; i < driver.length; i++) {
    const id = driver.ids[i];
    for (let k = 0; k < others.length; k++) {
      at[k] = seek(others[k], at[k], id);
      if (at[k] >= others[k].length) break outer;
      if (others[k].ids[at[k]] !== id) continue outer;
    }
    out.push(id);
  }
  return out;
};
