import iconv from 'iconv-lite';
import { loadDetector } from './lazy-modules';
import { isCleanText } from './clean-text';
import { legacyEncodingName } from './encoding-names';
import { scoreText } from './encoding-score';
import { refuse } from './refuse';

/** Always tried: the two legacy encodings Chinese files actually come in. */
const BASE_CANDIDATES = ['gb18030', 'big5'];

// Candidates are judged on a prefix; only the winner is decoded in full. Decoding a 20 MB
// file once per candidate (several single-byte guesses included) took seconds.
const JUDGE_SAMPLE_BYTES = 512 * 1024;

// jschardet is only a tie-breaker, and is slow on big inputs; its guess settles early.
const DETECTOR_SAMPLE_BYTES = 64 * 1024;
const DETECTOR_MIN_CONFIDENCE = 0.1;

/** Below this share of plausible characters a decoding is not text we would show. */
const MIN_PLAUSIBILITY = 0.6;
/** The winner must lead the runner-up by this share of plausible characters... */
const MIN_MARGIN = 0.2;
/** ...and by this many characters, so a few bytes valid in both never decide. */
const MIN_EVIDENCE_CHARS = 4;
/** How much the detector's confidence (0..1) can add to a score. */
const DETECTOR_WEIGHT = 0.05;

interface Candidate {
  encoding: string;
  text: string;
  judged: number;
  plausibility: number;
  score: number;
}

const detectorGuesses = (bytes: Uint8Array): Map<string, number> => {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, DETECTOR_SAMPLE_BYTES));
  const guesses = new Map<string, number>();
  for (const guess of loadDetector().detectAll(sample, { minimumThreshold: DETECTOR_MIN_CONFIDENCE })) {
    const name = legacyEncodingName(guess.encoding);
    if (name !== undefined && !guesses.has(name)) guesses.set(name, guess.confidence);
  }
  return guesses;
};

const decode = (bytes: Uint8Array, encoding: string): string =>
  iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), encoding, { stripBOM: false });

/** Decodes with `encoding` when the result is clean, else undefined. */
export const decodeClean = (bytes: Uint8Array, encoding: string): string | undefined => {
  const text = decode(bytes, encoding);
  return isCleanText(text) ? text : undefined;
};

/** A clean decoding of the prefix; a character cut in half at its end is forgiven. */
const decodeSample = (sample: Uint8Array, encoding: string, truncated: boolean): string | undefined => {
  const text = decode(sample, encoding);
  return isCleanText(truncated ? text.replace(/\uFFFD+$/, '') : text) ? text : undefined;
};

/**
 * Chooses among legacy decodings for bytes that are not UTF-8. Throws import_refused
 * when no candidate decodes cleanly or when two candidates are too close to call:
 * importing mojibake would be worse than asking for a UTF-8 copy.
 */
export const decodeLegacy = (bytes: Uint8Array, fileName: string): { text: string; encoding: string } => {
  const guesses = detectorGuesses(bytes);
  const names = [...new Set([...BASE_CANDIDATES, ...guesses.keys()])];
  const candidates: Candidate[] = [];
  const truncated = bytes.length > JUDGE_SAMPLE_BYTES;
  const sample = truncated ? bytes.subarray(0, JUDGE_SAMPLE_BYTES) : bytes;
  for (const encoding of names) {
    const text = decodeSample(sample, encoding, truncated);
    if (text === undefined) continue;
    const { judged, plausibility } = scoreText(text);
    const score = plausibility + DETECTOR_WEIGHT * (guesses.get(encoding) ?? 0);
    candidates.push({ encoding, text, judged, plausibility, score });
  }
  if (candidates.length === 0) throw refuse(fileName, 'encoding_undecodable', { candidates: names });
  candidates.sort((a, b) => b.score - a.score);
  const [best, second] = candidates;
  if (best.plausibility < MIN_PLAUSIBILITY) {
    throw refuse(fileName, 'encoding_garbled', { encoding: best.encoding });
  }
  if (second !== undefined) {
    if (best.score - second.score < MIN_MARGIN) {
      throw refuse(fileName, 'encoding_ambiguous', { encoding: best.encoding, other: second.encoding });
    }
    if ((best.plausibility - second.plausibility) * best.judged < MIN_EVIDENCE_CHARS) {
      throw refuse(fileName, 'encoding_unclear', { encoding: best.encoding, other: second.encoding });
    }
  }
  if (!truncated) return { text: best.text, encoding: best.encoding };
  const text = decodeClean(bytes, best.encoding);
  if (text === undefined) throw refuse(fileName, 'encoding_truncated', { encoding: best.encoding });
  return { text, encoding: best.encoding };
};
