/** CRLF (Windows) and lone CR (classic Mac) both become LF; nothing else changes. */
export const normalizeLineEndings = (text: string): string => text.replace(/\r\n?/g, '\n');
