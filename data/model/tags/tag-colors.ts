import type { Tag } from '../schemas';

/**
 * Tag colours live in library.json beside the documents, keyed by name, so they must follow
 * a rename or merge. When two entries land on one name, the one already there wins: merging
 * into an existing tag keeps that tag's look.
 */
export const renameTagColors = (tags: readonly Tag[], rename: (name: string) => string | undefined): Tag[] => {
  const out = new Map<string, Tag>();
  for (const tag of tags) if (rename(tag.name) === undefined) out.set(tag.name, tag);
  for (const tag of tags) {
    const to = rename(tag.name);
    if (to !== undefined && !out.has(to)) out.set(to, { ...tag, name: to });
  }
  return [...out.values()];
};

/** The entries with a colour, one per name, without the empty ones. */
export const setTagColorEntry = (tags: readonly Tag[], name: string, color: Tag['color'] | null): Tag[] => {
  const rest = tags.filter((t) => t.name !== name);
  return color ? [...rest, { name, color }] : rest;
};
