import iconv from 'iconv-lite';
import { isHan, isKana } from './cjk';

/**
 * How plausible a decoding is as human text. GB18030 and Big5 share their byte ranges,
 * so Big5 bytes decode "cleanly" as GB18030 into rare characters, kana, Greek and box
 * drawing (and the reverse). Real text is dominated by common characters: the 3,755
 * level-1 hanzi of GB2312 (simplified) and the 5,401 frequent hanzi of Big5
 * (traditional). Both sets are read out of iconv-lite's own tables, so no list is kept
 * here, and either script counts as common, so traditional text stored as GB18030 is not
 * penalised.
 */

interface CommonSets {
  simplified: Set<string>;
  traditional: Set<string>;
}

let commonSets: CommonSets | undefined;

const collect = (encoding: string, leads: [number, number], trails: [number, number][], last?: number) => {
  const set = new Set<string>();
  for (let lead = leads[0]; lead <= leads[1]; lead++) {
    for (const [from, to] of trails) {
      for (let trail = from; trail <= to; trail++) {
        if (lead === leads[1] && last !== undefined && trail > last) continue;
        const ch = iconv.decode(Buffer.from([lead, trail]), encoding);
        if (ch.length === 1 && isHan(ch.codePointAt(0) ?? 0)) set.add(ch);
      }
    }
  }
  return set;
};

const getCommonSets = (): CommonSets => {
  commonSets ??= {
    simplified: collect('gbk', [0xb0, 0xd7], [[0xa1, 0xfe]]),
    traditional: collect('big5', [0xa4, 0xc6], [[0x40, 0x7e], [0xa1, 0xfe]], 0x7e),
  };
  return commonSets;
};

const COMMON_PUNCT = new Set(Array.from('、。〈〉《》「」『』【】〔〕！，．：；？“”‘’…—～·　（）％＋－＝'));

// Statistics settle long before this; scoring a 20 MB file in full would only cost time.
const SAMPLE_CHARS = 200_000;

export interface TextScore {
  /** Characters outside ASCII that were judged (ASCII reads the same in every candidate). */
  judged: number;
  /** Share of judged characters that look like real text, 0..1, script consistency applied. */
  plausibility: number;
}

const isLetterOfScript = (ch: string | undefined, script: RegExp): boolean =>
  ch !== undefined && script.test(ch);

const ASCII_LETTER = /^[A-Za-z]$/;
const LATIN = /^[\u00c0-\u024f]$/u;
const GREEK_OR_CYRILLIC = /^[\u0370-\u03ff\u0400-\u04ff]$/u;

export const scoreText = (text: string): TextScore => {
  const { simplified, traditional } = getCommonSets();
  const chars = Array.from(text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text);
  let judged = 0;
  let plausible = 0;
  let onlySimplified = 0;
  let onlyTraditional = 0;
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i];
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    judged++;
    const inSimplified = simplified.has(ch);
    const inTraditional = traditional.has(ch);
    if (inSimplified || inTraditional) {
      plausible += 1;
      if (inSimplified && !inTraditional) onlySimplified++;
      if (inTraditional && !inSimplified) onlyTraditional++;
    } else if (COMMON_PUNCT.has(ch) || (cp >= 0xff01 && cp <= 0xff5e)) {
      plausible += 1;
    } else if (cp >= 0xac00 && cp <= 0xd7a3) {
      plausible += 1; // Hangul syllables: only Korean encodings produce them
    } else if (isKana(cp)) {
      plausible += 0.5; // real in Japanese, but also what Big5 looks like read as GBK
    } else if (isHan(cp)) {
      plausible += 0.25; // a rare hanzi: possible, but typical of mojibake
    } else if (LATIN.test(ch)) {
      // é in "café" sits next to ASCII letters; mojibake comes in runs of symbols
      const near = isLetterOfScript(chars[i - 1], ASCII_LETTER) || isLetterOfScript(chars[i + 1], ASCII_LETTER);
      if (near) plausible += 1;
    } else if (GREEK_OR_CYRILLIC.test(ch)) {
      const near =
        isLetterOfScript(chars[i - 1], GREEK_OR_CYRILLIC) || isLetterOfScript(chars[i + 1], GREEK_OR_CYRILLIC);
      if (near) plausible += 0.5;
    }
  }
  if (judged === 0) return { judged: 0, plausibility: 1 };
  // Real text keeps to one script; mojibake mixes simplified-only and traditional-only forms.
  const scripted = onlySimplified + onlyTraditional;
  const consistency = scripted === 0 ? 1 : Math.max(onlySimplified, onlyTraditional) / scripted;
  return { judged, plausibility: (plausible / judged) * (0.8 + 0.2 * consistency) };
};
