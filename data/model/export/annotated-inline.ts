import { codeSpan, hasEmphasis, isSpace, linkDestination, styleKey, wrapEmphasis, type Style } from './inline-markup';
import { inlineEscapeFlags } from './inline-escape';

export type { Style } from './inline-markup';

/**
 * The annotated article's inline text: the article's runs (bold, italic, code, links) with
 * highlights marked `==…==` and footnote references `[^n]` after them, escaped so the text
 * reads exactly as in Glossa.
 *
 * The text is cut into segments of one style and one highlight state. A highlight wraps
 * whole segments (`==**bold** text==`), so markup never interleaves; where a highlight
 * starts inside a styled run, the run is closed and reopened around the `==`. Obsidian
 * ignores `==` next to a space, so spaces at a highlight's edges are left outside it.
 * Emphasis falls back to `<b>`/`<i>` where CommonMark's flanking rules would not read
 * `*` as emphasis (common beside CJK punctuation: `文**「重點」**文`).
 */

export interface StyledChar {
  /** One code point; `\n` separates lines. */
  ch: string;
  style: Style;
  marked: boolean;
  /** Markup to write right after this character (footnote references). */
  after: string;
}

interface Segment {
  chars: StyledChar[];
  /** Escape flags, one per char. */
  escape: boolean[];
  style: Style;
  marked: boolean;
  after: string;
}

/**
 * Characters that could join markup we put beside them get a backslash there (harmless:
 * any ASCII punctuation may be escaped). Before markup: `=` would lengthen `==`, `!` `^`
 * `[` before `[` make an image, an inline footnote or a wikilink, a backslash would escape
 * the markup. After markup: `=` again, `(` `[` `:` after `]` make a link, a reference or a
 * footnote definition. Emphasis characters are escaped on both sides.
 */
