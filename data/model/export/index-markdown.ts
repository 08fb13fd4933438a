import { compareCodeUnits, toWellFormed } from './plain-text';
import { isoDay } from './source-info';
import { wikilink } from './wikilink';
import { yamlString } from './yaml-scalar';
import { INDEX_NOTE_STEM } from './note-names';

/**
 * The index note of a notebook export: one line per article note, in import order, and one
 * per tag note when there are any. Opening it in Obsidian or Logseq is the way into the
 * export; its links show every note in the graph.
 */

export interface IndexArticle {
  id: string;
  noteName: string;
  createdAt: string;
  /** Quoted annotations (what the article note calls excerpts). */
  excerpts: number;
  importedAt?: string;
}

export interface IndexTag {
  noteName: string;
  excerpts: number;
}

const count = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;

const articleLine = (a: IndexArticle): string => {
  const day = a.importedAt === undefined ? undefined : isoDay(a.importedAt);
  return [`- ${wikilink(a.noteName)}`, count(a.excerpts, 'excerpt', 'excerpts'), ...(day ? [`imported ${day}`] : [])].join(' · ');
};

export const exportIndexMarkdown = (
  articles: readonly IndexArticle[],
  tags: readonly IndexTag[] = [],
  options: { glossaVersion?: string } = {},
): string => {
  const ordered = [...articles].sort((a, b) => compareCodeUnits(a.createdAt, b.createdAt) || compareCodeUnits(a.id, b.id));
  const excerpts = ordered.reduce((n, a) => n + a.excerpts, 0);
  const frontMatter = [
    '---',
    `title: ${yamlString(INDEX_NOTE_STEM)}`,
    'glossa-index: notebook',
    `articles: ${ordered.length}`,
    `excerpts: ${excerpts}`,
    ...(options.glossaVersion === undefined ? [] : [`glossa-version: ${yamlString(options.glossaVersion)}`]),
    '---',
  ].join('\n');
  const blocks = [
    frontMatter,
    `# ${INDEX_NOTE_STEM}`,
    ordered.length === 0
      ? 'The notebook has no articles yet.'
      : `${count(ordered.length, 'article', 'articles')}, ${count(excerpts, 'excerpt', 'excerpts')}.`,
    ...(ordered.length === 0 ? [] : ['## Articles', ordered.map(articleLine).join('\n')]),
    ...(tags.length === 0
      ? []
      : ['## Tags', tags.map((t) => `- ${wikilink(t.noteName)} · ${count(t.excerpts, 'excerpt', 'excerpts')}`).join('\n')]),
  ];
  return `${toWellFormed(blocks.join('\n\n'))}\n`;
};
