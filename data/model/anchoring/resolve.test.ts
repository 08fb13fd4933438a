import { describe as suite, expect, it } from 'vitest';
import { describe } from './describe';
import { resolve } from './resolve';
import {
  countOf, EN_PARAGRAPHS, joinParagraphs, offsetOf, paragraphStart, randomText, seededRandom, ZH_PARAGRAPHS,
} from './test-support';

const zh = joinParagraphs(ZH_PARAGRAPHS);
const en = joinParagraphs(EN_PARAGRAPHS);
const targetOf = (text: string, needle: string, nth = 0, length = needle.length) => {
  const start = offsetOf(text, needle, nth);
  return describe(text, start, start + length);
};
const INSERTED = '編者按:本文根據公開資料整理,數字以公司公告為準。';

suite('resolve', () => {
  it('keeps every quote of an unchanged text at its stored position', () => {
    for (const needle of ['阿里云', '云', '阿里云首次成立了專門的公共云事業部', '音頻模型。\n\n十一月']) {
      const target = targetOf(zh, needle);
      expect(resolve(zh, target)).toEqual({
        state: 'anchored', start: target.position.start, end: target.position.end, method: 'position',
      });
    }
  });

  it('finds a quote moved by a sentence inserted before it', () => {
    const target = targetOf(zh, '阿里云首次成立了專門的公共云事業部');
    const changed = INSERTED + zh;
    const start = target.position.start + INSERTED.length;
    expect(resolve(changed, target)).toEqual({ state: 'anchored', start, end: start + 17, method: 'exact' });
    expect(changed.slice(start, start + 17)).toBe('阿里云首次成立了專門的公共云事業部');
  });

  it('finds a quote whose characters changed, at the right place, as fuzzy', () => {
    const target = targetOf(zh, '阿里云首次成立了專門的公共云事業部');
    const changed = INSERTED + zh.replace('首次成立了專門的公共云', '首次設立了專屬的公共云');
    const start = target.position.start + INSERTED.length;
    expect(resolve(changed, target)).toEqual({ state: 'fuzzy', start, end: start + 17, method: 'fuzzy' });

    const english = targetOf(en, 'comes back weeks later to find the thread');
    const typo = en.replace('comes back weeks later', 'comes bakc several weeks later');
    const at = english.position.start;
    expect(resolve(typo, english)).toEqual({ state: 'fuzzy', start: at, end: at + 49, method: 'fuzzy' });
    expect(typo.slice(at, at + 49)).toBe('comes bakc several weeks later to find the thread');
  });

  it('finds quotes in swapped paragraphs', () => {
    const swapped = [...ZH_PARAGRAPHS];
    [swapped[2], swapped[5]] = [swapped[5], swapped[2]];
    const changed = joinParagraphs(swapped);
    const inThird = targetOf(zh, '積極開源的策略');
    const inSixth = targetOf(zh, '阿里云的客戶名單');
    const third = paragraphStart(swapped, 5) + ZH_PARAGRAPHS[2].indexOf('積極開源的策略');
    const sixth = paragraphStart(swapped, 2) + ZH_PARAGRAPHS[5].indexOf('阿里云的客戶名單');
    expect(resolve(changed, inThird)).toMatchObject({ state: 'anchored', start: third, method: 'exact' });
    expect(resolve(changed, inSixth)).toMatchObject({ state: 'anchored', start: sixth, method: 'exact' });
  });

  it('orphans the quotes of a deleted paragraph even though their words occur elsewhere', () => {
    expect(countOf(zh, '阿里云')).toBeGreaterThanOrEqual(24);
    const deleted = ZH_PARAGRAPHS[5];
    const changed = joinParagraphs(ZH_PARAGRAPHS.filter((_, i) => i !== 5));
    const from = paragraphStart(ZH_PARAGRAPHS, 5);
    // Every 阿里云 of the deleted paragraph, including the one right at its start, whose
    // prefix reaches back into the surviving paragraph before it.
    for (let nth = 0; nth < countOf(deleted, '阿里云'); nth++) {
      const start = from + offsetOf(deleted, '阿里云', nth);
      const target = describe(zh, start, start + 3);
      expect(resolve(changed, target)).toEqual({ state: 'orphaned', method: 'none' });
    }
    expect(countOf(changed, '阿里云')).toBeGreaterThan(15);
    // Longer words of it that survive elsewhere too.
    for (const words of ['政企', '訂單', '項目']) {
      expect(countOf(changed, words)).toBeGreaterThan(0);
      const start = from + deleted.indexOf(words);
      expect(resolve(changed, describe(zh, start, start + words.length)).state).toBe('orphaned');
    }
    // And a whole sentence of it, too long for chance, that no longer exists.
    const sentence = targetOf(zh, '阿里云在這些項目上的投入也沒有明顯減少');
    expect(resolve(changed, sentence).state).toBe('orphaned');
  });

  it('resolves each of dozens of identical quotes to its own occurrence by context', () => {
    const changed = INSERTED + zh.replace('業內人士認為', '不少分析師認為').replace('十二月一日', '12月1日');
    const total = countOf(zh, '阿里云');
    expect(total).toBeGreaterThanOrEqual(24);
    for (let nth = 0; nth < total; nth++) {
      const target = targetOf(zh, '阿里云', nth);
      const result = resolve(changed, target);
      // The n-th occurrence stays the n-th: nothing was inserted or removed between them.
      expect(result).toMatchObject({ state: 'anchored', start: offsetOf(changed, '阿里云', nth) });
    }
  });

  it('finds quotes across a paragraph break', () => {
    const target = targetOf(zh, '音頻模型。\n\n十一月');
    const shifted = INSERTED + zh;
    expect(resolve(shifted, target)).toMatchObject({ state: 'anchored', start: target.position.start + INSERTED.length });
    const longer = targetOf(en, 'comes back weeks later to find the thread again.\n\nNotes drift');
    const edited = 'Preface. ' + en.replace('thread again.', 'thread again!');
    expect(resolve(edited, longer)).toMatchObject({ state: 'fuzzy', start: longer.position.start + 9 });
  });

  it('finds quotes at the very start and the very end of the text', () => {
    const first = describe(zh, 0, 9);
    const last = describe(zh, zh.length - 12, zh.length);
    expect(resolve(zh, first)).toMatchObject({ state: 'anchored', start: 0, method: 'position' });
    expect(resolve(zh, last)).toMatchObject({ state: 'anchored', start: zh.length - 12, method: 'position' });
    const wrapped = INSERTED + '\n\n' + zh + '\n\n' + INSERTED;
    expect(resolve(wrapped, first)).toMatchObject({ state: 'anchored', start: INSERTED.length + 2 });
    expect(resolve(wrapped, last)).toMatchObject({ state: 'anchored', start: INSERTED.length + 2 + zh.length - 12 });
  });

  it('anchors a one- or two-character quote only when its context agrees', () => {
    const one = targetOf(zh, '棋局', 0, 1);
    const two = targetOf(zh, '棋局');
    const shifted = INSERTED + zh;
    expect(resolve(shifted, one)).toMatchObject({ state: 'anchored', start: one.position.start + INSERTED.length });
    expect(resolve(shifted, two)).toMatchObject({ state: 'anchored', start: two.position.start + INSERTED.length });

    // The same characters survive, but in a rewritten sentence: no anchoring on the quote alone.
    const rewritten = zh.replace('阿里云已經擺好了棋局。業內人士', '這盤棋局誰也看不清。沒有人');
    expect(countOf(rewritten, '棋局')).toBe(1);
    expect(resolve(rewritten, one)).toEqual({ state: 'orphaned', method: 'none' });
    expect(resolve(rewritten, two)).toEqual({ state: 'orphaned', method: 'none' });
  });

  it('does not trust a short quote that reappears at its old offset by coincidence', () => {
    const target = targetOf(zh, '阿里云的客戶名單', 0, 3);
    const start = target.position.start;
    // Replace the text so that another 阿里云 lands exactly on the old offset.
    const filler = '這一段被整個改寫,內容完全不同,只是碰巧在同一位置也出現了';
    const changed = zh.slice(0, start - filler.length) + filler + '阿里云' + '以外的名字,後面也全是新的句子,和原來沒有關係。' + zh.slice(start + 60);
    expect(changed.slice(start, start + 3)).toBe('阿里云');
    expect(resolve(changed, target).method).not.toBe('position');
  });

  it('orphans a quote that is not in the text at all', () => {
    const target = describe('完全無關的文字:量子計算與天氣預報的關係研究。', 5, 15);
    expect(resolve(zh, target)).toEqual({ state: 'orphaned', method: 'none' });
    const english = targetOf(en, 'Quotes survive better than numbers');
    expect(resolve(zh, english)).toEqual({ state: 'orphaned', method: 'none' });
  });

  it('lets the quote alone decide when it was the whole text', () => {
    const target = describe('阿里云正面向未來下注', 0, 10);
    expect(resolve('前言。阿里云正面向未來下注。', target)).toMatchObject({ state: 'anchored', start: 3 });
    expect(resolve('阿里云正面向未來押注', target)).toMatchObject({ state: 'fuzzy', start: 0, end: 10 });
  });

  it('anchors a long unique passage moved to new surroundings', () => {
    const paragraph = ZH_PARAGRAPHS[3];
    const target = targetOf(zh, paragraph);
    expect(paragraph.length).toBeGreaterThanOrEqual(64);
    const changed = joinParagraphs(['全新的開頭段落。', paragraph, '全新的結尾段落。']);
    expect(resolve(changed, target)).toEqual({ state: 'anchored', start: 10, end: 10 + paragraph.length, method: 'exact' });
  });

  it('uses a hint only to search faster, never to change the answer', () => {
    const target = targetOf(zh, '阿里云', 7);
    const changed = INSERTED + zh;
    const truth = offsetOf(changed, '阿里云', 7);
    expect(resolve(changed, target, { expectedStart: truth })).toMatchObject({ start: truth });
    expect(resolve(changed, target, { expectedStart: offsetOf(changed, '阿里云', 3) })).toMatchObject({ start: truth });
    expect(resolve(changed, target, { expectedStart: 1e9 })).toMatchObject({ start: truth });
    const edited = INSERTED + zh.replace('首次成立了專門的', '首次設立了專屬的');
    const fuzzy = targetOf(zh, '阿里云首次成立了專門的公共云事業部');
    expect(resolve(edited, fuzzy, { expectedStart: 0 })).toMatchObject({
      state: 'fuzzy', start: fuzzy.position.start + INSERTED.length,
    });
  });

  it('matches a short quote approximately only between two intact sides', () => {
    const target = targetOf(zh, '棋局。業內');
    const start = target.position.start;
    const typo = zh.replace('棋局。業內', '棋局,業內');
    expect(resolve(typo, target)).toEqual({ state: 'fuzzy', start, end: start + 5, method: 'fuzzy' });
    const rewritten = zh.replace('棋局。業內人士認為', '棋局,而分析師認為');
    expect(resolve(rewritten, target).state).toBe('orphaned');
  });

  it('prefers the lightly edited passage in place to a verbatim copy far away', () => {
    const boilerplate = '免責聲明:本文僅供參考,不構成任何投資建議,讀者據此操作風險自擔。';
    const filler = randomText(seededRandom(3), 12);
    expect(filler.length).toBeGreaterThan(1100);
    const text = joinParagraphs(['第一節', boilerplate, filler, '第二節', boilerplate, filler]);
    const start = offsetOf(text, boilerplate);
    const target = describe(text, start, start + boilerplate.length);
    const edited = text.replace('本文僅供參考', '本文只供參考');
    expect(offsetOf(edited, boilerplate)).toBeGreaterThan(start + 1100);
    expect(resolve(edited, target)).toEqual({ state: 'fuzzy', start, end: start + boilerplate.length, method: 'fuzzy' });
  });

  it('keeps a verbatim quote verbatim when only the characters beside it changed', () => {
    const target = targetOf(zh, '首次成立了專門的公共云');
    const changed = INSERTED + zh.replace('阿里云首次成立了專門的公共云事業部', '阿里雲首次成立了專門的公共云業務部');
    const start = target.position.start + INSERTED.length;
    expect(resolve(changed, target)).toEqual({ state: 'anchored', start, end: start + 11, method: 'exact' });
  });

  it('keeps a unique quote at its stored position even when everything around it was rewritten', () => {
    const quote = '首次成立了專門的公共云事業部';
    expect(countOf(zh, quote)).toBe(1);
    const target = targetOf(zh, quote);
    const { start, end } = target.position;
    // Same lengths on both sides, every character of the stored context different.
    const rewrite = (s: string) => s.replace(/[^\n]/g, '某');
    const changed = rewrite(zh.slice(0, start)) + quote + rewrite(zh.slice(end));
    expect(resolve(changed, target)).toEqual({ state: 'anchored', start, end, method: 'position' });
  });

  it('finds a unique quote a few units from its old place after both sides were reworded', () => {
    const quote = '阿里云的大模型策略從年初至今沒有變化,仍然先注重生態,再注重商業化';
    expect(quote.length).toBeGreaterThanOrEqual(32);
    const target = targetOf(zh, quote);
    const { start, end } = target.position;
    // One unit longer before it, and 20 of the 32 context units on each side replaced.
    const before = zh.slice(0, start - 20) + '某'.repeat(21);
    const changed = before + quote + '某'.repeat(20) + zh.slice(end + 20);
    expect(resolve(changed, target)).toEqual({ state: 'anchored', start: start + 1, end: end + 1, method: 'exact' });
  });

  it('still orphans a unique quote whose only copy is far from where it was and has lost its context', () => {
    const quote = '首次成立了專門的公共云事業部';
    const target = targetOf(zh, quote);
    const withoutIt = zh.replace(quote, '做了別的調整');
    // The words now appear once, in a new sentence two paragraphs later.
    const changed = withoutIt.replace(ZH_PARAGRAPHS[5], ZH_PARAGRAPHS[5] + '有人說阿里云' + quote + '只是第一步。');
    expect(countOf(changed, quote)).toBe(1);
    expect(offsetOf(changed, quote) - target.position.start).toBeGreaterThan(quote.length * 4);
    expect(resolve(changed, target)).toEqual({ state: 'orphaned', method: 'none' });
  });

  it('orphans a short phrase of a deleted paragraph whose other copy now sits where it was', () => {
    // The same phrase in two neighbouring paragraphs, about different departments.
    const before = '在產研層面,阿里云同時成立了基礎設施事業部,負責數據中心與網絡。';
    const after = '政企市場并未被放棄,阿里云同時成立了混合云業務事業部,服務受政策限制的客戶。';
    const text = joinParagraphs([ZH_PARAGRAPHS[0], before, after, ZH_PARAGRAPHS[2]]);
    const target = targetOf(text, '阿里云同時成立了');
    const changed = joinParagraphs([ZH_PARAGRAPHS[0], after, ZH_PARAGRAPHS[2]]);
    expect(countOf(changed, '阿里云同時成立了')).toBe(1);
    expect(Math.abs(offsetOf(changed, '阿里云同時成立了') - target.position.start)).toBeLessThan(32);
    expect(resolve(changed, target)).toEqual({ state: 'orphaned', method: 'none' });
  });
});
