import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SearchResult } from '../data/model/api-search';
import { useTempDirs } from '../data/test-support/temp-dir';
import { formatResult } from './commands/search';

const tempDir = useTempDirs();
const BIN = join(__dirname, '../bin/glossa.cjs');

const glossa = (notebook: string, ...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args, '--notebook', notebook], { encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined } });
  return { code: r.status, out: r.stdout, err: r.stderr };
};

/** Simplified only: the Traditional query below must still find it. */
const ARTICLE = '阿里云的新战略\n\n阿里云最新一轮组织架构调整围绕公共云展开。\n\n台湾的云端市场也在变化。\n';

describe('glossa search', { timeout: 180_000 }, () => {
  it('finds Simplified text from a Traditional query, in the real command', () => {
    const nb = tempDir();
    const file = join(tempDir(), 'article.txt');
    writeFileSync(file, ARTICLE);
    const imported = glossa(nb, 'import', file, '--json');
    expect(imported.code).toBe(0);
    const [doc] = JSON.parse(imported.out).imported;

    const found = glossa(nb, 'search', '阿里雲');
    expect(found.err).toBe('');
    expect(found.code).toBe(0);
    // stdout is a pipe here: matches in brackets, no ANSI codes.
    expect(found.out).toBe(
      [
        `阿里云的新战略 (${doc.id})`,
        '  title   [阿里云]的新战略',
        '  text@0  [阿里云]最新一轮组织架构调整围绕公共云展开。  台湾的云端市场也在变化。',
        '2 matches in 1 article',
        '',
      ].join('\n'),
    );

    const json = JSON.parse(glossa(nb, 'search', '臺灣', '雲端', '--json').out) as SearchResult;
    // Both words in one passage: one hit, two marks, two matches.
    expect(json.groups[0].hits.map((h) => h.ranges.map((r) => h.snippet.slice(...r)))).toEqual([['台湾', '云端']]);
    expect(json.total).toBe(2);
  });

  it('says "no matches" and exits 0 when nothing matches; a missing query is a usage error', () => {
    const nb = tempDir();
    expect(glossa(nb, 'search', '不存在')).toEqual({ code: 0, out: 'no matches\n', err: '' });
    const usage = glossa(nb, 'search');
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('search needs a QUERY');
    expect(glossa(nb, 'search', 'x', '--limit', 'lots').code).toBe(2);
  });
});

describe('formatResult', () => {
  const result: SearchResult = {
    query: 'x',
    groups: [
      {
        documentId: 'd1',
        title: 'T',
        hitCount: 3,
        hits: [
          { field: 'text', snippet: '…ab x cd…', ranges: [[4, 5]], start: 10, end: 11 },
          { field: 'quote', annotationId: 'a', snippet: 'x', ranges: [[0, 1]] },
        ],
      },
    ],
    total: 3,
    documentCount: 2,
  };

  it('marks matches with brackets, or with ANSI bold and underline for a terminal', () => {
    expect(formatResult(result, 'brackets')).toBe(
      ['T (d1)', '  text@10  …ab [x] cd…', '  quote    [x]', '  … 1 more in this article', '3 matches in 2 articles (1 shown; --limit N for more)', ''].join('\n'),
    );
    expect(formatResult(result, 'ansi')).toContain('…ab \x1b[1;4mx\x1b[22;24m cd…');
  });
});
