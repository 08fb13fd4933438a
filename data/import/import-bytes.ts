import { createHash } from 'node:crypto';
import type { Block, Format } from '../model/schemas';
import { looksBinaryText, stripControlChars } from './binary-content';
import { decodeBytes } from './decode-bytes';
import { detectFormat, formatFromExtension } from './detect-format';
import { finalizeBlocks } from './finalize-blocks';
import { sniffHtmlCharset } from './html-charset';
import { MAX_IMPORT_BYTES } from './limits';
import { parseHtml } from './parse-html';
import { parseMarkdown } from './parse-markdown';
import { parseText } from './parse-text';
import type { ParsedDocument } from './parsed-document';
import { refuse } from './refuse';

export interface ImportInput {
  bytes: Uint8Array;
  fileName: string;
  /** Where an HTML page came from, so its relative links resolve. */
  url?: string;
}

export interface ImportedDocument {
  title: string;
  format: Format;
  blocks: Block[];
  encoding: string;
  /** Hex SHA-256 of the bytes as given, before any decoding. */
  sha256: string;
}

// Titles show in lists and window bars; a runaway first line must not become one.
const MAX_TITLE_CHARS = 200;

const withoutExtension = (fileName: string): string => {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
};

const cleanTitle = (title: string): string => {
  const chars = Array.from(title.replace(/\s+/g, ' ').trim());
  return chars.length > MAX_TITLE_CHARS ? `${chars.slice(0, MAX_TITLE_CHARS - 1).join('')}…` : chars.join('');
};

const parse = (format: Format, text: string, url: string | undefined): ParsedDocument => {
  if (format === 'markdown') return parseMarkdown(text);
  if (format === 'html') return parseHtml(text, url);
  return parseText(text);
};

/**
 * A file's bytes to a titled list of blocks, or a GlossaError('import_refused') whose
 * message starts with the file name and says what is wrong in plain words (its reason and
 * parameters say the same for an interface in another language).
 */
export const importBytes = (input: ImportInput): ImportedDocument => {
  const { bytes, fileName } = input;
  if (bytes.length > MAX_IMPORT_BYTES) throw refuse(fileName, 'too_large', { size: bytes.length, limit: MAX_IMPORT_BYTES });
  if (bytes.length === 0) throw refuse(fileName, 'empty');

  const extension = formatFromExtension(fileName);
  const declaredEncoding = extension === 'html' || extension === undefined ? sniffHtmlCharset(bytes) : undefined;
  const decoded = decodeBytes(bytes, fileName, { declaredEncoding });
  if (looksBinaryText(decoded.text)) throw refuse(fileName, 'binary');
  const text = stripControlChars(decoded.text);
  if (text.trim() === '') throw refuse(fileName, 'only_whitespace');

  const format = detectFormat(fileName, text);
  const parsed = parse(format, text, input.url);
  const blocks = finalizeBlocks(parsed.blocks);
  if (!blocks.some((block) => block.kind !== 'rule')) throw refuse(fileName, 'no_text');

  return {
    title: cleanTitle(parsed.title) || withoutExtension(fileName),
    format,
    blocks,
    encoding: decoded.encoding,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
};
