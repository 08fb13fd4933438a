/**
 * YAML scalars for the front matter. Obsidian uses a full YAML parser, Logseq and other
 * tools use looser ones, so we write a plain scalar only when it is unambiguous to every
 * reader and fall back to a double-quoted string otherwise (the one YAML style that can
 * represent any text, via escapes).
 */

/** Characters that mean something somewhere in YAML or in a loose front-matter parser. */
const SPECIAL = /[:#,[\]{}&*!|>'"%@`\\]/;
/** Leading characters that start another YAML construct. */
const SPECIAL_START = /^[-?~=<.+]/;
/** What a plain scalar cannot carry: controls, line separators, BOM, lone surrogates. */
const NEEDS_ESCAPE =
  /[\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
/**
 * Plain scalars a YAML 1.1 or 1.2 parser could read as a bool, null, number or date
 * (signs, `.inf` and `~` are already caught by SPECIAL_START).
 */
const TYPED = /^(?:y|n|yes|no|true|false|on|off|null|[0-9].*)$/i;

const isPlainSafe = (value: string): boolean =>
  value !== '' &&
  value.trim() === value &&
  !SPECIAL.test(value) &&
  !SPECIAL_START.test(value) &&
  !NEEDS_ESCAPE.test(value) &&
  !TYPED.test(value);

const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\t': '\\t',
  '\r': '\\r',
  '\0': '\\0',
  '\u0085': '\\N',
  '\u2028': '\\L',
  '\u2029': '\\P',
};

const hex = (code: number, width: number): string => code.toString(16).toUpperCase().padStart(width, '0');

export const yamlDoubleQuoted = (value: string): string => {
  let out = '"';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ESCAPES[ch] !== undefined) out += ESCAPES[ch];
    else if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) out += `\\x${hex(code, 2)}`;
    else if (code === 0xfeff) out += '\\uFEFF';
    // A lone surrogate has no YAML (or UTF-8) form; say so visibly.
    else if (code >= 0xd800 && code <= 0xdfff) out += '\\uFFFD';
    else out += ch;
  }
  return `${out}"`;
};

/** A string value, plain when that is safe and double-quoted otherwise. */
export const yamlString = (value: string): string => (isPlainSafe(value) ? value : yamlDoubleQuoted(value));
