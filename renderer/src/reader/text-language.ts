import type { Block } from '../../../data/model/schemas';
import { blockText } from '../../../data/model/text';

// Frequent characters that exist in only one script. Enough to tell the two apart in a
// few thousand characters of news or essays; mixed texts go to whichever has more.
const HANT = new Set('這個們來說為國會時對發經業與還個體關點過還當開長門問見從對實現產電軍東車書將應條無樣機單動區學員話認');
const HANS = new Set('这个们来说为国会时对发经业与还个体关点过还当开长门问见从对实现产电军东车书将应条无样机单动区学员话认');
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;

/** How much text to look at: the start of an article says what language it is in. */
const SAMPLE = 4000;

/**
 * A BCP 47 tag for the article, so the browser picks Traditional or Simplified glyph
 * forms (punctuation sits differently) and the CSS can put the matching CJK font first.
 * Undefined for text with little Chinese: the shell's language then applies.
 */
export const guessTextLanguage = (blocks: readonly Block[]): 'zh-Hant' | 'zh-Hans' | undefined => {
  let sample = '';
  for (const block of blocks) {
    if (sample.length >= SAMPLE) break;
    sample += blockText(block);
  }
  sample = sample.slice(0, SAMPLE);
  const cjk = sample.match(CJK)?.length ?? 0;
  if (cjk < 8 || cjk < sample.length * 0.2) return undefined;
  let hant = 0;
  let hans = 0;
  for (const ch of sample) {
    if (HANT.has(ch)) hant += 1;
    else if (HANS.has(ch)) hans += 1;
  }
  return hans > hant ? 'zh-Hans' : 'zh-Hant';
};
