import type { Annotation, Document } from '../schemas';
import type { ColorNames } from '../tags/color-names';
import { sectionAnnotations } from './annotation-order';
import { uniqueBlockIds } from './block-id';
import { renderDocumentNote, renderExcerpt } from './excerpt-markdown';
import { renderFrontMatter } from './front-matter';
import { tagName } from './hashtag';
import { escapeHeadingText } from './block-escape';
import { escapeInline } from './inline-escape';
import { normaliseNote } from './note-markdown';
import { excerptLinks } from './deep-links';
import { compareCodeUnits, singleLine, toWellFormed } from './plain-text';
import { isAutolinkUrl, sourceLabel } from './source-info';

export interface ExportOptions {
  /** Written to the front matter as `glossa-version` when given. */
  glossaVersion?: string;
  /**
   * Each excerpt's caption links back to Glossa (`glossa://open?...`) and, for a web
   * source, to the passage on the page (a text fragment). Default true; the legacy
   * `exportDocumentMarkdown` operation passes false so its bytes stay as they were.
   */
  deepLinks?: boolean;
  /** The person's names for highlight colours (settings): written instead of "Yellow". */
  colorNames?: ColorNames;
}

export const UNTITLED = 'Untitled';
export const ORPHAN_EXPLANATION = '*Not found in the current text of this document; quoted as saved.*';

export const sourceLine = (doc: Document): string | undefined => {
  const label = sourceLabel(doc.source);
  if (label === undefined) return undefined;
  const text = singleLine(label);
  return `Source: ${isAutolinkUrl(text) ? `<${text}>` : escapeInline(text)}`;
};

export const section = (heading: string, blocks: readonly (string | undefined)[]): string[] => {
  const present = blocks.filter((b): b is string => b !== undefined && b !== '');
  return present.length === 0 ? [] : [`## ${heading}`, ...present];
};

/**
 * One document and its annotations as a Markdown file for Obsidian or Logseq.
 * Pure and deterministic: the same document and the same set of annotations (in any
 * order) give the same bytes, LF line endings and exactly one final newline.
 * Annotations that belong to another document are ignored.
 */
export const exportDocumentMarkdown = (
  doc: Document,
  annotations: readonly Annotation[],
  options: ExportOptions = {},
): string => {
  const own = annotations.filter((a) => a.documentId === doc.id);
  const { excerpts, orphans, documentNotes } = sectionAnnotations(own);
  const title = singleLine(doc.title) || UNTITLED;
  const tags = Array.from(new Set(own.flatMap((a) => a.tags.map(tagName)))).sort(compareCodeUnits);
  const quoted = [...excerpts, ...orphans];
  const ids = uniqueBlockIds(quoted.map((a) => a.id));
  const deepLinks = options.deepLinks ?? true;
  const excerptBlock = (a: Annotation, i: number): string =>
    renderExcerpt(a, a.target?.quote.exact ?? '', ids[i], excerptLinks(doc, a, deepLinks), options.colorNames);

  const blocks: (string | undefined)[] = [
    renderFrontMatter(doc, {
      title,
      tags,
      excerptCount: quoted.length,
      glossaVersion: options.glossaVersion,
    }),
    `# ${escapeHeadingText(title)}`,
    sourceLine(doc),
    ...section('Notes', [normaliseNote(doc.note), ...documentNotes.map((a) => renderDocumentNote(a, undefined, options.colorNames))]),
    ...section('Excerpts', excerpts.map(excerptBlock)),
    ...section(
      'Orphaned excerpts',
      orphans.length === 0 ? [] : [ORPHAN_EXPLANATION, ...orphans.map((a, i) => excerptBlock(a, excerpts.length + i))],
    ),
  ];
  const body = blocks.filter((b): b is string => b !== undefined).join('\n\n');
  return `${toWellFormed(body)}\n`;
};
