import type { MarkdownExport, ParsedInputOf } from '../model/api';
import type { MarkdownExportSet } from '../model/api-export';
import {
  buildNoteSet,
  createBlockIdCache,
  exportIndexMarkdown,
  indexEntry,
  mayMatchTags,
  parseTagQuery,
  planNoteNames,
  renderArticleNote,
  renderTagNote,
} from '../model/export';
import { GlossaError } from '../model/result';
import { noteOptions, readArticles, type NotebookSource } from './notebook-source';

/**
 * The `exportMarkdown` operation: notes as text, for the renderer to download or copy.
 * Article names are planned over the whole notebook, so the `[[links]]` of a tag note or
 * the index match the names the article notes get in any other export of the same scope.
 */
export const exportMarkdownFiles = async (
  source: NotebookSource,
  { scope, format, deepLinks }: ParsedInputOf<'exportMarkdown'>,
): Promise<MarkdownExportSet> => {
  const options = await noteOptions(source, { format, deepLinks });
  const summaries = await source.listDocuments({});
  const file = (name: string, markdown: string): MarkdownExport => ({ fileName: `${name}.md`, markdown });
  switch (scope.kind) {
    case 'document': {
      const summary = summaries.find((s) => s.id === scope.id);
      if (summary === undefined) throw new GlossaError('not_found', `no document with id ${scope.id}`);
      const [article] = await readArticles(source, [summary]);
      const names = planNoteNames(summaries, []);
      return { files: [file(names.article.get(scope.id)!, renderArticleNote(article, options).markdown)] };
    }
    case 'tag': {
      const query = parseTagQuery(scope.query);
      if (query === undefined) throw new GlossaError('invalid_input', `the tag query "${scope.query}" names no tag to include`);
      // Only documents that use a matching tag at all can contribute (a cheap first cut).
      const candidates = summaries.filter((s) => mayMatchTags(query, Object.keys(s.tagCounts)));
      const articles = await readArticles(source, candidates);
      const names = planNoteNames(summaries, [query]);
      const markdown = renderTagNote(query, articles, names, createBlockIdCache(options).get, options);
      return { files: [file(names.tag.get(query.text)!, markdown)] };
    }
    case 'notebook': {
      const articles = await readArticles(source, summaries);
      const notes = buildNoteSet(articles, [], options, planNoteNames(summaries, []));
      return { files: notes.map((n) => file(n.name, n.markdown)) };
    }
    case 'index': {
      const articles = await readArticles(source, summaries);
      const names = planNoteNames(summaries, []);
      const entries = articles.map((a) => indexEntry(a, names.article.get(a.document.id)!));
      return { files: [file(names.index, exportIndexMarkdown(entries, [], options))] };
    }
  }
};

