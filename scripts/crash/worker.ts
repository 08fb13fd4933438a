import { join } from 'node:path';
import type { Annotation } from '../../data/model/schemas';
import { canonicalText } from '../../data/model/text';
import { NotebookService } from '../../data/service';
import { writeFileDurably } from '../../data/store/durable-write';
import { NotebookStore } from '../../data/store/notebook-store';
import type { Fact, WorkerLine } from './facts';
import { prng } from './prng';

/**
 * The crash-test child: random notebook operations as fast as it can, printing a line before
 * each one and a line with the promised facts after it returns, until it is killed.
 */
const [dir, seedArg] = process.argv.slice(2);
const rnd = prng(Number(seedArg));
const HAN = '阿里云雲端公共優先模型算力開源通義千問參數發布財報收入利潤戰略調整組織架構市場份額增長政企客戶服務數據';
const tags = ['策略', '雲端', 'AI/開源', '財報', '重要', 'evidence'];

const sentence = () => Array.from({ length: 12 + rnd.int(30) }, () => rnd.pick([...HAN])).join('') + '。';
const article = () => Array.from({ length: 4 + rnd.int(12) }, () => sentence()).join('\n\n');
const emit = (line: WorkerLine) => process.stdout.write(`${JSON.stringify(line)}\n`);

const main = async () => {
  const service = new NotebookService(await NotebookStore.open(dir));
  const docs = new Map<string, Annotation[]>();
  for (const d of await service.listDocuments()) docs.set(d.id, await service.listAnnotations({ documentId: d.id }));
  process.stdout.write('ready\n');

  const annotationFact = (a: Annotation): Fact => ({ kind: 'annotation', documentId: a.documentId, id: a.id, note: a.note, tags: a.tags });
  const anyAnnotation = () => {
    const all = [...docs.values()].flat();
    return all.length ? rnd.pick(all) : undefined;
  };
  const replaceIn = (a: Annotation) => {
    const list = docs.get(a.documentId) ?? [];
    docs.set(a.documentId, list.map((x) => (x.id === a.id ? a : x)));
  };

  for (;;) {
    const ids = [...docs.keys()];
    const choice = ids.length < 3 ? 0 : rnd.int(9);
    if (choice === 0) {
      emit({ type: 'begin', op: 'import', entities: [] });
      const s = await service.importText({ text: `${sentence()}\n\n${article()}`, format: 'text' });
      docs.set(s.id, []);
      emit({ type: 'saved', op: 'import', facts: [{ kind: 'document', id: s.id, title: s.title, note: '' }] });
    } else if (choice <= 2) {
      const id = rnd.pick(ids);
      const { document } = await service.getDocument({ id });
      const text = canonicalText(document.blocks);
      const start = rnd.int(Math.max(1, text.length - 10));
      emit({ type: 'begin', op: 'annotate', entities: [`doc:${id}`] });
      const a = await service.createAnnotation({ documentId: id, anchor: { start, end: start + 2 + rnd.int(8) }, color: 'yellow', tags: [rnd.pick(tags)], note: sentence() });
      docs.get(id)!.push(a);
      emit({ type: 'saved', op: 'annotate', facts: [annotationFact(a)] });
    } else if (choice <= 4) {
      const target = anyAnnotation();
      if (!target) continue;
      const retag = choice === 4;
      emit({ type: 'begin', op: retag ? 'retag' : 'edit-note', entities: [`ann:${target.id}`] });
      const a = await service.updateAnnotation({ documentId: target.documentId, id: target.id, ...(retag ? { tags: [rnd.pick(tags), rnd.pick(tags)] } : { note: sentence() }) });
      replaceIn(a);
      emit({ type: 'saved', op: retag ? 'retag' : 'edit-note', facts: [annotationFact(a)] });
    } else if (choice === 5) {
      const id = rnd.pick(ids);
      emit({ type: 'begin', op: 'document-note', entities: [`doc:${id}`] });
      const d = await service.updateDocument({ id, note: sentence() });
      emit({ type: 'saved', op: 'document-note', facts: [{ kind: 'document', id, title: d.title, note: d.note }] });
    } else if (choice === 6) {
      const target = anyAnnotation();
      if (!target) continue;
      emit({ type: 'begin', op: 'delete-annotation', entities: [`ann:${target.id}`] });
      await service.deleteAnnotation({ documentId: target.documentId, id: target.id });
      docs.set(target.documentId, docs.get(target.documentId)!.filter((x) => x.id !== target.id));
      emit({ type: 'saved', op: 'delete-annotation', facts: [{ kind: 'annotationGone', documentId: target.documentId, id: target.id }] });
    } else if (choice === 7) {
      const id = rnd.pick(ids);
      const { document } = await service.getDocument({ id });
      const newer = canonicalText(document.blocks).replace(/。/, `。${sentence()}`);
      emit({ type: 'begin', op: 'replace-text', entities: [`doc:${id}`] });
      await service.replaceDocumentText({ id, text: `${document.title}\n\n${newer}` });
      emit({ type: 'saved', op: 'replace-text', facts: [] });
    } else if (choice === 8 && ids.length > 6) {
      const id = rnd.pick(ids);
      emit({ type: 'begin', op: 'delete-document', entities: [`doc:${id}`, ...docs.get(id)!.map((a) => `ann:${a.id}`)] });
      await service.deleteDocument({ id });
      docs.delete(id);
      emit({ type: 'saved', op: 'delete-document', facts: [{ kind: 'documentGone', id }] });
    } else {
      const id = rnd.pick(ids);
      emit({ type: 'begin', op: 'export', entities: [] });
      const { markdown } = await service.exportDocumentMarkdown({ id });
      await writeFileDurably(join(dir, '..', `export-${id}.md`), markdown);
      emit({ type: 'saved', op: 'export', facts: [] });
    }
  }
};

main().catch((err) => {
  process.stderr.write(`worker failed: ${(err as Error).stack}\n`);
  process.exit(3);
});
