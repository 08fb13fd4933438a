/**
 * Stable Obsidian block ids (`^gl-...`) for exported excerpts, so a link such as
 * `[[Article#^gl-1a2b3c4d]]` keeps working after the next export.
 *
 * The id is a hash of the annotation id and nothing else (not position, not order), so it
 * survives edits, re-anchoring and re-export. A hash rather than the id itself: Obsidian
 * accepts only Latin letters, digits and `-`, a UUID would be 36 characters of noise in
 * every excerpt, and a prefix of a time-ordered id (UUIDv7, ULID) is mostly timestamp.
 */

const PREFIX = 'gl-';

/** FNV-1a over UTF-16 code units: tiny, deterministic, good enough to separate ids. */
const fnv1a = (text: string): string => {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
};

export const blockId = (annotationId: string): string => PREFIX + fnv1a(annotationId);

/**
 * Block ids for annotations in output order. Two annotation ids may hash alike (about one
 * chance in 200 000 for a document with 200 excerpts); the later one then gets a counter
 * so every `^id` in a file stays unique. Only colliding ids are affected.
 */
export const uniqueBlockIds = (annotationIds: readonly string[]): string[] => {
  const used = new Set<string>();
  return annotationIds.map((id) => {
    const base = blockId(id);
    let candidate = base;
    for (let n = 2; used.has(candidate); n++) candidate = `${base}-${n}`;
    used.add(candidate);
    return candidate;
  });
};
