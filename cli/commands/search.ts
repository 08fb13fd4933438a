import type { SearchHit, SearchResult } from '../../data/model/api-search';
import { call, printJson, type CliContext } from '../context';
import { UsageError } from '../usage';

/**
 * How a match is marked in a snippet: bold + underline on a terminal (ANSI), square
 * brackets when the output goes to a file or a pipe (and with NO_COLOR), so what a script
 * reads stays plain text.
 */
export type MarkStyle = 'ansi' | 'brackets';

export const defaultMarkStyle = (): MarkStyle =>
  process.stdout.isTTY && process.env.NO_COLOR === undefined ? 'ansi' : 'brackets';

const MARKS: Record<MarkStyle, [string, string]> = {
  ansi: ['\x1b[1;4m', '\x1b[22;24m'],
  brackets: ['[', ']'],
};

export const markSnippet = (hit: SearchHit, style: MarkStyle): string => {
  const [open, close] = MARKS[style];
  let out = '';
  let at = 0;
  for (const [s, e] of hit.ranges) {
    out += `${hit.snippet.slice(at, s)}${open}${hit.snippet.slice(s, e)}${close}`;
    at = e;
  }
  return out + hit.snippet.slice(at);
};

/** `text@120` for text hits: the offset `glossa annotate DOC --start` takes. */
const where = (hit: SearchHit) => (hit.start !== undefined ? `${hit.field}@${hit.start}` : hit.field);

export const formatResult = (result: SearchResult, style: MarkStyle): string => {
  if (result.groups.length === 0) return 'no matches\n';
  const lines: string[] = [];
  for (const group of result.groups) {
    lines.push(`${group.title} (${group.documentId})`);
    const width = Math.max(...group.hits.map((h) => where(h).length));
    for (const hit of group.hits) lines.push(`  ${where(hit).padEnd(width)}  ${markSnippet(hit, style)}`);
    const more = group.hitCount - group.hits.length;
    if (more > 0) lines.push(`  … ${more} more in this article`);
  }
  const shown = result.groups.length < result.documentCount ? ` (${result.groups.length} shown; --limit N for more)` : '';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 'es'}`;
  lines.push(`${plural(result.total, 'match')} in ${result.documentCount} article${result.documentCount === 1 ? '' : 's'}${shown}`);
  return `${lines.join('\n')}\n`;
};

export const searchCommand = async (
  ctx: CliContext,
  words: string[],
  options: { limit?: string; style?: MarkStyle },
) => {
  // The words are one query: `glossa search tag:策略 公共` = `glossa search 'tag:策略 公共'`.
  const query = words.join(' ');
  if (!query.trim()) throw new UsageError('search needs a QUERY');
  let limit: number | undefined;
  if (options.limit !== undefined) {
    if (!/^\d+$/.test(options.limit) || Number(options.limit) < 1) {
      throw new UsageError(`--limit must be a whole number from 1, not "${options.limit}"`);
    }
    limit = Math.min(Number(options.limit), 500);
  }
  const result = await call(ctx, 'search', { query, ...(limit !== undefined ? { limit } : {}) });
  if (ctx.json) return printJson(ctx, result);
  ctx.out(formatResult(result, options.style ?? defaultMarkStyle()));
};
