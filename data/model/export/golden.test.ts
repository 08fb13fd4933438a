import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDocumentMarkdown } from './index';
import { chineseAnnotations, chineseDocument } from './fixtures/chinese-document';
import { emptyDocument } from './fixtures/empty-document';
import { englishAnnotations, englishDocument } from './fixtures/english-document';

/**
 * Golden files guard the export format byte for byte. After an intended format change,
 * rewrite them with `UPDATE_GOLDEN=1 npx vitest run data/model/export` and read the diff.
 */
const GOLDEN_DIR = join(__dirname, 'golden');
const update = process.env.UPDATE_GOLDEN === '1';

const cases = [
  // Deep links off: these are the bytes of `glossa export DOC` (decision 0022).
  { file: 'chinese-article.md', run: () => exportDocumentMarkdown(chineseDocument, chineseAnnotations, { deepLinks: false }) },
  { file: 'empty-document.md', run: () => exportDocumentMarkdown(emptyDocument, [], { deepLinks: false }) },
  {
    // Colour names from settings replace the colour words; the person's text is escaped.
    file: 'chinese-article-color-names.md',
    run: () =>
      exportDocumentMarkdown(chineseDocument, chineseAnnotations, {
        deepLinks: false,
        colorNames: { yellow: '重要', green: '疑問', blue: 'evidence', pink: '*待查*' },
      }),
  },
  {
    file: 'english-web-article.md',
    run: () => exportDocumentMarkdown(englishDocument, englishAnnotations, { deepLinks: false, glossaVersion: '0.1.0' }),
  },
];

describe('golden exports', () => {
  for (const { file, run } of cases) {
    it(file, () => {
      const path = join(GOLDEN_DIR, file);
      const actual = run();
      if (update) writeFileSync(path, actual, 'utf8');
      expect(actual).toBe(readFileSync(path, 'utf8'));
    });
  }
});
