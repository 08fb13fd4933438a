import { looksBinaryText } from './binary-content';
import { scoreText } from './encoding-score';
import { decodeUtf16Strict } from './unicode-decode';

// NUL bytes are counted in a prefix; a file's byte pattern is uniform enough for that.
const SAMPLE_BYTES = 64 * 1024;
const MIN_NULS = 2;
const MIN_PLAUSIBILITY = 0.6;
const MIN_MARGIN = 0.2;
/** With both readings equally plausible, NULs this lopsided still tell the byte order. */
const PARITY_RATIO = 4;

interface Reading {
  encoding: 'utf-16le' | 'utf-16be';
  text: string;
  plausibility: number;
}

const read = (bytes: Uint8Array, endian: 'le' | 'be'): Reading | undefined => {
  const text = decodeUtf16Strict(bytes, endian);
  if (text === undefined || looksBinaryText(text)) return undefined;
  return { encoding: `utf-16${endian}`, text, plausibility: scoreText(text).plausibility };
};

/**
 * UTF-16 without a byte order mark. ASCII characters (digits, Latin words, line breaks)
 * put NUL bytes in UTF-16 text, which no ASCII-compatible encoding does; but hanzi such
 * as 一 (U+4E00) or 最 (U+6700) put NULs on the other side, so in Chinese text the NUL
 * parity alone cannot give the byte order. Both readings are decoded and scored; the
 * wrong one is a jumble of unrelated code points.
 */
export const detectUtf16 = (bytes: Uint8Array): { text: string; encoding: string } | undefined => {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return undefined;
  const end = Math.min(bytes.length, SAMPLE_BYTES);
  let even = 0;
  let odd = 0;
  for (let i = 0; i + 1 < end; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  if (even + odd < MIN_NULS) return undefined;

  const readings = [read(bytes, 'le'), read(bytes, 'be')]
    .filter((r): r is Reading => r !== undefined && r.plausibility >= MIN_PLAUSIBILITY)
    .sort((a, b) => b.plausibility - a.plausibility);
  const [best, second] = readings;
  if (best === undefined) return undefined;
  if (second === undefined || best.plausibility - second.plausibility >= MIN_MARGIN) return best;
  if (odd >= PARITY_RATIO * even) return readings.find((r) => r.encoding === 'utf-16le');
  if (even >= PARITY_RATIO * odd) return readings.find((r) => r.encoding === 'utf-16be');
  return undefined;
};
