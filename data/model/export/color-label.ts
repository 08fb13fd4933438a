import type { Color } from '../schemas';
import type { ColorNames } from '../tags/color-names';

/**
 * Colours are exported as words, not CSS values: a reader in Obsidian or Logseq sees no
 * highlight colour, and a stable English label can be searched for ("Yellow").
 * A Record keyed by Color makes adding a colour in schemas.ts a type error here.
 */
const LABELS: Record<Color, string> = {
  yellow: 'Yellow',
  green: 'Green',
  blue: 'Blue',
  pink: 'Pink',
  purple: 'Purple',
  orange: 'Orange',
};

/** The person's name for the colour when it has one (重要, evidence), else the English word. */
export const colorLabel = (color: Color, names?: ColorNames): string => names?.[color]?.trim() || LABELS[color];
