import { tagName } from './hashtag';

/**
 * Which excerpts a tag export collects. A query is one or more tags:
 *
 *     雲端                 excerpts tagged 雲端 (or a nested tag 雲端/…)
 *     雲端 策略            tagged with both (words are ANDed)
 *     雲端 -私有云         tagged 雲端 but not 私有云
 *     雲端, 策略           tagged with either (commas separate alternatives)
 *     "阿里云 策略"        a tag with a space in it
 *
 * A leading `#` is ignored. Tags are compared as they are exported (tagName: spaces become
 * `-`, punctuation is dropped) and without case, as Obsidian and Logseq compare them, so
 * `field guide`, `#field-guide` and `Field-Guide` are one tag. A query that is exactly one
 * tag's name, spaces included, also matches that tag without quotes.
 */

export interface TagQueryGroup {
  include: string[];
  exclude: string[];
}

export interface TagQuery {
  /** The query as typed (trimmed), for titles and file names. */
  text: string;
  groups: TagQueryGroup[];
  /** The whole text read as one tag name. */
  whole: string;
}

const fold = (tag: string): string => tagName(tag.replace(/^#+/, '')).toLowerCase();

/** Words of a group; double quotes keep spaces inside one word. */
const words = (group: string): string[] => Array.from(group.matchAll(/-?"[^"]*"?|[^\s"]+/g), (m) => m[0]);

const parseGroup = (group: string): TagQueryGroup => {
  const include: string[] = [];
  const exclude: string[] = [];
  for (const word of words(group)) {
    const negative = word.startsWith('-') && word.length > 1;
    const bare = (negative ? word.slice(1) : word).replace(/^"|"$/g, '').trim();
    if (bare.replace(/^#+/, '') === '') continue;
    (negative ? exclude : include).push(fold(bare));
  }
  return { include, exclude };
};

/** The parsed query, or undefined when it names no tag to include. */
export const parseTagQuery = (text: string): TagQuery | undefined => {
  const trimmed = text.trim();
  const groups = trimmed
    .split(',')
    .map(parseGroup)
    .filter((g) => g.include.length > 0);
  if (groups.length === 0) return undefined;
  return { text: trimmed, groups, whole: fold(trimmed) };
};

/** `term` names `tag` itself or a tag nested below it. */
const covers = (term: string, tag: string): boolean => tag === term || tag.startsWith(`${term}/`);

export const matchesTagQuery = (query: TagQuery, tags: readonly string[]): boolean => {
  const folded = tags.map(fold);
  if (folded.some((tag) => covers(query.whole, tag))) return true;
  return query.groups.some(
    (g) =>
      g.include.every((term) => folded.some((tag) => covers(term, tag))) &&
      !g.exclude.some((term) => folded.some((tag) => covers(term, tag))),
  );
};

/** The one tag a query names, as exported (case kept), or undefined for a compound query. */
export const singleTagOf = (query: TagQuery): string | undefined => {
  const [group] = query.groups;
  if (query.groups.length !== 1 || group.include.length !== 1 || group.exclude.length !== 0) return undefined;
  return tagName(query.text.replace(/^"|"$/g, '').replace(/^#+/, ''));
};

/**
 * Whether any annotation with some of these tags could match: a cheap first cut over a
 * document's tag counts before its file is read. Never false when a match is possible.
 */
export const mayMatchTags = (query: TagQuery, tags: readonly string[]): boolean => {
  const terms = [query.whole, ...query.groups.flatMap((g) => g.include)];
  return tags.map(fold).some((tag) => terms.some((term) => covers(term, tag)));
};
