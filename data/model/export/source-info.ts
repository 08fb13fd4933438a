import type { Source } from '../schemas';

/**
 * What to call the document's origin. Only a URL or a bare file name is exported: the
 * stored path is a detail of one machine (and may name the user), so it never leaves.
 */

const baseName = (path: string): string => path.split(/[\\/]/).filter((part) => part !== '').pop() ?? '';

/** The URL or original file name, or undefined for text with no name (pasted). */
export const sourceLabel = (source: Source): string | undefined => {
  const url = source.url?.trim();
  if (source.kind === 'url' && url) return url;
  const fileName = source.fileName?.trim() || baseName(source.path?.trim() ?? '');
  if (fileName !== '') return fileName;
  return url || undefined;
};

/** An http(s) URL that can be written as a Markdown autolink `<...>` unchanged. */
export const isAutolinkUrl = (text: string): boolean => /^https?:\/\/[^\s<>]+$/i.test(text);

/** `YYYY-MM-DD` from an ISO timestamp, read as text so no time zone can shift the day. */
export const isoDay = (iso: string): string | undefined => /^(\d{4}-\d{2}-\d{2})/.exec(iso.trim())?.[1];
