const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The href to render for a link run, or undefined to render its text without a link.
 * Import already drops unsafe links, but a document file is user-editable JSON, so the
 * reader checks again: only absolute web and mail links become <a>; javascript:, data:,
 * file: and relative links (which would resolve against the app itself) stay plain text.
 */
export const linkHref = (href: string | undefined): string | undefined => {
  if (href === undefined || href.trim() === '') return undefined;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  return LINK_PROTOCOLS.has(url.protocol) ? url.href : undefined;
};
