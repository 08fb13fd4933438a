import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../model/schemas';
import { makeDocumentFile } from '../test-support/fixtures';
import { decodeDocumentFile, decodeLibraryFile, decodeTrashFile, migrate, type Migration } from './migrate';

const summary = {
  id: 'one',
  title: '阿里云',
  format: 'text',
  characters: 3,
  blockCount: 1,
  annotationCount: 0,
  excerptCount: 0,
  orphanCount: 0,
  tagCounts: {},
  createdAt: '2026-01-02T03:04:05.000Z',
  updatedAt: '2026-01-02T03:04:05.000Z',
};
const library = (documents: unknown[], schemaVersion = 1) => ({ schemaVersion, documents, tags: [{ name: '雲', color: 'blue' }], settings: { theme: 'dark' } });
const stamp = { size: 10, mtimeMs: 1.5, ctimeMs: 2.5, ino: 42 };

describe('decoding the files of a notebook', () => {
  it('reads every kind of file at schema 1, the oldest version this Glossa accepts', () => {
    expect(decodeLibraryFile(library([summary]))).toEqual(library([summary]));
    const doc = { ...makeDocumentFile('one', ['x']), schemaVersion: 1 };
    expect(decodeDocumentFile(doc)).toEqual(doc);
    const trash = { schemaVersion: 1, entries: [{ kind: 'document', id: 'one', title: 't', annotationCount: 0, deletedAt: '2026-01-02T03:04:05.000Z' }] };
    expect(decodeTrashFile(trash)).toEqual(trash);
  });

  it('keeps an index entry stamp, reads an entry without one, and treats a malformed one as absent', () => {
    const decoded = decodeLibraryFile(library([{ ...summary, stamp }, { ...summary, id: 'two' }, { ...summary, id: 'three', stamp: { size: 'big' } }]));
    expect(decoded.documents.map((d) => d.stamp)).toEqual([stamp, undefined, undefined]);
    expect(decoded.tags).toEqual([{ name: '雲', color: 'blue' }]);
  });

  it.each([
    ['library', decodeLibraryFile, library([])],
    ['document', decodeDocumentFile, makeDocumentFile('one', ['x'])],
    ['trash', decodeTrashFile, { schemaVersion: 1, entries: [] }],
  ] as const)('refuses a %s file written by a newer Glossa, naming both versions', (_kind, decode, file) => {
    expect(() => decode({ ...file, schemaVersion: SCHEMA_VERSION + 1 })).toThrow(
      `written by a newer Glossa (schema ${SCHEMA_VERSION + 1}; this version reads up to ${SCHEMA_VERSION})`,
    );
  });

  it.each([
    ['null', null, /expected a JSON object/],
    ['an array', [library([])], /expected a JSON object/],
    ['a string', 'library', /expected a JSON object/],
    ['no version', { documents: [] }, /no schemaVersion/],
    ['version 0', library([], 0), /no schemaVersion/],
    ['a fractional version', library([], 1.5), /no schemaVersion/],
    ['a version as text', { ...library([]), schemaVersion: '1' }, /no schemaVersion/],
  ])('refuses %s as not a Glossa file', (_what, raw, message) => {
    expect(() => decodeLibraryFile(raw)).toThrow(message);
  });

  it('names where the content is invalid after migrating', () => {
    expect(() => decodeDocumentFile({ ...makeDocumentFile('one', ['x']), annotations: [{ id: 1 }] })).toThrow(/^invalid content at annotations\.0\.id: /);
    expect(() => decodeLibraryFile({ schemaVersion: 1 })).toThrow(/^invalid content at documents: /);
  });
});

describe('the migration steps', () => {
  const steps: Record<number, Migration> = {
    1: ({ title, ...rest }) => ({ ...rest, name: title }),
    2: (raw) => ({ ...raw, tags: [], seenAt: raw.schemaVersion }),
  };

  it('runs each step from the file version up to the target, in order, stamping each version', () => {
    expect(migrate({ schemaVersion: 1, title: 'x' }, steps, 3)).toEqual({ schemaVersion: 3, name: 'x', tags: [], seenAt: 2 });
    expect(migrate({ schemaVersion: 2, name: 'y' }, steps, 3)).toEqual({ schemaVersion: 3, name: 'y', tags: [], seenAt: 2 });
  });

  it('leaves a file already at the target as it is', () => {
    const raw = { schemaVersion: 3, name: 'z' };
    expect(migrate(raw, steps, 3)).toBe(raw);
  });

  it('refuses a gap in the steps and a file newer than the target', () => {
    expect(() => migrate({ schemaVersion: 1, title: 'x' }, { 1: steps[1] }, 3)).toThrow('no migration from schema 2');
    expect(() => migrate({ schemaVersion: 4 }, steps, 3)).toThrow('written by a newer Glossa (schema 4; this version reads up to 3)');
  });

  it('does not change the object it was given', () => {
    const raw = { schemaVersion: 1, title: 'x' };
    migrate(raw, steps, 3);
    expect(raw).toEqual({ schemaVersion: 1, title: 'x' });
  });
});
