import type { Target } from '../schemas';

/** Characters of context stored on each side of a quote (W3C TextQuoteSelector). */
export const CONTEXT_LENGTH = 32;

const isHighSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLowSurrogate = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** True when index `at` falls between the two halves of a surrogate pair. */
export const splitsSurrogatePair = (text: string, at: number): boolean =>
  at > 0 &&
  at < text.length &&
  isHighSurrogate(text.charCodeAt(at - 1)) &&
  isLowSurrogate(text.charCodeAt(at));

/**
 * The selectors for text[start, end). Context edges never cut an emoji (or any astral
 * character) in half: a stored half pair would never compare equal to anything a later
 * describe() produces, and would show as garbage wherever the context is displayed.
 */
export function describe(text: string, start: number, end: number): Target {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`offsets must be integers (got ${start}, ${end})`);
  }
  if (start < 0 || end > text.length || end <= start) {
    throw new RangeError(`invalid range [${start}, ${end}) in a text of length ${text.length}`);
  }
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1;
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH);
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
