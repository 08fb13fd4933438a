import { checkNotebook } from '../../data/store/check';
import { NotebookStore } from '../../data/store/notebook-store';
import type { Expectations } from './facts';

/**
 * After a kill: the notebook passes `glossa check`, opens without setting anything aside,
 * and holds every fact the worker reported as saved (except entities in doubt).
 */
export const verifyNotebook = async (dir: string, expected: Expectations, inDoubt: Set<string>): Promise<{ checked: number; failures: string[] }> => {
  const failures: string[] = [];
  for (const f of await checkNotebook(dir)) if (f.severity === 'error') failures.push(`check: ${f.file}: ${f.problem}`);
  const store = await NotebookStore.open(dir);
  for (const p of store.problems) failures.push(`open: ${p.file}: ${p.problem}`);
  const gone = new Set([...expected.facts.values()].filter((f) => f.kind === 'documentGone').map((f) => f.id));
  let checked = 0;
  for (const [entity, fact] of expected.facts) {
    if (inDoubt.has(entity)) continue;
    checked += 1;
    if (fact.kind === 'document') {
      if (!store.hasDocument(fact.id)) { failures.push(`document ${fact.id} is missing`); continue; }
      const { document } = await store.readDocument(fact.id);
      if (document.note !== fact.note || document.title !== fact.title) failures.push(`document ${fact.id}: note or title differs from the saved one`);
    } else if (fact.kind === 'documentGone') {
      if (store.hasDocument(fact.id)) failures.push(`deleted document ${fact.id} is back`);
    } else {
      if (gone.has(fact.documentId) || inDoubt.has(`doc:${fact.documentId}`)) continue;
      if (!store.hasDocument(fact.documentId)) { failures.push(`document ${fact.documentId} of annotation ${fact.id} is missing`); continue; }
      const a = (await store.readDocument(fact.documentId)).annotations.find((x) => x.id === fact.id);
      if (fact.kind === 'annotationGone') {
        if (a) failures.push(`deleted annotation ${fact.id} is back`);
      } else if (!a) failures.push(`annotation ${fact.id} is missing`);
      else if (a.note !== fact.note || JSON.stringify(a.tags) !== JSON.stringify(fact.tags)) failures.push(`annotation ${fact.id}: note or tags differ from the saved ones`);
    }
  }
  return { checked, failures };
};
