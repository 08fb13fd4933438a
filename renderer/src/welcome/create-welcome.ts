import type { GlossaBridge } from '../../../data/model/api';
import type { DocumentSummary } from '../../../data/model/schemas';
import type { DocumentsStore } from '../state/documents-store';
import { welcomeAnnotations, welcomeArticle } from './welcome-article';

/**
 * Imports the welcome article and annotates it, so a first run shows highlights, an excerpt
 * and a note instead of describing them. Each annotation is anchored by its quote in the
 * imported text (the service finds it and describes it with the model's selectors): a quote
 * the parser no longer produces verbatim is skipped, never placed on other words, and never
 * costs the person the article itself. Created through the bridge, not the article's store,
 * so they are not on the undo stack: undoing them would make no sense to a new reader.
 */
export const createWelcome = async ({
  bridge,
  documents,
}: {
  bridge: GlossaBridge;
  documents: DocumentsStore;
}): Promise<DocumentSummary | null> => {
  const welcome = welcomeArticle();
  const summary = await documents.importText(welcome.markdown, welcome.title);
  if (!summary) return null;
  let created = 0;
  for (const a of welcomeAnnotations()) {
    const anchor = a.prefix ? { exact: a.exact, prefix: a.prefix } : { exact: a.exact };
    const result = await bridge.createAnnotation({ documentId: summary.id, anchor, color: a.color, tags: a.tags, note: a.note });
    if (result.ok) created += 1;
    else console.warn(`welcome annotation left out: ${result.error.message}`);
  }
  // The library's excerpt count and tag list include them.
  if (created) await documents.load();
  return summary;
};
