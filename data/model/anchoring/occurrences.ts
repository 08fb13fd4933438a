/**
 * Every start of `needle` in `text` from `from` up to `to` (overlapping ones included),
 * stopping once more than `limit` are found.
 *
 * indexOf cannot be told where to stop, and after the last hit in range it would run on
 * to the end of the text: for a window search repeated per annotation that turns
 * O(window) into O(text). So the search runs over a slice ending at the bound (V8 shares
 * the characters, the slice costs nothing).
 */
export function occurrences(text: string, needle: string, from = 0, to = text.length, limit = Infinity): number[] {
  const starts: number[] = [];
  if (needle === '') return starts;
  const haystack = to + needle.length >= text.length ? text : text.slice(0, Math.max(0, to + needle.length));
  for (let at = haystack.indexOf(needle, Math.max(0, from)); at !== -1; at = haystack.indexOf(needle, at + 1)) {
    starts.push(at);
    if (starts.length > limit) break;
  }
  return starts;
}
