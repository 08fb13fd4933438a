import { describe, expect, it } from 'vitest';
import { Lexer, type Tokens } from 'marked';
import type { Annotation, Document } from '../schemas';
import { glossaOpenUrl } from '../deep-link';
import { excerptLinks } from './deep-links';

const doc = (source: Document['source']): Document =>
  ({ id: 'doc 1', title: 't', format: 'html', source, blocks: [], note: '', createdAt: 'x', updatedAt: 'x' }) as Document;
const note = {
  id: 'a(1)&b',
  documentId: 'doc 1',
  target: { quote: { exact: 'the quote' } },
} as Annotation;

describe('deep links', () => {
  it('opens an annotation in Glossa, ids encoded so the link stays one Markdown destination', () => {
    expect(glossaOpenUrl('doc-zh', '6f1c')).toBe('glossa://open?doc=doc-zh&annotation=6f1c');
    expect(glossaOpenUrl('doc 1', 'a(1)&b')).toBe('glossa://open?doc=doc%201&annotation=a%281%29%26b');
    expect(glossaOpenUrl('d')).toBe('glossa://open?doc=d');
  });

  it('adds a text-fragment link for a web source only, and nothing when turned off', () => {
    const web = doc({ kind: 'url', url: 'https://x.test/(a)', importedAt: 'x' });
    const links = excerptLinks(web, note, true);
    expect(links).toEqual([
      '[Open in Glossa](glossa://open?doc=doc%201&annotation=a%281%29%26b)',
      '[Find in source](<https://x.test/(a)#:~:text=the%20quote>)',
    ]);
    for (const link of links) {
      const [token] = (Lexer.lex(link)[0] as Tokens.Paragraph).tokens;
      expect(token.type).toBe('link');
    }
    expect(excerptLinks(doc({ kind: 'file', url: 'https://x.test/', importedAt: 'x' }), note, true)).toHaveLength(1);
    expect(excerptLinks(web, note, false)).toEqual([]);
  });
});
