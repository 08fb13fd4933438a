/** The longest tag TagNameSchema accepts. */
export const MAX_TAG_LENGTH = 100;

/** Comparison form: NFKC folds full-width Latin and compatibility forms; case is ignored. */
export const foldTag = (tag: string): string => tag.normalize('NFKC').toLocaleLowerCase();

/** A typed tag as it will be stored, or null when it is not a valid tag. */
export const cleanTag = (raw: string): string | null => {
  const tag = raw.trim().replace(/\s+/g, ' ');
  return tag === '' || tag.length > MAX_TAG_LENGTH ? null : tag;
};

/**
 * Known tags matching what was typed, for the autocomplete list: tags that start with the
 * query first, then tags that contain it, each group in the given order; tags already
 * chosen are left out. An empty query lists nothing, so Enter on an empty field saves.
 */
export const matchTags = (known: readonly string[], query: string, chosen: readonly string[], limit = 8): string[] => {
  const q = foldTag(query.trim());
  if (q === '') return [];
  const taken = new Set(chosen.map(foldTag));
  const prefix: string[] = [];
  const inside: string[] = [];
  const seen = new Set<string>();
  for (const tag of known) {
    const folded = foldTag(tag);
    if (taken.has(folded) || seen.has(folded)) continue;
    seen.add(folded);
    if (folded.startsWith(q)) prefix.push(tag);
    else if (folded.includes(q)) inside.push(tag);
  }
  return [...prefix, ...inside].slice(0, limit);
};

/** The spelling to store for a typed tag: an existing tag's, if one matches when folded. */
export const canonicalTag = (typed: string, known: readonly string[]): string => {
  const folded = foldTag(typed);
  return known.find((tag) => foldTag(tag) === folded) ?? typed;
};
