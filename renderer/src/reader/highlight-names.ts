import type { Color } from '../../../data/model/schemas';

/** Registry names; reader.css styles each with ::highlight(name). */
export const colorHighlight = (color: Color): string => `glossa-${color}`;
export const FUZZY_HIGHLIGHT = 'glossa-fuzzy';
export const OVERLAP_HIGHLIGHT = 'glossa-overlap';
export const SELECTED_HIGHLIGHT = 'glossa-selected';
export const PENDING_HIGHLIGHT = 'glossa-pending';
export const FLASH_HIGHLIGHT = 'glossa-flash';

/**
 * Higher priority paints on top. Colours sit at the bottom with translucent backgrounds
 * so different colours mix where they overlap; the overlap tint darkens places covered
 * twice (same-colour overlaps would otherwise merge invisibly in one registry); the
 * selection, pending excerpt and reveal flash must stay visible over all of them.
 */
export const highlightPriority = (name: string): number => {
  switch (name) {
    case OVERLAP_HIGHLIGHT:
      return 2;
    case FUZZY_HIGHLIGHT:
      return 3;
    case SELECTED_HIGHLIGHT:
      return 4;
    case PENDING_HIGHLIGHT:
      return 5;
    case FLASH_HIGHLIGHT:
      return 6;
    default:
      return 1;
  }
};
