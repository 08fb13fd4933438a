import { describe as suite, expect, it } from 'vitest';
import type { Annotation } from '../schemas';
import { describe } from './describe';
import { reanchor } from './reanchor';
import {
  annotationAt, joinParagraphs, offsetOf, paragraphStart, randomInt, randomSentence, randomText,
  seededRandom, ZH_PARAGRAPHS,
} from './test-support';

const zh = joinParagraphs(ZH_PARAGRAPHS);
const at = (needle: string, id: string, nth = 0, length = needle.length): Annotation => {
  const start = offsetOf(zh, needle, nth);
  return annotationAt(zh, start, start + length, id);
};
const documentNote: Annotation = {
  id: 'note', documentId: 'doc-1', color: 'blue', tags: [], note: '# whole-document note',
  state: 'anchored', createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z',
};

suite('reanchor', () => {
  it('keeps everything in an unchanged text and passes document notes through', () => {
    const annotations = [at('阿里云', 'a', 3), documentNote, at('棋局', 'b')];
    const { annotations: out, report } = reanchor(zh, annotations);
    expect(out).toEqual(annotations);
    expect(report).toEqual([
      { annotationId: 'a', outcome: 'kept', exact: '阿里云', from: annotations[0].target!.position, to: annotations[0].target!.position },
      { annotationId: 'b', outcome: 'kept', exact: '棋局', from: annotations[2].target!.position, to: annotations[2].target!.position },
    ].map((e) => ({ ...e, from: { start: e.from.start, end: e.from.end }, to: { start: e.to.start, end: e.to.end } })));
  });

  it('reports moved, fuzzy and orphaned passages and stores what each outcome promises', () => {
    const moved = at('阿里云的生機', 'moved', 0, 3);
    const fuzzy = at('阿里云首次成立了專門的公共云事業部', 'fuzzy');
    const orphan = at('阿里云的客戶名單', 'orphan', 0, 3);
    const input = [fuzzy, documentNote, orphan, moved];
    const before = JSON.stringify(input);
    const paragraphs = ZH_PARAGRAPHS.filter((_, i) => i !== 5);
    paragraphs[3] = paragraphs[3].replace('首次成立了專門的', '首次設立了專屬的');
    const changed = '新增的開頭。\n\n' + joinParagraphs(paragraphs);

    const { annotations: out, report } = reanchor(changed, input);
    expect(JSON.stringify(input)).toBe(before);
    expect(out.map((a) => a.id)).toEqual(['fuzzy', 'note', 'orphan', 'moved']);
    expect(out[1]).toEqual(documentNote);
    expect(out[1]).not.toBe(documentNote);

    const fuzzyStart = 8 + paragraphStart(paragraphs, 3) + paragraphs[3].indexOf('阿里云首次');
    expect(report[0]).toEqual({
      annotationId: 'fuzzy', outcome: 'fuzzy', exact: fuzzy.target!.quote.exact,
      from: { start: fuzzy.target!.position.start, end: fuzzy.target!.position.end },
      to: { start: fuzzyStart, end: fuzzyStart + 17 },
    });
    // Fuzzy: new position, but the quote the person selected is kept as it was.
    expect(out[0].state).toBe('fuzzy');
    expect(out[0].target!.quote).toEqual(fuzzy.target!.quote);
    expect(out[0].target!.position).toEqual({ type: 'TextPositionSelector', start: fuzzyStart, end: fuzzyStart + 17 });

    // Orphaned: the stored target, tags and note survive untouched; no new position.
    expect(report[1]).toEqual({
      annotationId: 'orphan', outcome: 'orphaned', exact: '阿里云',
      from: { start: orphan.target!.position.start, end: orphan.target!.position.end },
    });
    expect(out[2]).toEqual({ ...orphan, state: 'orphaned' });

    // Moved: the selectors describe the new text (same exact, fresh context).
    const movedStart = offsetOf(changed, '阿里云的生機');
    expect(report[2]).toMatchObject({ annotationId: 'moved', outcome: 'moved', to: { start: movedStart, end: movedStart + 3 } });
    expect(out[3].state).toBe('anchored');
    expect(out[3].target).toEqual(describe(changed, movedStart, movedStart + 3));
    expect(out[3].tags).toEqual(moved.tags);
    expect(out[3].tags).not.toBe(moved.tags);
    expect(out[3].note).toBe(moved.note);
    expect(report).toHaveLength(3);

    // Running again on the same text changes nothing: fuzzy stays fuzzy, in place.
    const again = reanchor(changed, out);
    expect(again.annotations).toEqual(out);
    expect(again.report.map((e) => e.outcome)).toEqual(['fuzzy', 'orphaned', 'kept']);
  });

  it('brings back an orphan whose passage reappears, and stays stable when run again', () => {
    const original = at('阿里云的客戶名單', 'x', 0, 8);
    const without = joinParagraphs(ZH_PARAGRAPHS.filter((_, i) => i !== 5));
    const first = reanchor(without, [original]);
    expect(first.annotations[0].state).toBe('orphaned');
    const second = reanchor(zh, first.annotations);
    expect(second.report[0]).toMatchObject({ outcome: 'kept', to: { start: original.target!.position.start } });
    expect(second.annotations[0]).toEqual(original);
  });

  it('moves hundreds of annotations of a text shifted by an inserted paragraph', () => {
    const random = seededRandom(7);
    const text = randomText(random, 60);
    const cut = text.indexOf('\n\n', Math.floor(text.length / 3));
    const annotations: Annotation[] = [];
    while (annotations.length < 300) {
      const start = randomInt(random, 0, text.length - 41);
      const end = start + randomInt(random, 1, 40);
      // A passage cut in two by the insertion is no longer in the text verbatim.
      if (start < cut && end > cut) continue;
      annotations.push(annotationAt(text, start, end, `a${annotations.length}`));
    }
    const inserted = '\n\n' + randomSentence(random) + randomSentence(random);
    const changed = text.slice(0, cut) + inserted + text.slice(cut);
    const { report } = reanchor(changed, annotations);
    report.forEach((entry, i) => {
      const { start, end } = annotations[i].target!.position;
      const shift = start >= cut ? inserted.length : 0;
      expect(entry.to).toEqual({ start: start + shift, end: end + shift });
      expect(entry.outcome).toBe(shift ? 'moved' : 'kept');
    });
  });

  it('lands every annotation exactly after random edits far from them (seeded property)', () => {
    let applied = 0;
    let moved = 0;
    for (let seed = 1; seed <= 25; seed++) {
      const random = seededRandom(seed);
      let text = randomText(random, randomInt(random, 10, 30));
      const annotations: Annotation[] = [];
      for (let i = 0; i < 12; i++) {
        const length = randomInt(random, 1, 30);
        const start = randomInt(random, 0, text.length - length);
        annotations.push(annotationAt(text, start, start + length, `s${seed}-${i}`));
      }
      // Each annotation's quote plus its context is off limits to edits.
      const truth = annotations.map((a) => ({ start: a.target!.position.start, end: a.target!.position.end }));
      const guard = 40;
      const safe = (from: number, to: number) =>
        truth.every((p) => to <= p.start - guard || from >= p.end + guard);
      for (let edit = 0; edit < 8; edit++) {
        const from = randomInt(random, 0, text.length);
        const deleting = random() < 0.5;
        const to = deleting ? Math.min(text.length, from + randomInt(random, 1, 60)) : from;
        if (!safe(from, to)) continue;
        const inserted = deleting ? '' : randomSentence(random);
        applied++;
        text = text.slice(0, from) + inserted + text.slice(to);
        const delta = inserted.length - (to - from);
        for (const p of truth) {
          if (p.start >= to) {
            p.start += delta;
            p.end += delta;
          }
        }
      }
      const { annotations: out, report } = reanchor(text, annotations);
      report.forEach((entry, i) => {
        expect(entry.to, `seed ${seed}, ${entry.annotationId}`).toEqual(truth[i]);
        expect(out[i].state).toBe('anchored');
        expect(text.slice(truth[i].start, truth[i].end)).toBe(entry.exact);
        if (entry.outcome === 'moved') moved++;
      });
    }
    // Guard against a vacuous pass: the edits did happen and did shift passages.
    expect(applied).toBeGreaterThan(50);
    expect(moved).toBeGreaterThan(100);
  });
});
