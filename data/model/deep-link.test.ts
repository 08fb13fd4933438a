import { describe, expect, it } from 'vitest';
import { deepLinkFromQuery, glossaOpenUrl, parseDeepLink } from './deep-link';

describe('deep links', () => {
  it('reads back every link an export writes', () => {
    expect(parseDeepLink(glossaOpenUrl('doc-zh', '6f1c'))).toEqual({ documentId: 'doc-zh', annotationId: '6f1c' });
    expect(parseDeepLink(glossaOpenUrl('0a1b2c3d4e5f6a7b'))).toEqual({ documentId: '0a1b2c3d4e5f6a7b' });
  });

  it('accepts the spellings operating systems hand over', () => {
    expect(parseDeepLink('glossa:///open?doc=d1&annotation=a1')).toEqual({ documentId: 'd1', annotationId: 'a1' });
    expect(parseDeepLink('GLOSSA://open/?doc=d1')).toEqual({ documentId: 'd1' });
  });

  it.each([
    ['another scheme', 'https://open?doc=d1'],
    ['javascript', 'javascript:alert(1)//glossa://open?doc=d1'],
    ['another verb', 'glossa://delete?doc=d1'],
    ['a path after open', 'glossa://open/../x?doc=d1'],
    ['no document', 'glossa://open?annotation=a1'],
    ['an id with a slash', 'glossa://open?doc=..%2Flibrary'],
    ['an id with a space', 'glossa://open?doc=a%20b'],
    ['a bad annotation id', 'glossa://open?doc=d1&annotation=%3Cscript%3E'],
    ['not a URL', 'open?doc=d1'],
    ['an over-long link', `glossa://open?doc=d1&x=${'a'.repeat(3000)}`],
  ])('refuses %s', (_why, url) => {
    expect(parseDeepLink(url)).toBeUndefined();
  });

  it('reads the browser-mode query of /open the same way', () => {
    expect(deepLinkFromQuery('?doc=d1&annotation=a1')).toEqual({ documentId: 'd1', annotationId: 'a1' });
    expect(deepLinkFromQuery('?doc=')).toBeUndefined();
  });
});
