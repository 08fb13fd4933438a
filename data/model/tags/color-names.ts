import { z } from 'zod';
import { COLORS, type Color } from '../schemas';

/**
 * A highlight colour can carry a meaning the person gives it (yellow = 重要, blue =
 * "evidence"). Names live in the notebook's settings so the app, the CLI and the export
 * agree; a colour without a name keeps its plain colour label.
 */
export const COLOR_NAME_MAX = 40;

const ColorNameSchema = z
  .string()
  .max(COLOR_NAME_MAX, `a colour name is at most ${COLOR_NAME_MAX} characters`)
  .refine((s) => !/[\r\n]/.test(s), 'a colour name is one line');

export type ColorNames = Partial<Record<Color, string>>;

/** Trimmed, without empty entries: an empty name means "no name", never a blank label. */
export const cleanColorNames = (names: ColorNames | undefined): ColorNames => {
  const out: ColorNames = {};
  for (const c of COLORS) {
    const name = names?.[c]?.trim();
    if (name) out[c] = name;
  }
  return out;
};

/** The whole map is one setting: a patch replaces it, so clearing a name is leaving it out. */
export const ColorNamesSchema = z
  .object(Object.fromEntries(COLORS.map((c) => [c, ColorNameSchema.optional()])) as Record<Color, z.ZodOptional<typeof ColorNameSchema>>)
  .strict()
  .transform((names): ColorNames => cleanColorNames(names));

/** The person's name for a colour, else the fallback label (translated by the caller). */
export const colorDisplayName = (color: Color, names: ColorNames | undefined, fallback: string): string =>
  names?.[color]?.trim() || fallback;
