import type { Annotation, Document } from '../schemas';
import { sectionAnnotations } from './annotation-order';
import { escapeHeadingText } from './block-escape';
import { renderBlockquote } from './blockquote';
import { excerptLinks } from './deep-links';
import type { ExportOptions } from './document-markdown';
import { renderCaption } from './excerpt-markdown';
import { escapeInline } from './inline-escape';
import { normaliseNote } from './note-markdown';
import { compareCodeUnits, toWellFormed } from './plain-text';
import { matchesTagQuery, singleTagOf, type TagQuery } from './tag-query';
import { wikilink } from './wikilink';
import { yamlString } from './yaml-scalar';

/**
 * A tag note: every excerpt matching a tag query, across articles, grouped by article in
 * import order. Each article heading links to the article's note (`[[name]]`) and each
 * excerpt to its block there (`[[name#^gl-…]]`), so the tag note is a map into the notes
 * rather than a copy that drifts: the quote is repeated for reading, the block ref is the
 * way back.
 *
 *     ## [[Article]]
 *
 *     > the quote
 *
 *     **Yellow** · #tag · [[Article#^gl-1a2b3c4d]] · [Open in Glossa](glossa://…)
 *
 *     The note.
 */

export interface ArticleExport {
  document: Document;
  annotations: readonly Annotation[];
}

/** Deep links, colour names and the version stamp, as for article notes. */
export type TagNoteOptions = ExportOptions;

export interface TagNoteInput {
  query: TagQuery;
  articles: readonly ArticleExport[];
  /** The article note's name (file name without `.md`). */
  noteName: (documentId: string) => string;
  /** The block id an annotation has in its article note, when it has one. */
  blockIdOf: (documentId: string, annotationId: string) => string | undefined;
}

const NOT_FOUND = '*not found in the current text*';

const byImport = (a: ArticleExport, b: ArticleExport): number =>
  compareCodeUnits(a.document.createdAt, b.document.createdAt) || compareCodeUnits(a.document.id, b.document.id);

/** The annotations of one article that match, in the article note's order. */
export const matchingAnnotations = (query: TagQuery, article: ArticleExport): Annotation[] => {
  const own = article.annotations.filter((a) => a.documentId === article.document.id && matchesTagQuery(query, a.tags));
  const { excerpts, orphans, documentNotes } = sectionAnnotations(own);
  return [...documentNotes, ...excerpts, ...orphans];
};

const renderEntry = (input: TagNoteInput, doc: Document, a: Annotation, options: TagNoteOptions): string => {
  const deepLinks = options.deepLinks ?? true;
  const name = input.noteName(doc.id);
  const id = input.blockIdOf(doc.id, a.id);
  const links = [
    ...(a.state === 'orphaned' && a.target !== undefined ? [NOT_FOUND] : []),
    wikilink(name, id),
    ...excerptLinks(doc, a, deepLinks && a.target !== undefined),
  ];
  const note = normaliseNote(a.note);
  const blocks = [...(a.target === undefined ? [] : [renderBlockquote(a.target.quote.exact)]), renderCaption(a, links, options.colorNames)];
  return (note === '' ? blocks : [...blocks, note]).join('\n\n');
};

const intro = (query: TagQuery, excerpts: number, articles: number): string => {
  const single = singleTagOf(query);
  // Quotes keep a query's own commas apart from the sentence's.
  const what = single !== undefined ? `tagged #${single}` : `matching “${escapeInline(query.text)}”`;
  if (excerpts === 0) return `No excerpt is ${what} yet.`;
  const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  return `${count(excerpts, 'excerpt', 'excerpts')} ${what}, in ${count(articles, 'article', 'articles')}.`;
};

export const tagNoteTitle = (query: TagQuery): string => `Tag: ${query.text}`;

export const exportTagMarkdown = (input: TagNoteInput, options: TagNoteOptions = {}): string => {
  const groups = [...input.articles]
    .sort(byImport)
    .map((article) => ({ doc: article.document, entries: matchingAnnotations(input.query, article) }))
    .filter((g) => g.entries.length > 0);
  const total = groups.reduce((n, g) => n + g.entries.length, 0);
  const title = tagNoteTitle(input.query);
  const frontMatter = [
    '---',
    `title: ${yamlString(title)}`,
    `glossa-tag: ${yamlString(input.query.text)}`,
    `articles: ${groups.length}`,
    `excerpts: ${total}`,
    ...(options.glossaVersion === undefined ? [] : [`glossa-version: ${yamlString(options.glossaVersion)}`]),
    '---',
  ].join('\n');
  const blocks = [
    frontMatter,
    `# ${escapeHeadingText(title)}`,
    intro(input.query, total, groups.length),
    ...groups.flatMap((g) => [
      `## ${wikilink(input.noteName(g.doc.id))}`,
      ...g.entries.map((a) => renderEntry(input, g.doc, a, options)),
    ]),
  ];
  return `${toWellFormed(blocks.join('\n\n'))}\n`;
};
