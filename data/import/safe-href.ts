const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The link target to keep, or undefined. Only web and mail links survive: javascript:,
 * data:, vbscript:, file: and the rest could run code or reach local files when clicked.
 * Relative links resolve against `base` when there is one; without a base they point
 * nowhere useful in the notebook and are dropped. The URL parser strips the tabs and
 * newlines of tricks like "java\nscript:".
 */
export const safeHref = (href: string | null | undefined, base?: string): string | undefined => {
  if (href === null || href === undefined || href.trim() === '') return undefined;
  let url: URL;
  try {
    url = base === undefined ? new URL(href) : new URL(href, base);
  } catch {
    return undefined;
  }
  return SAFE_PROTOCOLS.has(url.protocol) ? url.href : undefined;
};
