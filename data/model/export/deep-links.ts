import type { Annotation, Document } from '../schemas';
import { glossaOpenUrl } from '../deep-link';
import { textFragmentUrl } from './text-fragment';

/**
 * Links from an exported excerpt back to where it came from: `glossa://open?...` opens the
 * annotation in Glossa, and for an article imported from a web page a text-fragment link
 * opens the page at the quoted passage. Written as ordinary Markdown links, which Obsidian
 * and Logseq both hand to the operating system.
 */

/** A Markdown link destination: bare when safe, in `<...>` when it holds parentheses. */
const destination = (url: string): string => (/[()\s]/.test(url) ? `<${url}>` : url);

export const OPEN_IN_GLOSSA = 'Open in Glossa';
export const FIND_IN_SOURCE = 'Find in source';

/** The caption's links for one annotation (none when deep links are off). */
export const excerptLinks = (doc: Document, annotation: Annotation, deepLinks: boolean): string[] => {
  if (!deepLinks) return [];
  const links = [`[${OPEN_IN_GLOSSA}](${destination(glossaOpenUrl(doc.id, annotation.id))})`];
  const url = doc.source.kind === 'url' ? doc.source.url : undefined;
  const quote = annotation.target?.quote.exact;
  const fragment = url !== undefined && quote !== undefined ? textFragmentUrl(url, quote) : undefined;
  if (fragment !== undefined) links.push(`[${FIND_IN_SOURCE}](${destination(fragment)})`);
  return links;
};
