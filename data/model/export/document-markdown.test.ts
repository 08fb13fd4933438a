import { describe, expect, it } from 'vitest';
import type { Document } from '../schemas';
import { annotation, paragraph, targetIn } from './fixtures/build';
import { exportDocumentMarkdown } from './index';

const base: Document = {
  id: 'd1',
  title: 'T',
  format: 'text',
  source: { kind: 'text', importedAt: '2024-05-06T23:30:00-05:00' },
  blocks: [paragraph('Hello world.')],
  note: '',
  createdAt: '2024-05-07T04:30:00.000Z',
  updatedAt: '2024-05-07T04:30:00.000Z',
};

describe('exportDocumentMarkdown edge cases', () => {
  it('writes a pasted text without a name as title and front matter only', () => {
    expect(exportDocumentMarkdown(base, [])).toBe(
      ['---', 'title: T', 'imported: 2024-05-06', 'tags: []', 'glossa-id: d1', 'excerpts: 0', '---', '', '# T', ''].join(
        '\n',
      ),
    );
  });

  it('names an untitled document and keeps a multi-line title on one line', () => {
    expect(exportDocumentMarkdown({ ...base, title: '  ' }, [])).toContain('\n# Untitled\n');
    expect(exportDocumentMarkdown({ ...base, title: 'a\r\nb' }, [])).toContain('title: a b\n');
  });

  it('links http(s) sources and escapes other ones', () => {
    const url = (u: string): Document => ({ ...base, source: { kind: 'url', url: u, importedAt: base.source.importedAt } });
    expect(exportDocumentMarkdown(url('https://x.test/a b'), [])).toContain('\nSource: https://x.test/a b\n');
    expect(exportDocumentMarkdown(url('https://x.test/a_b'), [])).toContain('\nSource: <https://x.test/a_b>\n');
    expect(exportDocumentMarkdown(url('ftp://x.test/*'), [])).toContain('\nSource: ftp\\://x.test/\\*\n');
  });

  it('never exports the local path, only the file name', () => {
    const doc: Document = {
      ...base,
      source: { kind: 'file', path: 'C:\\Users\\lin\\Desktop\\notes_2024.txt', importedAt: base.source.importedAt },
    };
    const md = exportDocumentMarkdown(doc, []);
    expect(md).toContain('source: notes_2024.txt\n');
    expect(md).toContain('\nSource: notes_2024.txt\n');
    expect(md).not.toContain('Users');
  });

  it('skips empty document notes and a whitespace-only note', () => {
    const empty = annotation(base, { id: 'n1', color: 'yellow', note: '  \n', createdAt: 'x' });
    expect(exportDocumentMarkdown({ ...base, note: ' \n\t' }, [empty])).not.toContain('## Notes');
  });

  it('counts excerpts and orphans, and adds the Glossa version when asked', () => {
    const a = annotation(base, { id: 'a', color: 'green', target: targetIn(base, 'world'), createdAt: '1' });
    const o = annotation(base, { id: 'o', color: 'pink', target: targetIn(base, 'Hello'), state: 'orphaned', createdAt: '2' });
    const md = exportDocumentMarkdown(base, [o, a], { glossaVersion: '1.2.3' });
    expect(md).toContain('excerpts: 2\nglossa-version: "1.2.3"\n---\n');
    expect(md.indexOf('## Excerpts')).toBeLessThan(md.indexOf('> world'));
    expect(md.indexOf('## Orphaned excerpts')).toBeLessThan(md.indexOf('> Hello'));
  });

  it('writes lone surrogates as U+FFFD so the file is valid UTF-8', () => {
    const a = annotation(base, { id: 'a', color: 'green', target: targetIn(base, 'world'), note: 'bad \uD800 note', createdAt: '1' });
    const md = exportDocumentMarkdown({ ...base, title: 'x\uDC00' }, [a]);
    expect(md).toContain('bad \uFFFD note');
    expect(md).toContain('# x\uFFFD');
    expect(md).toContain('title: "x\\uFFFD"');
  });
});
