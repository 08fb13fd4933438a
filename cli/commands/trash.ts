import type { TrashItem } from '../../data/model/trash';
import { call, printJson, ReportedError, resolveDocumentId, type CliContext } from '../context';
import { UsageError } from '../usage';

/**
 * `glossa trash` lists what was deleted and until when it can come back;
 * `glossa trash restore ID...` brings items back (an id prefix is enough when unique);
 * `glossa trash empty` deletes everything in it for good.
 */
export const trashCommand = async (ctx: CliContext, positionals: string[]) => {
  const [verb, ...ids] = positionals;
  if (verb === undefined || verb === 'list') {
    if (ids.length) throw new UsageError(`unexpected argument "${ids[0]}"`);
    return listTrash(ctx);
  }
  if (verb === 'restore') {
    if (!ids.length) throw new UsageError('glossa trash restore needs the id of at least one item (glossa trash lists them)');
    const items = await call(ctx, 'listTrash', {});
    const chosen = ids.map((id) => pick(items, id));
    const restored = await call(ctx, 'restoreFromTrash', { items: chosen.map(({ kind, id }) => ({ kind, id })) });
    if (ctx.json) return printJson(ctx, restored);
    for (const item of chosen) ctx.out(`restored ${describe(item)}\n`);
    return;
  }
  if (verb === 'empty') {
    if (ids.length) throw new UsageError(`unexpected argument "${ids[0]}"`);
    const { removed } = await call(ctx, 'emptyTrash', {});
    if (ctx.json) return printJson(ctx, { removed });
    ctx.out(`deleted ${removed} item${removed === 1 ? '' : 's'} for good\n`);
    return;
  }
  throw new UsageError(`glossa trash takes list, restore ID... or empty, not "${verb}"`);
};

const listTrash = async (ctx: CliContext) => {
  const items = await call(ctx, 'listTrash', {});
  if (ctx.json) return printJson(ctx, items);
  if (!items.length) return ctx.out('the trash is empty\n');
  for (const item of items) {
    ctx.out(`${item.id}  ${describe(item)}  deleted ${item.deletedAt.slice(0, 10)}, kept until ${item.expiresAt.slice(0, 10)}\n`);
  }
};

const clip = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

const describe = (item: TrashItem): string =>
  item.kind === 'document'
    ? `article “${clip(item.label)}” (${item.annotationCount ?? 0} annotations)`
    : `annotation “${clip(item.label)}” in “${clip(item.documentTitle ?? '', 40)}”${item.needsDocument ? ' (its article is in the trash too)' : ''}`;

const pick = (items: TrashItem[], id: string): TrashItem => {
  const exact = items.find((i) => i.id === id);
  if (exact) return exact;
  const matches = items.filter((i) => i.id.startsWith(id));
  if (matches.length === 1) return matches[0];
  if (matches.length > 1) throw new ReportedError(`"${id}" matches more than one item in the trash; use the full id`);
  throw new ReportedError(`nothing in the trash has the id "${id}" (glossa trash lists them)`);
};

/** `glossa delete DOC [ANNOTATION]`: an article, or one of its annotations, into the trash. */
export const deleteCommand = async (ctx: CliContext, doc: string | undefined, annotation: string | undefined) => {
  if (!doc) throw new UsageError('delete needs a DOC (and optionally the id of one of its annotations)');
  const documentId = await resolveDocumentId(ctx, doc);
  if (annotation === undefined) {
    await call(ctx, 'deleteDocument', { id: documentId });
    if (ctx.json) return printJson(ctx, { kind: 'document', id: documentId });
    return ctx.out(`moved the article to the trash (glossa trash restore ${documentId} brings it back)\n`);
  }
  const annotations = await call(ctx, 'listAnnotations', { documentId });
  const matches = annotations.filter((a) => a.id === annotation || a.id.startsWith(annotation));
  const exact = annotations.find((a) => a.id === annotation);
  if (!exact && matches.length !== 1) {
    throw new ReportedError(matches.length ? `"${annotation}" matches more than one annotation; use the full id` : `no annotation "${annotation}" in this article (glossa annotations DOC lists them)`);
  }
  const id = (exact ?? matches[0]).id;
  await call(ctx, 'deleteAnnotation', { documentId, id });
  if (ctx.json) return printJson(ctx, { kind: 'annotation', id });
  ctx.out(`moved the annotation to the trash (glossa trash restore ${id} brings it back)\n`);
};
