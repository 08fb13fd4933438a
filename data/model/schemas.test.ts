import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  AnnotationSchema,
  BlockSchema,
  DocumentFileSchema,
  DocumentSchema,
  DocumentSummarySchema,
  LibraryFileSchema,
  SCHEMA_VERSION,
  SourceSchema,
  TagSchema,
  TargetSchema,
  isExcerpt,
  type Annotation,
} from './schemas';

const AT = '2026-01-02T03:04:05.000Z';

const source = { kind: 'file', path: '/tmp/a.txt', fileName: 'a.txt', encoding: 'big5', sha256: 'ab12', importedAt: AT };
const document = {
  id: 'doc1',
  title: '雲端',
  format: 'text',
  source,
  blocks: [
    { kind: 'heading', level: 2, runs: [{ text: '標題' }] },
    { kind: 'paragraph', runs: [{ text: '粗', bold: true }, { text: 'link', href: 'https://example.com', italic: true, code: true }] },
    { kind: 'listItem', level: 1, ordered: true, runs: [{ text: 'one' }] },
    { kind: 'code', lang: 'ts', runs: [{ text: 'x' }] },
    { kind: 'rule', runs: [] },
  ],
  note: '',
  createdAt: AT,
  updatedAt: AT,
};
const target = {
  quote: { type: 'TextQuoteSelector', exact: '標題', prefix: '', suffix: '\n\n粗' },
  position: { type: 'TextPositionSelector', start: 0, end: 2 },
};
const annotation = {
  id: 'a1',
  documentId: 'doc1',
  target,
  color: 'green',
  tags: ['研究/雲端'],
  note: '**why**',
  state: 'anchored',
  createdAt: AT,
  updatedAt: AT,
};
const summary = {
  id: 'doc1',
  title: '雲端',
  format: 'text',
  fileName: 'a.txt',
  encoding: 'big5',
  characters: 10,
  blockCount: 5,
  annotationCount: 1,
  excerptCount: 1,
  orphanCount: 0,
  tagCounts: { '研究/雲端': 1 },
  createdAt: AT,
  updatedAt: AT,
};
const documentFile = { schemaVersion: SCHEMA_VERSION, document, annotations: [annotation] };
const libraryFile = { schemaVersion: SCHEMA_VERSION, documents: [summary], tags: [{ name: '策略', color: 'blue' }], settings: { theme: 'dark' } };

const without = (value: Record<string, unknown>, key: string) => {
  const copy = { ...value };
  delete copy[key];
  return copy;
};

/** The paths zod reports, so a test sees which field was refused and not just that one was. */
const failedPaths = (schema: z.ZodType, value: unknown): string[] => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.error.issues.map((i) => i.path.join('.'));
};

const CASES: { name: string; schema: z.ZodType; valid: Record<string, unknown>; required: string[]; optional: string[] }[] = [
  { name: 'source', schema: SourceSchema, valid: source, required: ['kind', 'importedAt'], optional: ['path', 'fileName', 'encoding', 'sha256'] },
  {
    name: 'document',
    schema: DocumentSchema,
    valid: document,
    required: ['id', 'title', 'format', 'source', 'blocks', 'note', 'createdAt', 'updatedAt'],
    optional: [],
  },
  {
    name: 'annotation',
    schema: AnnotationSchema,
    valid: annotation,
    required: ['id', 'documentId', 'color', 'tags', 'note', 'state', 'createdAt', 'updatedAt'],
    optional: ['target'],
  },
  {
    name: 'document summary',
    schema: DocumentSummarySchema,
    valid: summary,
    required: ['id', 'title', 'format', 'characters', 'blockCount', 'annotationCount', 'excerptCount', 'orphanCount', 'tagCounts', 'createdAt', 'updatedAt'],
    optional: ['fileName', 'encoding'],
  },
  { name: 'document file', schema: DocumentFileSchema, valid: documentFile, required: ['schemaVersion', 'document', 'annotations'], optional: [] },
  { name: 'library file', schema: LibraryFileSchema, valid: libraryFile, required: ['schemaVersion', 'documents', 'tags', 'settings'], optional: [] },
];

describe('stored record schemas', () => {
  for (const { name, schema, valid, required, optional } of CASES) {
    describe(name, () => {
      it('accepts a complete valid record', () => {
        expect(schema.safeParse(valid).success).toBe(true);
      });

      it.each(required)('refuses a record without %s, naming the field', (key) => {
        expect(failedPaths(schema, without(valid, key))).toContain(key);
      });

      if (optional.length) {
        it.each(optional)('accepts a record without the optional %s', (key) => {
          expect(schema.safeParse(without(valid, key)).success).toBe(true);
        });
      }
    });
  }
});

