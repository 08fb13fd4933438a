/**
 * Front matter has to start at byte 0 (Obsidian and Logseq read it only there), so it
 * cannot sit inside the HTML-comment region. It is managed key by key instead: the keys
 * Glossa writes are replaced, every other top-level key (a person's `aliases`, `status`,
 * `cssclasses`…) is kept with its lines, after Glossa's, in the order the person left it.
 */

/** Every key any Glossa note writes, so a key Glossa stopped writing is removed, not kept. */
export const GLOSSA_KEYS = new Set([
  'title',
  'source',
  'encoding',
  'imported',
  'tags',
  'glossa-id',
  'excerpts',
  'glossa-version',
  'glossa-format',
  'glossa-tag',
  'glossa-index',
  'articles',
]);

interface Entry {
  key?: string;
  lines: string[];
}

const KEY_LINE = /^("(?:[^"\\]|\\.)*"|'[^']*'|[^\s#'"\-?:][^:]*?|-[^\s:][^:]*?)[ \t]*:(?:[ \t]|$)/;

const unquote = (key: string): string => key.replace(/^(["'])(.*)\1$/, '$2');

const entries = (lines: readonly string[]): Entry[] => {
  const out: Entry[] = [];
  for (const line of lines) {
    const match = KEY_LINE.exec(line);
    if (match !== null) out.push({ key: unquote(match[1]), lines: [line] });
    else if (out.length === 0) out.push({ lines: [line] });
    else out[out.length - 1].lines.push(line);
  }
  return out;
};

export interface FrontMatterSplit {
  /** The lines between the delimiters. */
  lines: string[];
  /** Everything after the closing delimiter line (its newline included). */
  rest: string;
}

const DELIMITED = /^---[ \t]*\r?\n([\s\S]*?)(?:^|\n)(?:---|\.\.\.)[ \t]*(\r?\n|$)/;

/** Front matter at the very start of `text`, or undefined when there is none. */
export const splitFrontMatter = (text: string): FrontMatterSplit | undefined => {
  const match = DELIMITED.exec(text);
  if (match === null) return undefined;
  const inner = match[1].replace(/\r?\n?$/, '');
  return { lines: inner === '' ? [] : inner.split(/\r?\n/), rest: text.slice(match[0].length) };
};

/** Glossa's fresh lines first, then the person's own keys from the file as it is. */
export const mergeFrontMatter = (existing: readonly string[], fresh: readonly string[]): string[] => {
  const ours = entries(fresh);
  const owned = new Set([...GLOSSA_KEYS, ...ours.flatMap((e) => (e.key === undefined ? [] : [e.key]))]);
  const theirs = entries(existing).filter((e) => e.key === undefined || !owned.has(e.key));
  return [...ours, ...theirs].flatMap((e) => e.lines);
};

export const renderFrontMatterLines = (lines: readonly string[]): string => ['---', ...lines, '---'].join('\n');
