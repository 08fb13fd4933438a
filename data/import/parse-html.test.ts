import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Block } from '../model/schemas';
import { blockText, canonicalText } from '../model/text';
import { parseHtml } from './parse-html';

const PAGE = readFileSync(new URL('./fixtures/article-page.html', import.meta.url), 'utf8');
const URL_OF_PAGE = 'https://news.example.com/2024/tea.html';

const find = (blocks: Block[], needle: string): Block => {
  const block = blocks.find((b) => blockText(b).includes(needle));
  if (block === undefined) throw new Error(`no block contains ${needle}`);
  return block;
};

describe('parseHtml on an article page with chrome, ads and scripts', () => {
  const { title, blocks } = parseHtml(PAGE, URL_OF_PAGE);
  const text = canonicalText(blocks);

  it('takes the title from Readability (the <title> without the site name)', () => {
    expect(title).toBe('Tea Houses of the South');
  });

  it('keeps the article and drops navigation, ads, footer, scripts, styles, iframes, noscript and templates', () => {
    expect(text).toContain('In the river towns of the south');
    expect(text).toContain('the town returns to what it was.');
    for (const banned of [
      'Sports', 'BUY CHEAP', 'SUBSCRIBE', 'Copyright', 'stolen', 'cookie', 'color: red', 'ads.example.net',
      'Please enable JavaScript', 'Template content', 'Injected by script', 'steal', 'onclick', '<',
    ]) {
      expect(text).not.toContain(banned);
    }
  });

  it('maps headings, quotes, nested list items and code blocks', () => {
    expect(find(blocks, 'Between old and new')).toEqual({ kind: 'heading', level: 2, runs: [{ text: 'Between old and new' }] });
    expect(find(blocks, 'we sell mornings').kind).toBe('quote');
    const items = blocks.filter((b) => b.kind === 'listItem').map((b) => [blockText(b), b.level, b.ordered]);
    expect(items).toEqual([
      ['Green tea, served in glass', 1, false],
      ['Longjing, from the hills nearby', 2, false],
      ['Black tea, served in porcelain', 1, false],
    ]);
    expect(find(blocks, 'seats')).toEqual({ kind: 'code', lang: 'text', runs: [{ text: 'price  = 12\nseats  = 40' }] });
  });

  it('keeps bold, italic, code and safe links; drops javascript: targets but keeps their text', () => {
    const runs = blocks.flatMap((b) => b.runs);
    expect(runs).toContainEqual({ text: 'green tea', bold: true });
    expect(runs).toContainEqual({ text: 'commercial pressure', italic: true });
    expect(runs).toContainEqual({ text: 'inline code', code: true });
    expect(runs).toContainEqual({ text: '2015 report', href: 'https://example.org/report' });
    expect(runs).toContainEqual({ text: 'a relative link', href: 'https://news.example.com/relative/path' });
    expect(text).toContain('and this link should lose its target.');
    expect(runs.filter((r) => r.href !== undefined).every((r) => r.href?.startsWith('https://'))).toBe(true);
  });

  it('collapses source whitespace like a browser and turns <br> into a line break', () => {
    const first = blockText(find(blocks, 'In the river towns'));
    expect(first).not.toMatch(/\s{2,}|\n/);
    expect(blockText(find(blocks, 'Line one'))).toBe('Line one\nline two after a break, inline code and a relative link.');
  });

  it('drops relative links when there is no page URL to resolve them against', () => {
    const { blocks } = parseHtml(PAGE);
    expect(blockText(find(blocks, 'Line one'))).toContain('and a relative link.');
    expect(blocks.flatMap((b) => b.runs).map((r) => r.href).filter(Boolean)).toEqual(['https://example.org/report']);
  });
});

describe('parseHtml on small pages', () => {
  it('reads a short page and falls back to <title> for the title', () => {
    const page = '<html><head><title>Short</title></head><body><p>One  short\n line.</p><script>x()</script></body></html>';
    expect(parseHtml(page)).toEqual({ title: 'Short', blocks: [{ kind: 'paragraph', runs: [{ text: 'One short line.' }] }] });
  });

  it('joins a source line break between Chinese characters without a space', () => {
    const page = '<html><body><p>中文\n段落，<b>加粗</b>\n文字。</p></body></html>';
    expect(canonicalText(parseHtml(page).blocks)).toBe('中文段落，加粗文字。');
  });

  it('never runs scripts', () => {
    const page = '<html><body><p id="t">before</p><script>document.getElementById("t").textContent = "after"</script></body></html>';
    expect(canonicalText(parseHtml(page).blocks)).toBe('before');
  });
});
