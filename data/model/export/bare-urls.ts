/**
 * Where GFM readers will autolink a bare URL (`https://...`, `www....`) in plain text.
 * Mirrors marked's rules, which follow the GFM spec: the candidate runs to the next space
 * or `<`, then trailing punctuation and an unbalanced `)` are given back to the text.
 */

const CANDIDATE = /(?:https?|ftp):\/\/[a-zA-Z0-9-][^\s<]*|(?<![^\s*_~(])www\.[a-zA-Z0-9-][^\s<]*/gi;
const LINK_STARTS = /(?:https?|ftp):|(?<![^\s*_~(])www\./gi;
const BACKPEDAL = /(?:[^?!.,:;*_'"~()&]+|\([^)]*\)|&(?![a-zA-Z0-9]+;$)|[?!.,:;*_'"~)]+(?!$))+/;

/**
 * Characters of an e-mail address: marked links `a@b.comhttp` as an address before it ever
 * sees the URL, so a URL glued to such characters is not a link we can rely on.
 */
const EMAIL_CHAR = /[A-Za-z0-9._+@-]/;

export interface BareUrl {
  /** UTF-16 offsets of the candidate run. */
  start: number;
  end: number;
  /** End of the part that becomes the link; [linkEnd, end) is read as ordinary text. */
  linkEnd: number;
  /** False when the run may not become a link at all (glued to a word before it). */
  reliable: boolean;
  /**
   * Offsets of the `:` of every `://` (and the `.` of a `www.`) in the run: escaping them
   * prevents the link, including the links a reader would find further into the run.
   */
  breakAt: number[];
}

const linkLength = (run: string): number => {
  let current = run;
  let previous: string;
  do {
    previous = current;
    current = BACKPEDAL.exec(current)?.[0] ?? '';
  } while (current !== previous);
  return current.length;
};

export const findBareUrls = (text: string): BareUrl[] =>
  Array.from(text.matchAll(CANDIDATE), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
    linkEnd: match.index + linkLength(match[0]),
    reliable: !EMAIL_CHAR.test(text[match.index - 1] ?? ''),
    breakAt: Array.from(match[0].matchAll(LINK_STARTS), (start) => match.index + start.index + start[0].length - 1),
  }));
