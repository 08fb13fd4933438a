import { safeFileName, uniqueFileName } from './file-name';
import { compareCodeUnits } from './plain-text';
import type { TagQuery } from './tag-query';

/**
 * Note names (file names without `.md`) for a set of exported notes. Links between notes
 * (`[[name]]`) use these, so every note of one export must agree on them.
 */

export const INDEX_NOTE_STEM = 'Glossa index';

/** Tag notes get a prefix so `雲端` the tag never takes the name of an article called 雲端. */
export const tagNoteStem = (query: TagQuery): string => safeFileName(`Tag ${query.text}`, 'Tag');

export const articleNoteStem = (title: string, id: string): string => safeFileName(title, id);

const stem = (fileName: string): string => fileName.replace(/\.md$/i, '');

export interface NamedDocument {
  id: string;
  title: string;
  createdAt: string;
}

/**
 * Distinct names for articles, oldest first, so an article keeps its name when a newer one
 * with the same title arrives (the newer one becomes `Title (2)`). `taken` holds names
 * already used (with `.md`), e.g. the index note's; it is extended with the chosen ones.
 */
export const planArticleNames = (docs: readonly NamedDocument[], taken = new Set<string>()): Map<string, string> => {
  const ordered = [...docs].sort((a, b) => compareCodeUnits(a.createdAt, b.createdAt) || compareCodeUnits(a.id, b.id));
  const names = new Map<string, string>();
  for (const doc of ordered) names.set(doc.id, stem(uniqueFileName(articleNoteStem(doc.title, doc.id), 'md', taken)));
  return names;
};

/** The names a notebook export reserves before any article is named. */
export const reservedNames = (): Set<string> => new Set([`${INDEX_NOTE_STEM}.md`]);
