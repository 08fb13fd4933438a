import { ok, fail } from '../../../../data/model/result';
import {
  exportIndexMarkdown,
  indexEntry,
  parseTagQuery,
  planNoteNames,
  renderArticleNote,
  renderTagNote,
  createBlockIdCache,
} from '../../../../data/model/export';
import type { FakeBridge } from './fake-bridge';

/**
 * `exportMarkdown` on a FakeBridge, built from the pure exporter the service uses, so the
 * dialog's tests see real file names and Markdown. `gate` (when set) holds every call until
 * it resolves, to test progress and cancelling.
 */
export const withExportOps = (bridge: FakeBridge): FakeBridge & { gate?: Promise<void> } => {
  const b = bridge as FakeBridge & { gate?: Promise<void> };
  const articles = () => [...b.files.values()].map((f) => ({ document: f.document, annotations: f.annotations }));
  b.exportMarkdown = async (input) => {
    b.calls.push({ name: 'exportMarkdown', input });
    await b.gate;
    const { scope, format = 'digest', deepLinks = true } = input;
    const options = { format, deepLinks };
    const all = articles();
    const names = planNoteNames(
      all.map((a) => a.document),
      [],
    );
    const file = (name: string, markdown: string) => ({ fileName: `${name}.md`, markdown });
    if (scope.kind === 'document') {
      const article = all.find((a) => a.document.id === scope.id);
      if (!article) return fail('not_found', `no document with id ${scope.id}`);
      return ok({ files: [file(names.article.get(scope.id)!, renderArticleNote(article, options).markdown)] });
    }
    if (scope.kind === 'tag') {
      const query = parseTagQuery(scope.query);
      if (!query) return fail('invalid_input', 'names no tag');
      const withTag = planNoteNames(all.map((a) => a.document), [query]);
      return ok({ files: [file(withTag.tag.get(query.text)!, renderTagNote(query, all, withTag, createBlockIdCache(options).get, options))] });
    }
    const index = file(names.index, exportIndexMarkdown(all.map((a) => indexEntry(a, names.article.get(a.document.id)!))));
    if (scope.kind === 'index') return ok({ files: [index] });
    return ok({ files: [...all.map((a) => file(names.article.get(a.document.id)!, renderArticleNote(a, options).markdown)), index] });
  };
  return b;
};
