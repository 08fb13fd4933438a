/**
 * Unit ids that contain one gram, ascending. Ids only grow (a changed unit gets a new id),
 * so appending keeps the list sorted and a unit's repeated grams are dropped by comparing
 * with the last id. Typed storage: half the memory of a JS number array.
 */
export class PostingList {
  ids = new Uint32Array(4);
  length = 0;

  add(id: number): void {
    if (this.length > 0 && this.ids[this.length - 1] === id) return;
    if (this.length === this.ids.length) {
      const bigger = new Uint32Array(this.ids.length * 2);
      bigger.set(this.ids);
      this.ids = bigger;
    }
    this.ids[this.length++] = id;
  }

  /** Keeps only the ids `keep` accepts (compaction after many removals). */
  retain(keep: (id: number) => boolean): void {
    let w = 0;
    for (let r = 0; r < this.length; r++) if (keep(this.ids[r])) this.ids[w++] = this.ids[r];
    this.length = w;
    if (this.ids.length > 16 && w < this.ids.length / 4) this.ids = this.ids.slice(0, Math.max(4, w * 2));
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
