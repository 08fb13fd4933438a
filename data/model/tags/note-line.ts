/**
 * A note's first line as a one-line preview: the first non-empty line without the Markdown
 * that only makes sense as a block (a list bullet, a heading's #, a quote's >), so
 * "- 收入" previews as "收入".
 */
export const noteFirstLine = (note: string): string => {
  const line = note.split('\n').find((l) => l.trim() !== '')?.trim() ?? '';
  return line.replace(/^(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+(?:\[[ xX]\]\s+)?|\d{1,9}[.)]\s+)?/, '').trim();
};
