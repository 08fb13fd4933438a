import { describe, expect, it } from 'vitest';
import type { Annotation, Document } from '../../../data/model/schemas';
import { shareAnnotations, shareDocument } from './structural-sharing';

const doc = (fields: Partial<Document> = {}): Document => ({
  id: 'd',
  title: 'T',
  format: 'text',
  source: { kind: 'text', importedAt: '2024', sha256: 'abc' },
  blocks: [{ kind: 'paragraph', runs: [{ text: '一' }] }],
  note: '',
  createdAt: '2024',
  updatedAt: '2024',
  ...fields,
});
const ann = (id: string, note = ''): Annotation => ({
  id,
  documentId: 'd',
  color: 'yellow',
  tags: [],
  note,
  state: 'anchored',
  createdAt: '2024',
  updatedAt: note ? '2025' : '2024',
});

describe('structural sharing of refetched documents', () => {
  it('keeps the blocks array when only the note changed', () => {
    const old = doc();
    const next = shareDocument(old, JSON.parse(JSON.stringify(doc({ note: 'x', updatedAt: '2025' }))));
    expect(next.note).toBe('x');
    expect(next.blocks).toBe(old.blocks);
  });
  it('keeps the whole document when nothing changed, and takes new text when re-imported', () => {
    const old = doc();
    expect(shareDocument(old, JSON.parse(JSON.stringify(old)))).toBe(old);
    const reimported = doc({ source: { kind: 'text', importedAt: '2026', sha256: 'def' } });
    expect(shareDocument(old, reimported)).toBe(reimported);
  });
  it('keeps unchanged annotations and the array when nothing changed', () => {
    const old = [ann('a'), ann('b')];
    expect(shareAnnotations(old, JSON.parse(JSON.stringify(old)))).toBe(old);
    const next = shareAnnotations(old, [JSON.parse(JSON.stringify(old[0])), ann('b', 'new')]);
    expect(next).not.toBe(old);
    expect(next[0]).toBe(old[0]);
    expect(next[1].note).toBe('new');
  });
});
