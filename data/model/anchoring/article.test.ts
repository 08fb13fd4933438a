import { describe as suite, expect, it } from 'vitest';
import { hasSeed, readSeed } from '../../test-support/seed';
import type { Annotation } from '../schemas';
import { reanchor } from './reanchor';
import { annotationAt, joinParagraphs, paragraphStart } from './test-support';

/** Where each annotation was, by paragraph, so its new offset follows from the edits. */
interface Placed {
  annotation: Annotation;
  paragraph: number;
  offset: number;
  length: number;
}

suite('acceptance: the seed article', () => {
  it.skipIf(!hasSeed)('re-anchors after an insert, a deletion, a swap and an edit', () => {
    const paragraphs = readSeed().split(/\r?\n/).filter((line) => line.trim() !== '');
    expect(paragraphs.length).toBeGreaterThan(20);
    const text = joinParagraphs(paragraphs);

    const placed: Placed[] = [];
    const place = (paragraph: number, offset: number, length: number) => {
      const start = paragraphStart(paragraphs, paragraph) + offset;
      const annotation = annotationAt(text, start, start + length, `p${paragraph}-${offset}-${length}`);
      placed.push({ annotation, paragraph, offset, length });
    };
    paragraphs.forEach((p, i) => {
      for (let at = p.indexOf('阿里云'); at !== -1; at = p.indexOf('阿里云', at + 1)) place(i, at, 3);
      place(i, 0, Math.min(20, p.length));
      place(i, Math.floor(p.length / 2), 1);
    });
    expect(placed.filter((p) => p.length === 3).length).toBeGreaterThanOrEqual(50);

    // The edits: a paragraph inserted after the second, the tenth deleted, the nineteenth
    // and twentieth swapped, two characters replaced inside the fourteenth.
    const DELETED = 9;
    const EDITED = 13;
    const EDIT_AT = 100;
    place(EDITED, EDIT_AT - 10, 24);
    const edited = [...paragraphs];
    edited[EDITED] = edited[EDITED].slice(0, EDIT_AT) + '某某' + edited[EDITED].slice(EDIT_AT + 2);
    const order = paragraphs.map((_, i) => i).filter((i) => i !== DELETED);
    const at18 = order.indexOf(18);
    [order[at18], order[at18 + 1]] = [order[at18 + 1], order[at18]];
    const newParagraphs = order.map((i) => edited[i]);
    newParagraphs.splice(2, 0, '編者按:本文根據公開資料整理,文中數字以公司公告為準,觀點不代表本刊立場。');
    const newText = joinParagraphs(newParagraphs);

    const { annotations, report } = reanchor(newText, placed.map((p) => p.annotation));
    expect(annotations).toHaveLength(placed.length);
    const counts = { kept: 0, moved: 0, fuzzy: 0, orphaned: 0 };
    placed.forEach((p, i) => {
      const entry = report[i];
      const label = `${entry.annotationId} ${JSON.stringify(entry.exact)}`;
      counts[entry.outcome]++;
      if (p.paragraph === DELETED) {
        expect(entry.outcome, label).toBe('orphaned');
        expect(annotations[i].target).toEqual(p.annotation.target);
        return;
      }
      const start = paragraphStart(newParagraphs, newParagraphs.indexOf(edited[p.paragraph])) + p.offset;
      expect(entry.to, label).toEqual({ start, end: start + p.length });
      const touchesEdit = p.paragraph === EDITED && p.offset < EDIT_AT + 2 && p.offset + p.length > EDIT_AT;
      expect(entry.outcome, label).toBe(touchesEdit ? 'fuzzy' : p.paragraph < 2 ? 'kept' : 'moved');
    });
    expect(counts.orphaned).toBe(placed.filter((p) => p.paragraph === DELETED).length);
    expect(counts.fuzzy).toBeGreaterThanOrEqual(1);
    expect(counts.moved).toBeGreaterThan(50);
  });
});
