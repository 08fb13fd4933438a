import { SCHEMA_VERSION, type Block, type DocumentFile } from '../model/schemas';

export const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });

/** A small stored document, built by hand (not by the code under test). */
export const makeDocumentFile = (id: string, paragraphs: string[], at = '2026-01-02T03:04:05.000Z'): DocumentFile => ({
  schemaVersion: SCHEMA_VERSION,
  document: {
    id,
    title: `Document ${id}`,
    format: 'text',
    source: { kind: 'text', importedAt: at },
    blocks: paragraphs.map(paragraph),
    note: '',
    createdAt: at,
    updatedAt: at,
  },
  annotations: [],
});
