import type { Annotation } from '../schemas';
import type { ColorNames } from '../tags/color-names';
import { renderBlockquote } from './blockquote';
import { colorLabel } from './color-label';
import { escapeInline } from './inline-escape';
import { tagName } from './hashtag';
import { normaliseNote } from './note-markdown';

/**
 * One annotation as Markdown blocks, separated by blank lines:
 *
 *     > the quote
 *
 *     ^gl-id
 *
 *     **Yellow** · #tag #other-tag
 *
 *     The note, as written.
 *
 * The block id sits on its own line right after the quote, which is how Obsidian attaches
 * an id to a blockquote, so `![[Note#^gl-id]]` embeds exactly the quoted passage.
 * Colour and tags follow as a caption line; the note is last because it can be long.
 */

/** Hashtags in the user's order; two tags that sanitise to the same name are written once. */
const hashtags = (tags: readonly string[]): string[] => Array.from(new Set(tags.map(tagName)), (name) => `#${name}`);

/** `links` (deep links, block refs) follow the tags, each after its own ` · `. */
export const renderCaption = (annotation: Annotation, links: readonly string[] = [], colorNames?: ColorNames): string => {
  const tags = hashtags(annotation.tags);
  // A colour name is the person's text: escaped like any other, so `*` stays a star.
  const label = `**${escapeInline(colorLabel(annotation.color, colorNames))}**`;
  return [tags.length === 0 ? label : `${label} · ${tags.join(' ')}`, ...links].join(' · ');
};

const withNote = (blocks: string[], annotation: Annotation): string => {
  const note = normaliseNote(annotation.note);
  return (note === '' ? blocks : [...blocks, note]).join('\n\n');
};

/** An annotation with a target; `quote` is the stored exact text. */
export const renderExcerpt = (
  annotation: Annotation,
  quote: string,
  id: string,
  links: readonly string[] = [],
  colorNames?: ColorNames,
): string => withNote([renderBlockquote(quote), `^${id}`, renderCaption(annotation, links, colorNames)], annotation);

/** A note about the whole document, or undefined when it says nothing (no tags, no text). */
export const renderDocumentNote = (
  annotation: Annotation,
  links: readonly string[] = [],
  colorNames?: ColorNames,
): string | undefined => {
  if (annotation.tags.length === 0 && normaliseNote(annotation.note) === '') return undefined;
  return withNote([renderCaption(annotation, links, colorNames)], annotation);
};
