// @vitest-environment jsdom
// jsdom, not happy-dom: under happy-dom 21 DOMPurify silently keeps every attribute (style,
// onclick, javascript: hrefs), so a sanitiser test there would test the wrong DOM.
import { describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_CHARS, renderMarkdown } from './render-markdown';

const html = (src: string) => renderMarkdown(src).html;
const dom = (src: string) => {
  const div = document.createElement('div');
  div.innerHTML = html(src);
  return div;
};

describe('renderMarkdown', () => {
  it('keeps ordinary Markdown: headings, lists, emphasis, quotes, code and links', () => {
    const div = dom('## 標題\n\n- 一\n- two\n\n> quote **bold** _em_ `code`\n\n[site](https://example.org)');
    expect(div.querySelector('h2')?.textContent).toBe('標題');
    expect(div.querySelectorAll('li')).toHaveLength(2);
    expect(div.querySelector('blockquote strong')?.textContent).toBe('bold');
    expect(div.querySelector('em')?.textContent).toBe('em');
    expect(div.querySelector('code')?.textContent).toBe('code');
    const a = div.querySelector('a')!;
    expect(a.getAttribute('href')).toBe('https://example.org');
    expect(a.getAttribute('rel')).toBe('noopener noreferrer');
    expect(a.getAttribute('target')).toBe('_blank');
  });

  it('turns single newlines into line breaks (breaks: true)', () => {
    expect(dom('line one\nline two').querySelector('br')).not.toBeNull();
  });

  it('keeps mailto links', () => {
    expect(dom('[me](mailto:a@b.org)').querySelector('a')?.getAttribute('href')).toBe('mailto:a@b.org');
  });

  it.each([
    ['script tags', '<script>alert(1)</script>hello', /<script/i],
    ['onerror handlers', '<img src=x onerror="alert(1)">', /onerror/i],
    ['iframes', '<iframe src="https://evil.example"></iframe>', /<iframe/i],
    ['svg with onload', '<svg onload="alert(1)"><circle r="1"/></svg>', /<svg|onload/i],
    ['style attributes', '<p style="color:red">x</p>', /style=/i],
    ['style elements', '<style>body{display:none}</style>x', /<style/i],
    ['object and embed', '<object data="x"></object><embed src="y">', /<object|<embed/i],
    ['forms', '<form action="https://evil.example"><input name=a><button>go</button></form>', /<form|<input|<button/i],
  ])('removes %s', (_name, src, bad) => {
    expect(html(src)).not.toMatch(bad);
  });

  it.each([
    ['javascript: links', '[click](javascript:alert(1))'],
    ['javascript: links in raw HTML', '<a href="JaVaScRiPt:alert(1)">click</a>'],
    ['entity-encoded javascript: links', '<a href="&#106;avascript:alert(1)">click</a>'],
    ['data: URLs in links', '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)'],
    ['vbscript: links', '<a href="vbscript:msgbox(1)">click</a>'],
    ['relative links', '[click](../secret)'],
  ])('drops the href of %s but keeps the text', (_name, src) => {
    const a = dom(src).querySelector('a');
    expect(a?.textContent).toBe('click');
    expect(a?.hasAttribute('href')).toBe(false);
  });

  it('drops remote images and keeps inline raster images', () => {
    expect(dom('![tracker](https://evil.example/pixel.png)').querySelector('img')).toBeNull();
    expect(dom('<img src="//evil.example/x.png">').querySelector('img')).toBeNull();
    expect(dom('<img src="data:image/svg+xml;base64,PHN2Zz4=">').querySelector('img')).toBeNull();
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(dom(`![dot](${png})`).querySelector('img')?.getAttribute('src')).toBe(png);
  });

  it('caps very long input and says so', () => {
    const long = 'a'.repeat(MAX_MARKDOWN_CHARS + 10);
    const out = renderMarkdown(long);
    expect(out.truncated).toBe(true);
    expect(out.html.length).toBeLessThan(MAX_MARKDOWN_CHARS + 100);
    expect(renderMarkdown('short').truncated).toBe(false);
  });
});

describe('renderMarkdown on notes too complex to format', () => {
  // Each of these freezes or crashes marked (bench/markdown.bench.ts measures them all).
  it.each([
    ['10,000 nested quotes', `${'> '.repeat(10_000)}深處`, 'too-deep'],
    ['10,000 nested list items', `${'- '.repeat(10_000)}深處`, 'too-deep'],
    ['100,000 emphasis delimiters', `${'*a_'.repeat(50_000)}`, 'too-complex'],
    ['escaped stars in one paragraph', `${'a\\*'.repeat(20_000)}`, 'too-complex'],
    ['a table of 6,000 cells', `| a | b |\n|---|---|\n${'| 1 | 2 |\n'.repeat(2000)}`, 'too-complex'],
  ])('shows %s as plain text, quickly', (_name, src, reason) => {
    const start = performance.now();
    const out = renderMarkdown(src);
    // A guard against minutes, not a benchmark: jsdom under a loaded test run is slow.
    expect(performance.now() - start).toBeLessThan(5000);
    expect(out.unformatted).toBe(reason);
    const div = dom(src);
    expect(div.querySelector('blockquote, li, em, strong, table')).toBeNull();
    // Line breaks become <br>, which textContent drops.
    expect(div.textContent).toContain(src.slice(-20).replace(/\n/g, ''));
  });

  it('escapes the plain text and keeps its line breaks', () => {
    const out = renderMarkdown(`${'> '.repeat(100)}<script>alert(1)</script>\nline two`);
    expect(out.unformatted).toBe('too-deep');
    expect(out.html).not.toMatch(/<script/i);
    expect(out.html).toContain('&lt;script&gt;');
    expect(out.html).toContain('<br>');
  });

  it('still formats ordinary nesting, busy paragraphs and code full of punctuation', () => {
    const nested = Array.from({ length: 8 }, (_, i) => `${'  '.repeat(i)}- level ${i}`).join('\n');
    expect(renderMarkdown(nested).unformatted).toBeUndefined();
    expect(dom(nested).querySelectorAll('li')).toHaveLength(8);
    const busy = Array.from({ length: 200 }, (_, i) => `**重點 ${i}** 與 _強調_ 和 \`code\` [link](https://e.org/${i})`).join('\n\n');
    expect(renderMarkdown(busy).unformatted).toBeUndefined();
    const code = `\`\`\`\n${'a[i] = b[*p_] ** 2; // ![x]\n'.repeat(2000)}\`\`\``;
    expect(renderMarkdown(code).unformatted).toBeUndefined();
    expect(dom(code).querySelector('pre code')).not.toBeNull();
    const table = `| a | b | c |\n|---|---|---|\n${'| 1 | 2 | 3 |\n'.repeat(300)}`;
    expect(renderMarkdown(table).unformatted).toBeUndefined();
    expect(dom(table).querySelectorAll('td')).toHaveLength(900);
  });
});
