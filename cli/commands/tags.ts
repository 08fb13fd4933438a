import { COLORS, type Color } from '../../data/model/schemas';
import type { TagChangeReport } from '../../data/model/api-tags';
import { call, printJson, type CliContext } from '../context';
import { UsageError } from '../usage';

/**
 * `glossa tags` and `glossa tag rename|merge|delete|color`: the tag manager of the app, in a
 * terminal. Tags are hierarchical (`parent/child`); every subcommand acts on descendants too.
 */
export const tagsCommand = async (ctx: CliContext) => {
  const tags = await call(ctx, 'listTags', {});
  if (ctx.json) return printJson(ctx, tags);
  if (tags.length === 0) return ctx.out('no tags yet; add one with: glossa annotate DOC --quote TEXT --tag NAME\n');
  // Count and colour first: CJK names have no fixed width to pad to.
  for (const t of tags) ctx.out(`${String(t.count).padStart(5)}  ${(t.color ?? '-').padEnd(6)}  ${t.name}\n`);
};

const plural = (n: number, one: string, other: string) => `${n} ${n === 1 ? one : other}`;
const where = (r: TagChangeReport) =>
  `${plural(r.annotations, 'annotation', 'annotations')} in ${plural(r.documents, 'article', 'articles')}`;
const others = (r: TagChangeReport, name: string) => {
  const n = r.tags.filter((t) => t !== name).length;
  return n ? ` (with ${plural(n, 'sub-tag', 'sub-tags')})` : '';
};

export const tagCommand = async (ctx: CliContext, args: string[], into: string | undefined) => {
  const [sub, ...rest] = args;
  const need = (n: number, shape: string) => {
    if (rest.length !== n) throw new UsageError(`usage: glossa tag ${shape}`);
  };
  if (sub !== 'merge' && into !== undefined) throw new UsageError('--into goes with: glossa tag merge');
  switch (sub) {
    case 'rename': {
      need(2, 'rename FROM TO');
      const [from, to] = rest;
      const r = await call(ctx, 'renameTag', { from, to });
      if (ctx.json) return printJson(ctx, r);
      return ctx.out(`renamed #${from}${others(r, from)} to #${to}: ${where(r)}\n`);
    }
    case 'merge': {
      if (rest.length === 0 || into === undefined) throw new UsageError('usage: glossa tag merge SOURCE... --into TAG');
      const r = await call(ctx, 'mergeTags', { sources: rest, into });
      if (ctx.json) return printJson(ctx, r);
      return ctx.out(`merged ${rest.map((t) => `#${t}`).join(' ')} into #${into}: ${where(r)}\n`);
    }
    case 'delete': {
      need(1, 'delete NAME');
      const r = await call(ctx, 'deleteTag', { name: rest[0] });
      if (ctx.json) return printJson(ctx, r);
      return ctx.out(`removed #${rest[0]}${others(r, rest[0])} from ${where(r)}\n`);
    }
    case 'color': {
      need(2, `color NAME ${COLORS.join('|')}|none`);
      const [name, color] = rest;
      if (color !== 'none' && !(COLORS as readonly string[]).includes(color)) {
        throw new UsageError(`the colour must be one of ${COLORS.join(', ')}, or none`);
      }
      const tag = await call(ctx, 'setTagColor', { name, color: color === 'none' ? null : (color as Color) });
      if (ctx.json) return printJson(ctx, tag);
      return ctx.out(tag.color ? `#${tag.name} is ${tag.color}\n` : `#${tag.name} has no colour\n`);
    }
    default:
      throw new UsageError(sub ? `unknown tag command "${sub}" (rename, merge, delete, color)` : 'tag needs a command: rename, merge, delete or color');
  }
};
