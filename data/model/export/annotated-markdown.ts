import type { Annotation, Document } from '../schemas';
import { blockStarts, blockText, canonicalText } from '../text';
import { renderInlineLines, type StyledChar } from './annotated-inline';
import { layout, styledChars, type Layout } from './annotated-layout';
import { sectionAnnotations } from './annotation-order';
import { escapeHeadingText, escapeLineStart } from './block-escape';
import { uniqueBlockIds } from './block-id';
import { excerptLinks } from './deep-links';
import { ORPHAN_EXPLANATION, UNTITLED, section, sourceLine, type ExportOptions } from './document-markdown';
import { renderCaption, renderDocumentNote, renderExcerpt } from './excerpt-markdown';
import { renderFrontMatter } from './front-matter';
import { tagName } from './hashtag';
import { isPlaceable, type HighlightRange } from './highlight-ranges';
import { normaliseNote } from './note-markdown';
import { compareCodeUnits, normaliseNewlines, singleLine, toWellFormed } from './plain-text';

/**
 * The annotated article: the whole text as Markdown blocks, every highlight marked
 * `==…==` with a footnote `[^n]` that carries its colour, tags, links and note. Article
 * headings move one level down so the note's `# title` stays the only top heading. A block
 * where a highlight starts gets a block id (`^gl-…`, from its first annotation), so tag
 * notes can link into it as they link into the digest. Highlights cannot be shown inside a
 * code block; its footnote references follow the block.
 */

export interface AnnotatedResult {
  markdown: string;
  /** Annotation id → the block id its passage starts in (absent: no id, e.g. a heading). */
  blockIds: Map<string, string>;
}

/**
 * A block's lines, escaped where a line would start a block of its own. Lines left empty
 * by trimming are dropped: inside a paragraph a blank line would split it in two.
 */
const textLines = (chars: StyledChar[]): string[] =>
  renderInlineLines(chars)
    .filter((line) => line !== '')
    .map(escapeLineStart);

const listMarker = (ordered: boolean, n: number): string => (ordered ? `${n}. ` : '- ');

