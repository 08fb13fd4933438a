import { colorLabel } from '../../data/model/export';
import { COLORS, type Color } from '../../data/model/schemas';
import { call, printJson, type CliContext } from '../context';
import { UsageError } from '../usage';

/**
 * `glossa colors [--set COLOR=NAME]...`: what each highlight colour means. One command
 * both shows and sets, so there is one thing to remember; `--set yellow=` removes a name.
 */
export const parseColorAssignment = (text: string): { color: Color; name: string } => {
  const at = text.indexOf('=');
  const color = (at < 0 ? text : text.slice(0, at)).trim();
  if (at < 0 || !(COLORS as readonly string[]).includes(color)) {
    throw new UsageError(`--set takes COLOR=NAME with COLOR one of ${COLORS.join(', ')} (an empty NAME removes it)`);
  }
  return { color: color as Color, name: text.slice(at + 1).trim() };
};

export const colorsCommand = async (ctx: CliContext, set: string[]) => {
  let { colorNames = {} } = await call(ctx, 'getSettings', {});
  if (set.length) {
    const next = { ...colorNames };
    for (const { color, name } of set.map(parseColorAssignment)) {
      if (name) next[color] = name;
      else delete next[color];
    }
    colorNames = (await call(ctx, 'updateSettings', { patch: { colorNames: next } })).colorNames ?? {};
  }
  if (ctx.json) return printJson(ctx, Object.fromEntries(COLORS.map((c) => [c, colorNames[c] ?? null])));
  for (const c of COLORS) {
    const name = colorNames[c];
    ctx.out(`${c.padEnd(7)} ${name ?? `(${colorLabel(c)}, no name)`}\n`);
  }
};
