import { describe, expect, it } from 'vitest';
import type { Annotation } from '../schemas';
import { chineseAnnotations, chineseDocument } from './fixtures/chinese-document';
import { englishAnnotations, englishDocument } from './fixtures/english-document';
import { exportDocumentMarkdown } from './index';

const shuffled = <T>(items: readonly T[], seed: number): T[] => {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
    const j = seed % (i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
};

describe('determinism', () => {
  it('gives the same bytes for the same input', () => {
    const a = exportDocumentMarkdown(chineseDocument, chineseAnnotations);
    const b = exportDocumentMarkdown(structuredClone(chineseDocument), structuredClone(chineseAnnotations));
    expect(b).toBe(a);
  });

  it('does not depend on the order annotations are passed in', () => {
    const expected = exportDocumentMarkdown(chineseDocument, chineseAnnotations);
    for (let seed = 1; seed <= 20; seed++) {
      expect(exportDocumentMarkdown(chineseDocument, shuffled(chineseAnnotations, seed))).toBe(expected);
    }
    expect(exportDocumentMarkdown(chineseDocument, [...chineseAnnotations].reverse())).toBe(expected);
  });

  it('orders ties at one position by creation time, then id', () => {
    const [first] = chineseAnnotations.filter((a) => a.target !== undefined && a.state === 'anchored');
    const twin = (id: string, createdAt: string): Annotation => ({ ...first, id, createdAt, note: `note ${id}` });
    const set = [twin('b', '2024-01-01T00:00:00Z'), twin('a', '2024-01-01T00:00:00Z'), twin('c', '2023-01-01T00:00:00Z')];
    const md = exportDocumentMarkdown(chineseDocument, set);
    expect(md.indexOf('note c')).toBeLessThan(md.indexOf('note a'));
    expect(md.indexOf('note a')).toBeLessThan(md.indexOf('note b'));
    expect(exportDocumentMarkdown(chineseDocument, shuffled(set, 7))).toBe(md);
  });

  it('uses LF only, one final newline, no trailing blank lines', () => {
    for (const md of [
      exportDocumentMarkdown(chineseDocument, chineseAnnotations),
      exportDocumentMarkdown({ ...englishDocument, note: 'CRLF\r\nnote\r\n\r\n' }, englishAnnotations),
    ]) {
      expect(md).not.toMatch(/\r/);
      expect(md.endsWith('\n')).toBe(true);
      expect(md.endsWith('\n\n')).toBe(false);
      expect(md).not.toMatch(/\n\n\n/);
    }
  });

  it('ignores annotations of other documents', () => {
    const stranger: Annotation = { ...englishAnnotations[0], documentId: 'someone-else' };
    expect(exportDocumentMarkdown(chineseDocument, [...chineseAnnotations, stranger])).toBe(
      exportDocumentMarkdown(chineseDocument, chineseAnnotations),
    );
  });

  it('does not read the clock', () => {
    const realNow = Date.now;
    Date.now = () => {
      throw new Error('clock read');
    };
    try {
      expect(() => exportDocumentMarkdown(englishDocument, englishAnnotations)).not.toThrow();
    } finally {
      Date.now = realNow;
    }
  });
});
