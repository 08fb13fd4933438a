import { SEARCH_DEFAULT_LIMIT, SEARCH_HITS_PER_GROUP, type SearchGroup, type SearchHit, type SearchResult } from '../api-search';
import { rangesIn, type Matches } from './match';
import { passageHit, passages } from './snippets';

/**
 * Matches -> the answer: one group per article, hits in reading order. Articles with a
 * title match come first, then those with more matches; ties by title and id, so the order
 * never depends on the order documents were indexed in. Where the matches are, and the
 * snippets, are worked out only for the articles returned.
 */
export const buildResult = (query: string, matches: Matches, limit = SEARCH_DEFAULT_LIMIT): SearchResult => {
  const ranked = [...matches.documents].sort(
    (a, b) =>
      Number(b.inTitle) - Number(a.inTitle) ||
      b.matchCount - a.matchCount ||
      compare(a.document.title, b.document.title) ||
      compare(a.document.id, b.document.id),
  );
  const groups: SearchGroup[] = ranked.slice(0, limit).map((d) => {
    // Title, notes, quotes and tags first, the article text fills what is left: the 40th
    // passage of the text matters less than the one note that mentions the term. Shown in
    // reading order all the same.
    const chosen: Array<{ ordinal: number; hit: SearchHit }> = [];
    let hitCount = 0;
    const textLast = [...d.units].sort((a, b) => Number(a.unit.field === 'text') - Number(b.unit.field === 'text'));
    for (const { unit } of textLast) {
      const match = { unit, ranges: rangesIn(unit, matches.highlight) };
      const found = passages(match, SEARCH_HITS_PER_GROUP - chosen.length);
      hitCount += found.count;
      for (const p of found.list) chosen.push({ ordinal: unit.ordinal, hit: passageHit(match, p) });
    }
    const hits = chosen.sort((a, b) => a.ordinal - b.ordinal).map((c) => c.hit);
    return { documentId: d.document.id, title: d.document.title, hits, hitCount };
  });
  return {
    query,
    groups,
    total: ranked.reduce((n, d) => n + Math.max(d.matchCount, d.units.length), 0),
    documentCount: ranked.length,
  };
};

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