const fence = (text: string): string => {
  const longest = Math.max(2, ...Array.from(text.matchAll(/`{3,}/g), (m) => m[0].length));
  return '`'.repeat(longest + 1);
};

const indent = (text: string, by: string): string =>
  text
    .split('\n')
    .map((line) => (line === '' ? '' : by + line))
    .join('\n');

/** Renders the article body; returns Markdown blocks (list items already joined). */
const renderBody = (doc: Document, lay: Layout, ids: Map<string, string>): string[] => {
  const starts = blockStarts(doc.blocks);
  const refs = (r: HighlightRange): string => r.members.map((a) => `[^${lay.footnote.get(a.id)}]`).join('');
  const out: string[] = [];
  // Open lists: content column of each level, and the next number of each ordered level.
  let listColumns: number[] = [];
  let listNumbers: number[] = [];
  let listBuffer: string[] = [];
  const flushList = () => {
    if (listBuffer.length > 0) out.push(listBuffer.join('\n'));
    listBuffer = [];
    listColumns = [];
    listNumbers = [];
  };
  doc.blocks.forEach((block, i) => {
    const first = lay.startsIn[i][0];
    const id = first === undefined ? undefined : ids.get(first.id);
    const chars = styledChars(block, starts[i], lay.ranges, refs);
    if (block.kind !== 'listItem') flushList();
    switch (block.kind) {
      case 'heading': {
        const level = Math.min(6, (block.level ?? 1) + 1);
        const line = renderInlineLines(chars.map((c) => (c.ch === '\n' ? { ...c, ch: ' ' } : c))).join(' ');
        const text = line.replace(/(^|[ \t])(#+)$/, (_m, lead: string, hashes: string) => lead + hashes.replace(/#/g, '\\#'));
        out.push(`${'#'.repeat(level)} ${text}`.trimEnd());
        return;
      }
      case 'code': {
        const code = normaliseNewlines(blockText(block));
        const marker = fence(code);
        const lang = block.lang !== undefined && /^[\w+#.-]+$/.test(block.lang) ? block.lang : '';
        out.push(`${marker}${lang}\n${code}\n${marker}`);
        if (id !== undefined) out.push(`^${id}`);
        const after = chars.map((c) => c.after).join('');
        if (after !== '') out.push(after);
        return;
      }
      case 'rule':
        out.push('---');
        return;
      case 'listItem': {
        const depth = Math.min(block.level ?? 1, listColumns.length + 1);
        listColumns = listColumns.slice(0, depth - 1);
        listNumbers = listNumbers.slice(0, depth);
        const number = (listNumbers[depth - 1] ?? 0) + 1;
        listNumbers[depth - 1] = number;
        const marker = listMarker(Boolean(block.ordered), number);
        const column = (listColumns[depth - 2] ?? 0);
        listColumns[depth - 1] = column + marker.length;
        const lines = textLines(chars);
        if (lines.length === 0) lines.push('');
        if (id !== undefined) lines[lines.length - 1] += ` ^${id}`;
        const pad = ' '.repeat(column);
        const contentPad = ' '.repeat(column + marker.length);
        listBuffer.push(lines.map((line, n) => (n === 0 ? `${pad}${marker}${line}` : `${contentPad}${line}`)).join('\n'));
        return;
      }
      case 'quote': {
        const lines = textLines(chars);
        if (lines.length === 0) return;
        out.push(lines.map((line) => `> ${line}`).join('\n'));
        if (id !== undefined) out.push(`^${id}`);
        return;
      }
      default: {
        const lines = textLines(chars);
        if (lines.length === 0) return;
        if (id !== undefined) lines[lines.length - 1] += ` ^${id}`;
        out.push(lines.join('\n'));
      }
    }
  });
  flushList();
  return out;
};

const footnoteDefinition = (doc: Document, a: Annotation, n: number, options: ExportOptions): string => {
  const note = normaliseNote(a.note);
  const caption = renderCaption(a, excerptLinks(doc, a, options.deepLinks ?? true), options.colorNames);
  return note === '' ? `[^${n}]: ${caption}` : `[^${n}]: ${caption}\n\n${indent(note, '    ')}`;
};

export const exportAnnotatedMarkdown = (
  doc: Document,
  annotations: readonly Annotation[],
  options: ExportOptions = {},
): AnnotatedResult => {
  const deepLinks = options.deepLinks ?? true;
  const own = annotations.filter((a) => a.documentId === doc.id);
  const sections = sectionAnnotations(own);
  const textLength = canonicalText(doc.blocks).length;
  const placed = sections.excerpts.filter((a) => isPlaceable(a, textLength));
  const orphans = [...sections.excerpts.filter((a) => !isPlaceable(a, textLength)), ...sections.orphans];
  const lay = layout(doc, placed);
  const heads = lay.startsIn.map((list) => list[0]).filter((a): a is Annotation => a !== undefined);
  const idList = uniqueBlockIds([...heads, ...orphans].map((a) => a.id));
  const headIds = new Map(heads.map((a, i) => [a.id, idList[i]]));
  const blockIds = new Map<string, string>();
  lay.startsIn.forEach((list, i) => {
    const id = list[0] === undefined ? undefined : headIds.get(list[0].id);
    const kind = doc.blocks[i].kind;
    // Headings carry no block id: Obsidian links a heading by its text instead.
    if (id !== undefined && kind !== 'heading') for (const a of list) blockIds.set(a.id, id);
  });
  orphans.forEach((a, i) => blockIds.set(a.id, idList[heads.length + i]));

  const title = singleLine(doc.title) || UNTITLED;
  const tags = Array.from(new Set(own.flatMap((a) => a.tags.map(tagName)))).sort(compareCodeUnits);
  const frontMatter = renderFrontMatter(doc, {
    title,
    tags,
    excerptCount: placed.length + orphans.length,
    glossaVersion: options.glossaVersion,
  }).replace(/\n---$/, '\nglossa-format: annotated\n---');
  const footnotes = lay.ranges
    .flatMap((r) => r.members)
    .map((a) => footnoteDefinition(doc, a, lay.footnote.get(a.id)!, options));
  const blocks: (string | undefined)[] = [
    frontMatter,
    `# ${escapeHeadingText(title)}`,
    sourceLine(doc),
    ...renderBody(doc, lay, headIds),
    ...section('Notes', [normaliseNote(doc.note), ...sections.documentNotes.map((a) => renderDocumentNote(a, undefined, options.colorNames))]),
    ...section(
      'Orphaned excerpts',
      orphans.length === 0
        ? []
        : [
            ORPHAN_EXPLANATION,
            ...orphans.map((a) => renderExcerpt(
                a,
                a.target?.quote.exact ?? '',
                blockIds.get(a.id)!,
                excerptLinks(doc, a, deepLinks),
                options.colorNames,
              )),
          ],
    ),
    ...footnotes,
  ];
  const body = blocks.filter((b): b is string => b !== undefined && b !== '').join('\n\n');
  return { markdown: `${toWellFormed(body)}\n`, blockIds };
};
