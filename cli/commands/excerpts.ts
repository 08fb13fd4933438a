import { COLORS, type Color } from '../../data/model/schemas';
import { noteFirstLine, type ExcerptItem } from '../../data/model/tags';
import { call, printJson, resolveDocumentId, type CliContext } from '../context';
import { UsageError } from '../usage';

/**
 * `glossa excerpts`: the app's excerpt collection as text. Every option narrows the list;
 * several --tag options match an excerpt with any of them (--all-tags: with every one).
 */
export interface ExcerptsOptions {
  tag?: string[];
  'all-tags'?: boolean;
  color?: string[];
  doc?: string[];
  from?: string;
  to?: string;
  'group-by'?: string;
}

const clip = (text: string, max: number) => {
  const flat = text.replace(/\s*\n\s*/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max)}…` : flat;
};

/** One excerpt as two or three lines: the quote, then colour · tags · note, indented. */
export const excerptLines = (e: ExcerptItem, withTitle: boolean): string[] => {
  const color = e.colorName ? `${e.colorName} (${e.color})` : e.color;
  const caption = [color, e.tags.map((t) => `#${t}`).join(' '), clip(noteFirstLine(e.note), 80)].filter(Boolean).join(' · ');
  return [
    `  “${clip(e.quote, 160)}”${e.state === 'orphaned' ? '  [not found in the current text]' : ''}`,
    ...(withTitle ? [`    in ${e.documentTitle}`] : []),
    `    ${caption}`,
  ];
};

export const excerptsCommand = async (ctx: CliContext, o: ExcerptsOptions) => {
  for (const c of o.color ?? []) {
    if (!(COLORS as readonly string[]).includes(c)) throw new UsageError(`--color must be one of ${COLORS.join(', ')}`);
  }
  const groupBy = o['group-by'] ?? 'document';
  if (groupBy !== 'document' && groupBy !== 'tag') throw new UsageError('--group-by is document or tag');
  const documentIds = o.doc ? await Promise.all(o.doc.map((d) => resolveDocumentId(ctx, d))) : undefined;
  const collection = await call(ctx, 'listExcerpts', {
    tags: o.tag,
    tagMatch: o['all-tags'] ? 'all' : 'any',
    colors: o.color as Color[] | undefined,
    documentIds,
    from: o.from,
    to: o.to,
    groupBy,
  });
  if (ctx.json) return printJson(ctx, collection);
  if (collection.total === 0) return ctx.out('no excerpts match\n');
  for (const g of collection.groups) {
    const heading = g.kind === 'document' ? g.label : g.tag === null ? '(no tag)' : `#${g.label}`;
    ctx.out(`${heading}  (${g.excerpts.length})\n`);
    for (const e of g.excerpts) ctx.out(`${excerptLines(e, g.kind === 'tag').join('\n')}\n`);
    ctx.out('\n');
  }
  const n = collection.total;
  const d = collection.documents;
  ctx.out(`${n} ${n === 1 ? 'excerpt' : 'excerpts'} in ${d} ${d === 1 ? 'article' : 'articles'}\n`);
};
