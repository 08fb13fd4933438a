import { GlossaError } from './result';

export interface QuoteQuery {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/**
 * Finds where a new annotation's quote is, for callers that name a passage by its words
 * (the CLI). Context narrows the matches; more than one left is ambiguous, never a guess.
 */
export const findQuote = (text: string, { exact, prefix, suffix }: QuoteQuery): { start: number; end: number } => {
  const matches: number[] = [];
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    // startsWith clamps a negative position to 0, which would let the prefix overlap the quote.
    if (prefix && (at < prefix.length || !text.startsWith(prefix, at - prefix.length))) continue;
    if (suffix && !text.startsWith(suffix, at + exact.length)) continue;
    matches.push(at);
  }
  const context = prefix || suffix ? ' with the given prefix/suffix' : '';
  if (matches.length === 0) {
    throw new GlossaError('not_found', `the quote "${clip(exact)}" does not occur in the text${context}`);
  }
  if (matches.length > 1) {
    throw new GlossaError(
      'ambiguous',
      `the quote "${clip(exact)}" occurs ${matches.length} times${context}; give a --prefix or --suffix to say which`,
    );
  }
  return { start: matches[0], end: matches[0] + exact.length };
};

const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);
