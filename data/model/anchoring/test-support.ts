import type { Annotation } from '../schemas';
import { describe } from './describe';

/**
 * Shared fixtures for the anchoring tests. 阿里云 occurs in every Chinese paragraph
 * (dozens of times in all), so a quote of it is only findable by its context.
 */
export const ZH_PARAGRAPHS: readonly string[] = [
  '阿里云正面向未來下注。十二月一日,阿里云舉行發布會,宣布開源一個七百二十億參數的模型,同時還開源了一個小模型和一個音頻模型。',
  '十一月中旬,集團在財報發布的同時宣布阿里云不再完全分拆。管理層表示,阿里云未來的戰略將圍繞兩個方向展開,阿里云要通過提高云業務的增長來實現它的價值。',
  '在收入和利潤的壓力下,阿里云積極開源的策略會不會受到影響?阿里云的技術負責人在採訪中表示,阿里云的大模型策略從年初至今沒有變化,仍然先注重生態,再注重商業化。',
  '與此同時,一場改革正發生在云服務業務。阿里云進行了一系列組織調整,阿里云首次成立了專門的公共云事業部。減少項目制訂單成為阿里云調整的方向,阿里云也因此放慢了政企業務。',
  '一邊押注生態建設,要做最開放的云,一邊回到公共云的主戰場,阿里云已經擺好了棋局。業內人士認為,阿里云的生機與危機都暗伏其中,阿里云需要時間證明自己。',
  '政企市場并未被阿里云放棄。阿里云的客戶名單裡仍有大量地方政府,阿里云在這些項目上的投入也沒有明顯減少,只是阿里云不再為了規模接下每一個訂單。',
  '從開源的目的來看,阿里云希望更多開發者使用它的模型。換句話說,阿里云在大模型領域的目標是賣出更多算力,而不是模型本身,阿里云的收入仍然主要來自云資源。',
  '一個多月前,阿里云的創始人在一次演講中提到,云計算和人工智能是一體的。這也意味著,阿里云如何做大生態,將決定阿里云能否在下一個十年保持領先。',
];

export const EN_PARAGRAPHS: readonly string[] = [
  'Reading is slow work. A careful reader marks the passages that matter, writes a few words beside them, and comes back weeks later to find the thread again.',
  'Notes drift when the text changes. A new edition adds a preface, fixes a typo, or moves a chapter, and every page number in the margin is suddenly wrong.',
  'Quotes survive better than numbers. If the note remembers the words it was attached to, and the words around them, it can usually find its place again.',
  'Sometimes it cannot. A deleted paragraph takes its notes with it, and the honest answer is to say so, not to attach them to the nearest similar sentence.',
];

export const joinParagraphs = (paragraphs: readonly string[]): string => paragraphs.join('\n\n');

/** Offset of the `nth` (0-based) occurrence of `needle`; throws so a typo fails loudly. */
export function offsetOf(text: string, needle: string, nth = 0): number {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`occurrence ${nth} of ${JSON.stringify(needle)} not found`);
  }
  return at;
}

export function countOf(text: string, needle: string): number {
  let n = 0;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) n++;
  return n;
}

/** Paragraph-relative address, so expected positions survive reordering paragraphs. */
export function paragraphStart(paragraphs: readonly string[], index: number): number {
  let at = 0;
  for (let i = 0; i < index; i++) at += paragraphs[i].length + 2;
  return at;
}

export function annotationAt(text: string, start: number, end: number, id: string): Annotation {
  return {
    id,
    documentId: 'doc-1',
    target: describe(text, start, end),
    color: 'yellow',
    tags: ['tag'],
    note: `note ${id}`,
    state: 'anchored',
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
  };
}

/** Deterministic PRNG (mulberry32): property tests must be reproducible from their seed. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const randomInt = (random: () => number, lo: number, hi: number): number =>
  lo + Math.floor(random() * (hi - lo + 1));

const WORDS = [
  '云', '模型', '生態', '開源', '算力', '客戶', '戰略', '業務', '市場', '規模', '調整', '發布',
  '政府', '訂單', '收入', '利潤', '創始人', '演講', '領先', '十年', '開發者', '資源', '項目',
  'cloud', 'model', 'open', 'market', 'growth', 'scale', 'price', 'team', 'plan', 'data',
  'reader', 'margin', 'edition', 'chapter', 'quote', 'thread', 'note', 'page', 'word', 'river',
];

/** A sentence of random words: a text with no long repeats, like real prose. */
export function randomSentence(random: () => number): string {
  const words: string[] = [];
  const n = randomInt(random, 4, 14);
  for (let i = 0; i < n; i++) words.push(WORDS[randomInt(random, 0, WORDS.length - 1)]);
  return words.join(random() < 0.5 ? ' ' : '') + (random() < 0.5 ? '。' : '. ');
}

export function randomText(random: () => number, paragraphs: number): string {
  const out: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const sentences: string[] = [];
    const n = randomInt(random, 2, 6);
    for (let s = 0; s < n; s++) sentences.push(randomSentence(random));
    out.push(sentences.join(''));
  }
  return joinParagraphs(out);
}
