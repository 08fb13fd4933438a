export { MAX_IMPORT_BYTES } from './limits';
export { decodeBytes, type DecodedText, type DecodeOptions } from './decode-bytes';
export { detectFormat } from './detect-format';
export { parseText } from './parse-text';
export type { ParsedDocument } from './parsed-document';
export { parseMarkdown } from './parse-markdown';
export { parseHtml } from './parse-html';
export { importBytes, type ImportInput, type ImportedDocument } from './import-bytes';
export { readAndImportFile } from './read-and-import-file';
