import { COLORS, type Color } from '../schemas';
import { foldText } from './fold';

/**
 * The query language, typed into one box or after `glossa search`:
 *   阿里 AI            terms separated by spaces must all occur (AND), in any field
 *   "machine learning" a phrase, spaces included (also “…”, 「…」, 『…』)
 *   tag:策略           excerpts tagged 策略 or below it (策略/雲); restricts to annotations
 *   color:yellow       annotations of that colour (also 黄/黃, 绿/綠 …); restricts to annotations
 *   doc:阿里           only articles whose title contains 阿里
 * Every comparison is on folded text (see fold.ts): 雲 = 云, Ａ = a.
 */
export interface ParsedQuery {
  /** Folded terms and phrases, each non-empty, in the order typed, without duplicates. */
  terms: string[];
  /** Folded tag names (tag:NAME). */
  tags: string[];
  colors: Color[];
  /** A colour filter named no known colour: nothing can match. */
  unknownColor: boolean;
  /** Folded title substrings (doc:TEXT). */
  docs: string[];
}

const QUOTES: Record<string, string> = { '"': '"', '“': '”', '「': '」', '『': '』' };

/** Filter prefixes, compared folded (so 標籤: and 标签: are the same). */
const PREFIXES: Record<string, 'tag' | 'color' | 'doc'> = {
  'tag:': 'tag',
  'tags:': 'tag',
  '标签:': 'tag',
  'color:': 'color',
  'colour:': 'color',
  '颜色:': 'color',
  'doc:': 'doc',
  '文章:': 'doc',
};

const COLOR_ALIASES: Record<string, Color> = {
  ...Object.fromEntries(COLORS.map((c) => [c, c])),
  黄: 'yellow',
  黄色: 'yellow',
  绿: 'green',
  绿色: 'green',
  蓝: 'blue',
  蓝色: 'blue',
  粉: 'pink',
  粉红: 'pink',
  粉红色: 'pink',
  紫: 'purple',
  紫色: 'purple',
  橙: 'orange',
  橙色: 'orange',
};

const isSpace = (ch: string) => /\s/u.test(ch);

/** The query split into words and phrases, quotes removed; a phrase is always a term. */
const tokenize = (query: string): { word: string; phrase: boolean }[] => {
  const tokens: { word: string; phrase: boolean }[] = [];
  let i = 0;
  const readQuoted = (open: string): string => {
    const close = QUOTES[open];
    const end = query.indexOf(close, i + 1);
    const value = query.slice(i + 1, end < 0 ? query.length : end);
    i = end < 0 ? query.length : end + 1;
    return value;
  };
  while (i < query.length) {
    const ch = query[i];
    if (isSpace(ch)) {
      i++;
      continue;
    }
    if (QUOTES[ch]) {
      tokens.push({ word: readQuoted(ch), phrase: true });
      continue;
    }
    let word = '';
    while (i < query.length && !isSpace(query[i])) {
      // tag:"two words": a quote right after a filter prefix opens the filter's value.
      if (QUOTES[query[i]] && filterOf(word)?.prefixLength === word.length) {
        word += readQuoted(query[i]);
        tokens.push({ word, phrase: false });
        word = '';
        break;
      }
      word += query[i++];
    }
    if (word) tokens.push({ word, phrase: false });
  }
  return tokens;
};

const filterOf = (word: string): { kind: 'tag' | 'color' | 'doc'; prefixLength: number } | null => {
  const colon = word.search(/[:：]/);
  if (colon < 0) return null;
  const kind = PREFIXES[foldText(word.slice(0, colon + 1))];
  return kind ? { kind, prefixLength: colon + 1 } : null;
};

// NUL separates an annotation's tags in the index (units.ts): a query can never contain it.
const clean = (s: string) => s.replace(/\u0000/g, '');

export const parseQuery = (query: string): ParsedQuery => {
  const parsed: ParsedQuery = { terms: [], tags: [], colors: [], unknownColor: false, docs: [] };
  const add = (list: string[], value: string) => {
    if (value && !list.includes(value)) list.push(value);
  };
  for (const { word, phrase } of tokenize(clean(query))) {
    const filter = phrase ? null : filterOf(word);
    if (!filter) {
      if (!word.trim()) continue;
      add(parsed.terms, foldText(word));
      continue;
    }
    const value = foldText(word.slice(filter.prefixLength)).trim();
    if (!value) continue; // "tag:" while still typing: no filter yet
    if (filter.kind === 'tag') add(parsed.tags, value.replace(/^#/, '').replace(/\/+$/, ''));
    else if (filter.kind === 'doc') add(parsed.docs, value);
    else {
      const color = COLOR_ALIASES[value];
      if (!color) parsed.unknownColor = true;
      else if (!parsed.colors.includes(color)) parsed.colors.push(color);
    }
  }
  return parsed;
};

/** True when the query asks for nothing (blank, or only empty filters). */
export const isEmptyQuery = (q: ParsedQuery): boolean =>
  q.terms.length === 0 && q.tags.length === 0 && q.colors.length === 0 && !q.unknownColor && q.docs.length === 0;

/** Annotation filters turn the search into a search of annotations (excerpts and notes). */
export const searchesAnnotations = (q: ParsedQuery): boolean =>
  q.tags.length > 0 || q.colors.length > 0 || q.unknownColor;

/** tag:parent matches parent and parent/child (hierarchical tags), folded. */
export const tagMatches = (foldedTag: string, filter: string): boolean =>
  foldedTag === filter || foldedTag.startsWith(`${filter}/`);
