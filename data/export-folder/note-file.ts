import { mergeFrontMatter, renderFrontMatterLines, splitFrontMatter } from './front-matter-merge';
import { findRegion, renderRegion, type NoteKey } from './marked-region';

/**
 * A note's file text: fresh, or merged into what is on disk. `markdown` is an exporter's
 * output (front matter, then the note); the front matter goes first in the file, the note
 * inside Glossa's region.
 */

const parts = (markdown: string): { frontMatter: string[]; body: string } => {
  const split = splitFrontMatter(markdown);
  return split === undefined ? { frontMatter: [], body: markdown } : { frontMatter: split.lines, body: split.rest.replace(/^\n+/, '') };
};

export const freshNoteFile = (key: NoteKey, markdown: string): string => {
  const { frontMatter, body } = parts(markdown);
  return `${renderFrontMatterLines(frontMatter)}\n\n${renderRegion(key, body)}\n`;
};

export type MergeResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * The file with Glossa's region and Glossa's front-matter keys replaced and everything
 * else kept byte for byte. A file whose markers were damaged is not touched.
 */
export const mergeNoteFile = (existing: string, key: NoteKey, markdown: string): MergeResult => {
  const scan = findRegion(existing);
  if (scan.state === 'none') return { ok: false, reason: 'it has no Glossa markers' };
  if (scan.state === 'damaged') return { ok: false, reason: scan.reason };
  const { frontMatter, body } = parts(markdown);
  const { start, end } = scan.region;
  const text = existing.slice(0, start) + renderRegion(key, body) + existing.slice(end);
  const split = splitFrontMatter(text);
  if (split === undefined) {
    // The person removed the front matter: it comes back, as Obsidian reads it only at the top.
    return { ok: true, text: `${renderFrontMatterLines(frontMatter)}\n\n${text}` };
  }
  return { ok: true, text: `${renderFrontMatterLines(mergeFrontMatter(split.lines, frontMatter))}\n${split.rest}` };
};
