import { escapeInline } from './inline-escape';

/**
 * Escapes for what makes a line a block of its own, and for heading text. Works on text
 * already passed through escapeInline (see inline-escape.ts for the principles).
 */

/**
 * Could be a table delimiter row (marked accepts one without pipes, e.g. `---:`), a rule
 * or a setext underline: dashes with only pipes, colons and spaces around them.
 */
const DELIMITER_ROW = /^[ \t|:]*-[ \t|:-]*$/;
const LIST_OR_QUOTE = /^(?:[-+](?:[ \t]|$)|>)/;
const ORDERED = /^([0-9]{1,9})([.)])(?=[ \t]|$)/;
const EQUALS_UNDERLINE = /^=[ \t=]*$/;

/**
 * Escapes what makes a line a block of its own (heading, list, quote, rule, setext
 * underline, table row). Expects a line already passed through escapeInline, without
 * leading spaces (those are stripped: four would make a code block).
 */
export const escapeLineStart = (line: string): string => {
  if (DELIMITER_ROW.test(line)) {
    const out = line.replace(/\|/g, '\\|');
    return /^[-:]/.test(out) ? `\\${out}` : out;
  }
  if (line.startsWith('#') || LIST_OR_QUOTE.test(line) || EQUALS_UNDERLINE.test(line)) return `\\${line}`;
  return line.replace(ORDERED, '$1\\$2');
};

/** Text for an ATX heading: inline escapes, and no trailing `#` run (a closing sequence). */
export const escapeHeadingText = (text: string): string =>
  escapeInline(text).replace(/(^|[ \t])(#+)$/, (_m, lead: string, hashes: string) =>
    lead + hashes.replace(/#/g, '\\#'),
  );