describe('invalid values', () => {
  const refused: [string, z.ZodType, unknown, string][] = [
    ['an unknown block kind', BlockSchema, { kind: 'table', runs: [] }, 'kind'],
    ['a heading level of 0', BlockSchema, { kind: 'heading', level: 0, runs: [] }, 'level'],
    ['a heading level of 7', BlockSchema, { kind: 'heading', level: 7, runs: [] }, 'level'],
    ['a fractional level', BlockSchema, { kind: 'listItem', level: 1.5, runs: [] }, 'level'],
    ['bold: false (marks are only ever true)', BlockSchema, { kind: 'paragraph', runs: [{ text: 'x', bold: false }] }, 'runs.0.bold'],
    ['a run without text', BlockSchema, { kind: 'paragraph', runs: [{}] }, 'runs.0.text'],
    ['an unknown format', DocumentSchema, { ...document, format: 'pdf' }, 'format'],
    ['an empty document id', DocumentSchema, { ...document, id: '' }, 'id'],
    ['an empty import time', DocumentSchema, { ...document, source: { ...source, importedAt: '' } }, 'source.importedAt'],
    ['an unknown source kind', SourceSchema, { ...source, kind: 'ftp' }, 'kind'],
    ['an unknown colour', AnnotationSchema, { ...annotation, color: 'red' }, 'color'],
    ['an unknown anchoring state', AnnotationSchema, { ...annotation, state: 'lost' }, 'state'],
    ['an empty tag', AnnotationSchema, { ...annotation, tags: ['  '] }, 'tags.0'],
    ['a tag over 100 characters', AnnotationSchema, { ...annotation, tags: ['字'.repeat(101)] }, 'tags.0'],
    ['an empty quote', TargetSchema, { ...target, quote: { ...target.quote, exact: '' } }, 'quote.exact'],
    ['a quote without its prefix', TargetSchema, { ...target, quote: without(target.quote, 'prefix') }, 'quote.prefix'],
    ['a wrong selector type', TargetSchema, { ...target, quote: { ...target.quote, type: 'TextPositionSelector' } }, 'quote.type'],
    ['a negative start', TargetSchema, { ...target, position: { ...target.position, start: -1 } }, 'position.start'],
    ['a fractional end', TargetSchema, { ...target, position: { ...target.position, end: 2.5 } }, 'position.end'],
    ['a negative count', DocumentSummarySchema, { ...summary, excerptCount: -1 }, 'excerptCount'],
    ['a tag count that is not a number', DocumentSummarySchema, { ...summary, tagCounts: { a: '1' } }, 'tagCounts.a'],
    ['a tag colour that is not a colour', TagSchema, { name: 'a', color: 'black' }, 'color'],
    ['a document file of another schema version', DocumentFileSchema, { ...documentFile, schemaVersion: SCHEMA_VERSION + 1 }, 'schemaVersion'],
    ['a library file whose schemaVersion is a string', LibraryFileSchema, { ...libraryFile, schemaVersion: String(SCHEMA_VERSION) }, 'schemaVersion'],
    ['a bad annotation inside a document file', DocumentFileSchema, { ...documentFile, annotations: [{ ...annotation, id: '' }] }, 'annotations.0.id'],
    ['a bad summary inside the library', LibraryFileSchema, { ...libraryFile, documents: [{ ...summary, blockCount: 'many' }] }, 'documents.0.blockCount'],
  ];
  it.each(refused)('refuses %s', (_, schema, value, path) => {
    expect(failedPaths(schema, value)).toEqual([path]);
  });

  it('trims tag names when it reads them', () => {
    expect(TagSchema.parse({ name: '  策略 ' })).toEqual({ name: '策略' });
  });

  it('keeps unknown settings, so a newer app version does not lose them', () => {
    expect(LibraryFileSchema.parse({ ...libraryFile, settings: { future: [1, 2] } }).settings).toEqual({ future: [1, 2] });
  });
});

describe('isExcerpt', () => {
  const a = annotation as Annotation;
  it('is an annotation with a passage and at least one tag', () => {
    expect(isExcerpt(a)).toBe(true);
    expect(isExcerpt({ ...a, tags: [] })).toBe(false);
    expect(isExcerpt({ ...a, target: undefined })).toBe(false);
  });
});
