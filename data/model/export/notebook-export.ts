import type { Annotation } from '../schemas';
import { exportAnnotatedMarkdown } from './annotated-markdown';
import { sectionAnnotations } from './annotation-order';
import { uniqueBlockIds } from './block-id';
import { exportDocumentMarkdown, type ExportOptions } from './document-markdown';
import { uniqueFileName } from './file-name';
import { tagName } from './hashtag';
import { exportIndexMarkdown, type IndexArticle } from './index-markdown';
import { INDEX_NOTE_STEM, planArticleNames, tagNoteStem, type NamedDocument } from './note-names';
import { compareCodeUnits } from './plain-text';
import { exportTagMarkdown, matchingAnnotations, type ArticleExport } from './tag-markdown';
import { parseTagQuery, type TagQuery } from './tag-query';

/**
 * A set of notes that link to each other: article notes (digest or annotated), tag notes
 * and the index. Pure: the caller reads the documents and writes the files. Names are
 * given (a folder export keeps the names files already have) or planned here.
 */

export type ExportFormat = 'digest' | 'annotated';

export interface NoteSetOptions extends ExportOptions {
  format: ExportFormat;
}

export interface RenderedArticle {
  markdown: string;
  /** Annotation id → block id in this note, for block refs from tag notes. */
  blockIds: Map<string, string>;
}

/** Block ids the digest gives: excerpts then orphans, in the order it writes them. */
const digestBlockIds = (article: ArticleExport): Map<string, string> => {
  const own = article.annotations.filter((a) => a.documentId === article.document.id);
  const { excerpts, orphans } = sectionAnnotations(own);
  const quoted = [...excerpts, ...orphans];
  const ids = uniqueBlockIds(quoted.map((a) => a.id));
  return new Map(quoted.map((a, i) => [a.id, ids[i]]));
};

export const renderArticleNote = (article: ArticleExport, options: NoteSetOptions): RenderedArticle => {
  const { format, ...rest } = options;
  if (format === 'annotated') return exportAnnotatedMarkdown(article.document, article.annotations, rest);
  return { markdown: exportDocumentMarkdown(article.document, article.annotations, rest), blockIds: digestBlockIds(article) };
};

/** One tag query per tag used in the articles (tags that export alike are one note). */
export const tagQueriesOf = (articles: readonly ArticleExport[]): TagQuery[] => {
  const names = new Map<string, string>();
  for (const { annotations } of articles) {
    for (const a of annotations) {
      for (const tag of a.tags) {
        const name = tagName(tag);
        const key = name.toLowerCase();
        const seen = names.get(key);
        if (seen === undefined || compareCodeUnits(name, seen) < 0) names.set(key, name);
      }
    }
  }
  return [...names.values()].sort(compareCodeUnits).flatMap((name) => parseTagQuery(name) ?? []);
};

export interface NoteNames {
  article: Map<string, string>;
  tag: Map<string, string>;
  index: string;
}

/**
 * Names for a fresh set: the index first, articles oldest first, then tag notes. Pass every
 * document of the notebook (summaries will do), not only the exported ones, so an article's
 * name does not depend on what else was exported with it.
 */
export const planNoteNames = (docs: readonly NamedDocument[], queries: readonly TagQuery[]): NoteNames => {
  const taken = new Set<string>([`${INDEX_NOTE_STEM}.md`]);
  const article = planArticleNames(docs, taken);
  const tag = new Map(queries.map((q) => [q.text, uniqueFileName(tagNoteStem(q), 'md', taken).replace(/\.md$/i, '')]));
  return { article, tag, index: INDEX_NOTE_STEM };
};

const quotedCount = (annotations: readonly Annotation[], id: string): number =>
  annotations.filter((a) => a.documentId === id && a.target !== undefined).length;

export const indexEntry = (article: ArticleExport, noteName: string): IndexArticle => ({
  id: article.document.id,
  noteName,
  createdAt: article.document.createdAt,
  excerpts: quotedCount(article.annotations, article.document.id),
  importedAt: article.document.source.importedAt,
});

export interface NoteFile {
  kind: 'article' | 'tag' | 'index';
  /** What the note is about: a document id, a tag query, or `notebook`. */
  key: string;
  /** File name without `.md`. */
  name: string;
  markdown: string;
}

/** The tag note for a query, linking into article notes rendered with the same options. */
export const renderTagNote = (
  query: TagQuery,
  articles: readonly ArticleExport[],
  names: NoteNames,
  blockIds: (article: ArticleExport) => Map<string, string>,
  options: NoteSetOptions,
): string => {
  const byId = new Map(articles.map((a) => [a.document.id, a]));
  return exportTagMarkdown(
    {
      query,
      articles,
      noteName: (id) => names.article.get(id) ?? id,
      blockIdOf: (docId, annotationId) => {
        const article = byId.get(docId);
        return article === undefined ? undefined : blockIds(article).get(annotationId);
      },
    },
    options,
  );
};

export interface BlockIdCache {
  /** Block ids of an article's note, computed the way the note is written. */
  get: (article: ArticleExport) => Map<string, string>;
  /** Keeps the ids of a note already rendered, so it is not rendered twice. */
  remember: (documentId: string, ids: Map<string, string>) => void;
}

export const createBlockIdCache = (options: NoteSetOptions): BlockIdCache => {
  const cache = new Map<string, Map<string, string>>();
  return {
    get: (article) => {
      let ids = cache.get(article.document.id);
      if (ids === undefined) {
        ids = options.format === 'digest' ? digestBlockIds(article) : renderArticleNote(article, options).blockIds;
        cache.set(article.document.id, ids);
      }
      return ids;
    },
    remember: (documentId, ids) => void cache.set(documentId, ids),
  };
};

/** The tag notes' entries for the index: how many annotations each query collects. */
export const tagIndexEntries = (queries: readonly TagQuery[], articles: readonly ArticleExport[], names: NoteNames) =>
  queries.map((q) => ({
    noteName: names.tag.get(q.text) ?? tagNoteStem(q),
    excerpts: articles.reduce((n, a) => n + matchingAnnotations(q, a).length, 0),
  }));

/**
 * Every note of a notebook export: one per article, one per tag query, and the index
 * (last, so a writer that stops early leaves the old index rather than one with dead links).
 */
export const buildNoteSet = (
  articles: readonly ArticleExport[],
  queries: readonly TagQuery[],
  options: NoteSetOptions,
  names: NoteNames = planNoteNames(
    articles.map((a) => a.document),
    queries,
  ),
): NoteFile[] => {
  const ids = createBlockIdCache(options);
  const notes: NoteFile[] = articles.map((article) => {
    const rendered = renderArticleNote(article, options);
    ids.remember(article.document.id, rendered.blockIds);
    return { kind: 'article', key: article.document.id, name: names.article.get(article.document.id)!, markdown: rendered.markdown };
  });
  for (const q of queries) {
    const markdown = renderTagNote(q, articles, names, ids.get, options);
    notes.push({ kind: 'tag', key: q.text, name: names.tag.get(q.text)!, markdown });
  }
  const index = exportIndexMarkdown(
    articles.map((a) => indexEntry(a, names.article.get(a.document.id)!)),
    tagIndexEntries(queries, articles, names),
    { glossaVersion: options.glossaVersion },
  );
  notes.push({ kind: 'index', key: 'notebook', name: names.index, markdown: index });
  return notes;
};
