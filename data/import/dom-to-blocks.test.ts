import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../model/text';
import { domToBlocks } from './dom-to-blocks';

const blocksOf = (html: string, base?: string) => domToBlocks(JSDOM.fragment(html), base);

describe('domToBlocks', () => {
  it('collapses whitespace across inline elements and trims block edges', () => {
    expect(blocksOf('<p>  a \n  b  <b> c </b> d  </p>')).toEqual([
      { kind: 'paragraph', runs: [{ text: 'a b ' }, { text: 'c ', bold: true }, { text: 'd' }] },
    ]);
  });

  it('keeps NBSP and ideographic spaces, which browsers do not collapse', () => {
    expect(canonicalText(blocksOf('<p>a\u00a0\u00a0b\u3000c</p>'))).toBe('a\u00a0\u00a0b\u3000c');
  });

  it('nests marks: a bold italic link', () => {
    expect(blocksOf('<p><b><i><a href="https://x.org/">t</a></i></b></p>')[0].runs).toEqual([
      { text: 't', bold: true, italic: true, href: 'https://x.org/' },
    ]);
  });

  it('drops unsafe and unresolvable hrefs', () => {
    const html =
      '<p><a href="javascript:alert(1)">a</a> <a href=" JAVA\nSCRIPT:alert(1)">b</a> <a href="data:text/html,x">c</a> <a href="page.html">d</a></p>';
    expect(blocksOf(html)[0].runs).toEqual([{ text: 'a b c d' }]);
    expect(blocksOf('<p><a href="page.html">d</a></p>', 'https://e.com/dir/')[0].runs).toEqual([
      { text: 'd', href: 'https://e.com/dir/page.html' },
    ]);
  });

  it('skips hidden elements and form controls', () => {
    const html = '<p>shown<span hidden>hidden</span><span style="display: none">gone</span><button>Click</button><textarea>typed</textarea></p>';
    expect(canonicalText(blocksOf(html))).toBe('shown');
  });

  it('flattens divs and sections into paragraphs and tables into one paragraph per row', () => {
    const html = '<div>intro<section><p>inner</p>tail</section></div><table><tr><th>A</th><th>B</th></tr><tr><td><p>1</p></td><td>2</td></tr></table>';
    expect(blocksOf(html)).toEqual([
      { kind: 'paragraph', runs: [{ text: 'intro' }] },
      { kind: 'paragraph', runs: [{ text: 'inner' }] },
      { kind: 'paragraph', runs: [{ text: 'tail' }] },
      { kind: 'paragraph', runs: [{ text: 'A', bold: true }, { text: ' | ' }, { text: 'B', bold: true }] },
      { kind: 'paragraph', runs: [{ text: '1 | 2' }] },
    ]);
  });

  it('numbers list depth through ol and ul, and keeps <br> runs to single newlines', () => {
    const html = '<ol><li>one<ul><li>inner<br><br><br>after</li></ul>tail</li></ol><hr>';
    expect(blocksOf(html)).toEqual([
      { kind: 'listItem', level: 1, ordered: true, runs: [{ text: 'one' }] },
      { kind: 'listItem', level: 2, ordered: false, runs: [{ text: 'inner\nafter' }] },
      { kind: 'listItem', level: 1, ordered: true, runs: [{ text: 'tail' }] },
      { kind: 'rule', runs: [] },
    ]);
  });

  it('keeps <pre> text verbatim, with <br> as newline and without script content', () => {
    expect(blocksOf('<pre class="language-js">  a\n\n  b<br>c<script>x</script></pre>')).toEqual([
      { kind: 'code', lang: 'js', runs: [{ text: '  a\n\n  b\nc' }] },
    ]);
  });
});
