import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chineseAnnotations, chineseDocument } from './fixtures/chinese-document';
import { englishAnnotations, englishDocument } from './fixtures/english-document';
import { webAnnotations, webDocument } from './fixtures/web-document';
import { buildNoteSet, exportAnnotatedMarkdown, exportDocumentMarkdown, parseTagQuery, type NoteFile } from './index';

/**
 * Golden files of the notebook formats (decision 0022): the annotated article, the digest
 * with deep links and text fragments, tag notes and the index note. Rewrite them with
 * `UPDATE_GOLDEN=1 npx vitest run data/model/export` after an intended change, and read them.
 */
const GOLDEN_DIR = join(__dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

const articles = [
  { document: chineseDocument, annotations: chineseAnnotations },
  { document: englishDocument, annotations: englishAnnotations },
  { document: webDocument, annotations: webAnnotations },
];

const noteSet = (format: 'digest' | 'annotated', queries: string[]): NoteFile[] =>
  buildNoteSet(
    articles,
    queries.map((q) => parseTagQuery(q)!),
    { format },
  );
const note = (notes: NoteFile[], kind: NoteFile['kind'], key: string): string =>
  notes.find((n) => n.kind === kind && n.key === key)!.markdown;

const cases = [
  { file: 'annotated-web-article.md', run: () => exportAnnotatedMarkdown(webDocument, webAnnotations).markdown },
  { file: 'annotated-chinese-article.md', run: () => exportAnnotatedMarkdown(chineseDocument, chineseAnnotations).markdown },
  { file: 'annotated-english-article.md', run: () => exportAnnotatedMarkdown(englishDocument, englishAnnotations).markdown },
  { file: 'digest-web-article.md', run: () => exportDocumentMarkdown(webDocument, webAnnotations) },
  { file: 'tag-cloud.md', run: () => note(noteSet('digest', ['雲端']), 'tag', '雲端') },
  { file: 'tag-cloud-annotated.md', run: () => note(noteSet('annotated', ['雲端']), 'tag', '雲端') },
  { file: 'tag-query.md', run: () => note(noteSet('digest', ['雲端 -私有云, logseq']), 'tag', '雲端 -私有云, logseq') },
  { file: 'index-note.md', run: () => note(noteSet('digest', ['雲端', 'logseq']), 'index', 'notebook') },
];

describe('golden notebook exports', () => {
  for (const { file, run } of cases) {
    it(file, () => {
      const path = join(GOLDEN_DIR, file);
      const actual = run();
      if (update) writeFileSync(path, actual, 'utf8');
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
});
