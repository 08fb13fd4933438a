import { describe } from '../../data/model/anchoring';
import type { Annotation, DocumentFile } from '../../data/model/schemas';
import { BLOCK_SEPARATOR } from '../../data/model/text';
import type { Chain } from './markov';
import type { Random } from './random';

/** Paragraphs of 150–400 generated characters adding up to about `length` characters. */
export const paragraphs = (chain: Chain, random: Random, length: number): string[] => {
  const out: string[] = [];
  for (let left = length; left > 0; ) {
    const n = Math.min(left, 150 + random.int(250));
    out.push(chain.text(random, n));
    left -= n + BLOCK_SEPARATOR.length;
  }
  return out;
};

/** Canonical text of plain paragraphs (what canonicalText gives for paragraph blocks). */
export const joinParagraphs = (list: readonly string[]): string => list.join(BLOCK_SEPARATOR);

export interface Span {
  start: number;
  end: number;
}

/**
 * `count` spans of `minLength`–`maxLength` units in text[from, text.length), sorted, none
 * crossing a paragraph break (a person selects within a paragraph far more often than across).
 */
export const randomSpans = (text: string, random: Random, count: number, minLength: number, maxLength: number, from = 0): Span[] => {
  const spans: Span[] = [];
  while (spans.length < count) {
    const length = minLength + random.int(maxLength - minLength + 1);
    const start = from + random.int(text.length - from - length);
    if (text.slice(start, start + length).includes('\n')) continue;
    spans.push({ start, end: start + length });
  }
  return spans.sort((a, b) => a.start - b.start);
};

const AT = '2026-01-01T00:00:00.000Z';

/** An annotation of text[span] exactly as the app stores one (describe() makes the selectors). */
export const annotationOf = (documentId: string, id: string, text: string, span: Span, note = ''): Annotation => ({
  id,
  documentId,
  target: describe(text, span.start, span.end),
  color: 'yellow',
  tags: [],
  note,
  state: 'anchored',
  createdAt: AT,
  updatedAt: AT,
});

/** A stored document of plain paragraphs. */
export const documentFile = (id: string, title: string, list: readonly string[]): DocumentFile => ({
  schemaVersion: 1,
  document: {
    id,
    title,
    format: 'text',
    source: { kind: 'text', importedAt: AT },
    blocks: list.map((text) => ({ kind: 'paragraph', runs: [{ text }] })),
    note: '',
    createdAt: AT,
    updatedAt: AT,
  },
  annotations: [],
});
