import { COLORS, type Annotation, type Color } from '../../data/model/schemas';
import { call, printJson, resolveDocumentId, type CliContext } from '../context';
import { UsageError } from '../usage';

export interface AnnotateOptions {
  quote?: string;
  prefix?: string;
  suffix?: string;
  start?: string;
  end?: string;
  tag?: string[];
  note?: string;
  color?: string;
}

const toOffset = (name: string, value: string): number => {
  if (!/^\d+$/.test(value)) throw new UsageError(`--${name} must be a whole number, not "${value}"`);
  return Number(value);
};

export const annotateCommand = async (ctx: CliContext, doc: string | undefined, o: AnnotateOptions) => {
  if (!doc) throw new UsageError('annotate needs a DOC');
  const byQuote = o.quote !== undefined;
  const byRange = o.start !== undefined || o.end !== undefined;
  if (byQuote === byRange) throw new UsageError('annotate needs either --quote TEXT or --start N --end N');
  if (byRange && (o.start === undefined || o.end === undefined)) throw new UsageError('--start and --end go together');
  if (!byQuote && (o.prefix !== undefined || o.suffix !== undefined)) {
    throw new UsageError('--prefix and --suffix go with --quote');
  }
  if (o.color !== undefined && !(COLORS as readonly string[]).includes(o.color)) {
    throw new UsageError(`--color must be one of ${COLORS.join(', ')}`);
  }
  const range = byRange ? { start: toOffset('start', o.start!), end: toOffset('end', o.end!) } : undefined;
  if (range && range.end <= range.start) throw new UsageError(`--end (${range.end}) must be after --start (${range.start})`);
  const id = await resolveDocumentId(ctx, doc);
  const anchor = range ?? { exact: o.quote!, prefix: o.prefix, suffix: o.suffix };
  const annotation = await call(ctx, 'createAnnotation', {
    documentId: id,
    anchor,
    color: (o.color ?? 'yellow') as Color,
    tags: o.tag ?? [],
    note: o.note ?? '',
  });
  if (ctx.json) return printJson(ctx, annotation);
  ctx.out(`annotated ${line(annotation)}\n`);
};

export const annotationsCommand = async (ctx: CliContext, doc: string | undefined) => {
  if (!doc) throw new UsageError('annotations needs a DOC');
  const id = await resolveDocumentId(ctx, doc);
  const annotations = await call(ctx, 'listAnnotations', { documentId: id });
  if (ctx.json) return printJson(ctx, annotations);
  if (annotations.length === 0) return ctx.out('no annotations yet; add one with: glossa annotate DOC --quote TEXT\n');
  const ordered = [...annotations].sort(
    (a, b) => (a.target?.position.start ?? Infinity) - (b.target?.position.start ?? Infinity),
  );
  for (const a of ordered) ctx.out(`${line(a)}\n`);
};

const line = (a: Annotation) => {
  const where = a.target ? `${a.target.position.start}-${a.target.position.end}` : 'document';
  const quote = a.target ? `"${clip(a.target.quote.exact)}"` : '';
  const tags = a.tags.map((t) => `#${t}`).join(' ');
  return [a.id, a.state.padEnd(8), a.color.padEnd(6), where, quote, tags].filter(Boolean).join('  ');
};

const clip = (s: string) => {
  const flat = s.replace(/\n+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 40)}…` : flat;
};
