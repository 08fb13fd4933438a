import { normaliseNewlines } from './plain-text';

/**
 * The user's own Markdown, kept as written. Only what would damage the rest of the file is
 * touched: line endings, blank lines at the edges (the exporter owns the spacing between
 * blocks), and a code fence left open, which would swallow every excerpt after the note.
 */

const FENCE = /^ {0,3}(`{3,}|~{3,})(.*)$/;

/** The fence line that closes the fence still open at the end of `lines`, if any. */
const unclosedFence = (lines: readonly string[]): string | undefined => {
  let open: string | undefined;
  for (const line of lines) {
    const match = FENCE.exec(line);
    if (match === null) continue;
    const [, marker, after] = match;
    if (open === undefined) {
      // A backtick fence's info string may not contain a backtick (CommonMark 4.5).
      if (!(marker[0] === '`' && after.includes('`'))) open = marker;
    } else if (marker[0] === open[0] && marker.length >= open.length && after.trim() === '') {
      open = undefined;
    }
  }
  return open;
};

/** '' for a note that is empty or only whitespace. */
export const normaliseNote = (note: string): string => {
  const lines = normaliseNewlines(note).split('\n');
  while (lines.length > 0 && lines[0].trim() === '') lines.shift();
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  if (lines.length === 0) return '';
  const fence = unclosedFence(lines);
  if (fence !== undefined) lines.push(fence);
  // Trailing spaces on the last line would be a hard break into nothing; drop them.
  lines[lines.length - 1] = lines[lines.length - 1].replace(/[ \t]+$/, '');
  return lines.join('\n');
};
