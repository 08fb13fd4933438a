/**
 * A decoding is clean when nothing was lost or invented: no replacement character and no
 * C0 control other than tab, line feed, carriage return and form feed.
 */
const UNCLEAN = /[\uFFFD\x00-\x08\x0B\x0E-\x1F]/;

export const isCleanText = (text: string): boolean => !UNCLEAN.test(text);