const BEFORE_MARKUP = /^[=\\!^[*_~`$<]$/;
const AFTER_MARKUP = /^[=([\]:*_~`$]$/;
/** The segment's text, escaped (code is written raw: nothing is markup inside it). */
const segmentText = (seg: Segment): string => {
  const text = seg.chars.map((c) => c.ch).join('');
  if (seg.style.code) return codeSpan(text);
  const inLink = linkDestination(seg.style.href) !== undefined;
  return seg.chars
    .map(({ ch }, i) => (seg.escape[i] || (inLink && (ch === '[' || ch === ']')) ? `\\${ch}` : ch))
    .join('');
};

/** The first character the segment will write, for its neighbour's flanking check. */
const openingChar = (seg: Segment | undefined): string => {
  if (seg === undefined) return '';
  if (linkDestination(seg.style.href) !== undefined) return '[';
  if (hasEmphasis(seg.style)) return '*';
  return Array.from(segmentText(seg))[0] ?? '';
};

/** Writes one line's segments; `before` is the last character already written. */
const renderLine = (segments: readonly Segment[]): string => {
  let out = '';
  const last = (): string => Array.from(out).pop() ?? '';
  segments.forEach((seg, i) => {
    const previous = segments[i - 1];
    const next = segments[i + 1];
    if (seg.marked && !previous?.marked) out += '==';
    const closes = seg.marked && !next?.marked;
    const after = closes ? '=' : seg.after !== '' ? '[' : openingChar(next);
    const destination = linkDestination(seg.style.href);
    const text = segmentText(seg);
    // Two emphasis segments side by side would merge their `*` runs: the first uses tags.
    const forceHtml = hasEmphasis(seg.style) && next !== undefined && next.marked === seg.marked && seg.after === '' &&
      hasEmphasis(next.style) && linkDestination(next.style.href) === undefined;
    if (destination !== undefined) {
      out += `[${wrapEmphasis(text, seg.style, '[', ']', false)}](${destination})`;
    } else {
      out += wrapEmphasis(text, seg.style, last(), after, forceHtml);
    }
    if (closes) out += '==';
    out += seg.after;
  });
  return out;
};

/** Drops spaces and tabs at line edges (four would start code); their references move. */
const trimLines = (chars: readonly StyledChar[]): StyledChar[][] => {
  const lines: StyledChar[][] = [[]];
  for (const c of chars) {
    if (c.ch === '\n') lines.push([]);
    else lines[lines.length - 1].push({ ...c });
  }
  let pending = '';
  let lastKept: StyledChar | undefined;
  const out = lines.map((line) => {
    let from = 0;
    let to = line.length;
    while (from < to && /[ \t]/.test(line[from].ch)) from++;
    while (to > from && /[ \t]/.test(line[to - 1].ch)) to--;
    const kept: StyledChar[] = [];
    line.forEach((c, i) => {
      if (i >= from && i < to) {
        if (pending !== '') {
          // References from dropped characters before this one: put them on the last kept one.
          if (lastKept !== undefined) lastKept.after += pending;
          else c.after = pending + c.after;
          pending = '';
        }
        kept.push(c);
        lastKept = c;
      } else {
        pending += c.after;
      }
    });
    return kept;
  });
  if (pending !== '' && lastKept !== undefined) lastKept.after += pending;
  return out;
};

/** Spaces at the edges of a marked run are not marked (Obsidian would not highlight). */
const unmarkEdgeSpaces = (line: StyledChar[]): void => {
  let i = 0;
  while (i < line.length) {
    if (!line[i].marked) {
      i++;
      continue;
    }
    let j = i;
    while (j < line.length && line[j].marked) j++;
    let a = i;
    let b = j - 1;
    while (a <= b && isSpace(line[a].ch)) line[a++].marked = false;
    while (b >= a && isSpace(line[b].ch)) line[b--].marked = false;
    i = j;
  }
};

const segmentsOf = (line: readonly StyledChar[], escape: readonly boolean[]): Segment[] => {
  const segments: Segment[] = [];
  line.forEach((c, i) => {
    const current = segments[segments.length - 1];
    if (current !== undefined && current.after === '' && current.marked === c.marked && styleKey(current.style) === styleKey(c.style)) {
      current.chars.push(c);
      current.escape.push(escape[i]);
    } else {
      segments.push({ chars: [c], escape: [escape[i]], style: c.style, marked: c.marked, after: '' });
    }
    segments[segments.length - 1].after = c.after;
  });
  return segments;
};

/**
 * The lines of one block's inline text. Escapes are decided on the whole block (a link or
 * emphasis may span lines); characters beside inserted markup
 * and could join that markup are escaped too (see TOUCHY).
 */
export const renderInlineLines = (chars: readonly StyledChar[]): string[] => {
  const lines = trimLines(chars);
  lines.forEach(unmarkEdgeSpaces);
  const flat = lines.flatMap((line, i) => (i === 0 ? line : [{ ch: '\n', style: {}, marked: false, after: '' }, ...line]));
  const text = flat.map((c) => c.ch).join('');
  // Offsets (UTF-16) where markup goes between two characters.
  const boundaries: number[] = [];
  let offset = 0;
  flat.forEach((c, i) => {
    const next = flat[i + 1];
    offset += c.ch.length;
    if (next !== undefined && c.ch !== '\n' && next.ch !== '\n') {
      if (c.after !== '' || c.marked !== next.marked || styleKey(c.style) !== styleKey(next.style)) boundaries.push(offset);
    } else if (next === undefined || next.ch === '\n') {
      if (c.after !== '' || c.marked || styleKey(c.style) !== '|') boundaries.push(offset);
    }
  });
  // A bare URL becomes plain text when markup would land inside it, or when it sits inside
  // emphasis or a link, whose delimiters a parser may look for inside the URL.
  const wrapped: boolean[] = [];
  for (const c of flat) for (let k = 0; k < c.ch.length; k++) wrapped.push(Boolean(c.style.bold || c.style.italic || c.style.href));
  const mustBreak = (start: number, end: number): boolean =>
    boundaries.some((b) => b > start && b <= end) || wrapped.slice(start, end).some(Boolean);
  const boundarySet = new Set(boundaries);
  // Punctuation touching our markup is escaped so it cannot join it (BEFORE/AFTER_MARKUP).
  const touchy: boolean[] = [];
  let at = 0;
  flat.forEach((c, i) => {
    const start = at;
    at += c.ch.length;
    const lineStart = i === 0 || flat[i - 1].ch === '\n';
    const markupBefore = boundarySet.has(start) || (lineStart && (c.marked || styleKey(c.style) !== '|'));
    const markupAfter = boundarySet.has(at);
    touchy.push((markupBefore && AFTER_MARKUP.test(c.ch)) || (markupAfter && BEFORE_MARKUP.test(c.ch)));
  });
  const escape = inlineEscapeFlags(text, mustBreak, touchy);
  const rendered: string[] = [];
  let index = 0;
  for (const line of lines) {
    rendered.push(renderLine(segmentsOf(line, escape.slice(index, index + line.length))));
    index += line.length + 1;
  }
  return rendered;
};
