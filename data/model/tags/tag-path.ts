/**
 * Hierarchical tags are plain strings written `parent/child`: no separate tree is stored,
 * so a tag typed in the CLI, the app or an exported Obsidian note means the same thing.
 * A parent stands for itself and everything below it; `研究` covers `研究/雲端` but not
 * `研究所` (the match is on whole path segments, never on a prefix of characters).
 */
export const TAG_SEPARATOR = '/';

/** `研究/` and `研究` are the same filter; stray separators at the end say nothing. */
export const trimTagPath = (tag: string): string => tag.trim().replace(/\/+$/, '');

/** True when `tag` is `filter` itself or one of its descendants. */
export const tagMatches = (filter: string, tag: string): boolean => {
  const f = trimTagPath(filter);
  if (f === '') return false;
  return tag === f || tag.startsWith(f + TAG_SEPARATOR);
};

/** True when `tag` matches at least one of `filters`. */
export const tagMatchesAny = (filters: readonly string[], tag: string): boolean => filters.some((f) => tagMatches(f, tag));

/**
 * The name `tag` gets when `from` is renamed to `to`: `to` itself, `to/child` for a
 * descendant, or undefined when the rename does not concern it.
 */
export const renamedTag = (tag: string, from: string, to: string): string | undefined => {
  const f = trimTagPath(from);
  const t = trimTagPath(to);
  if (tag === f) return t;
  if (tag.startsWith(f + TAG_SEPARATOR)) return t + tag.slice(f.length);
  return undefined;
};

/**
 * Several renames at once (a merge): the most specific source wins, so merging `a` and
 * `a/b` into `c` sends `a/b/x` to `c/x`, not to `c/b/x`.
 */
export const mergedTag = (tag: string, sources: readonly string[], into: string): string | undefined => {
  const bySpecificity = [...sources].map(trimTagPath).sort((a, b) => b.length - a.length);
  for (const source of bySpecificity) {
    const renamed = renamedTag(tag, source, into);
    if (renamed !== undefined) return renamed;
  }
  return undefined;
};

/** Applies a rename to a list of tags, keeping order and dropping the duplicates a merge makes. */
export const rewriteTags = (
  tags: readonly string[],
  rename: (tag: string) => string | undefined,
): { tags: string[]; changed: boolean } => {
  const out: string[] = [];
  let changed = false;
  for (const tag of tags) {
    const next = rename(tag) ?? tag;
    if (next !== tag) changed = true;
    if (out.includes(next)) changed = true;
    else out.push(next);
  }
  return { tags: out, changed };
};

/** `a/b/c` → [`a`, `a/b`, `a/b/c`]: every level a tag implies, for trees and counts. */
export const tagAncestry = (tag: string): string[] => {
  const parts = tag.split(TAG_SEPARATOR);
  return parts.map((_, i) => parts.slice(0, i + 1).join(TAG_SEPARATOR));
};
