import type { Format } from '../model/schemas';

// A Map, not an object literal: "file.constructor" must not find Object's constructor.
const BY_EXTENSION = new Map<string, Format>([
  ['txt', 'text'],
  ['text', 'text'],
  ['md', 'markdown'],
  ['markdown', 'markdown'],
  ['mdown', 'markdown'],
  ['html', 'html'],
  ['htm', 'html'],
  ['xhtml', 'html'],
]);

/** The format a file name's extension promises, if it is one we know. */
export const formatFromExtension = (fileName: string): Format | undefined => {
  const dot = fileName.lastIndexOf('.');
  if (dot <= 0 || dot === fileName.length - 1) return undefined;
  return BY_EXTENSION.get(fileName.slice(dot + 1).toLowerCase());
};

// Pages saved by browsers may open with comments ("saved from url") before the doctype.
const LEADING_COMMENTS = /^(\s*<!--[\s\S]*?-->)*\s*/;

/** True when text opens like an HTML document. */
export const looksLikeHtml = (text: string): boolean => {
  const head = text.slice(0, 4096).replace(LEADING_COMMENTS, '').slice(0, 64).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
};

/** Extension first; unknown extensions are sniffed (HTML document, else plain text). */
export const detectFormat = (fileName: string, text: string): Format =>
  formatFromExtension(fileName) ?? (looksLikeHtml(text) ? 'html' : 'text');
