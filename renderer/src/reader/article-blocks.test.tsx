// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { blockStarts, blockText } from '../../../data/model/text';
import { ArticleBlocks } from './article-blocks';
import { render, SAMPLE_BLOCKS, type Rendered } from './test-support';

let view: Rendered | undefined;
afterEach(async () => {
  await view?.unmount();
  view = undefined;
});

const mount = async () => {
  view = await render(
    <article>
      <ArticleBlocks blocks={SAMPLE_BLOCKS} />
    </article>,
  );
  return view.container.querySelector('article')!;
};

describe('ArticleBlocks', () => {
  it('tags every block with its canonical start, in order', async () => {
    const article = await mount();
    const starts = Array.from(article.querySelectorAll('[data-start]')).map((el) => Number(el.getAttribute('data-start')));
    expect(starts).toEqual(blockStarts(SAMPLE_BLOCKS));
  });

  it('gives each block element exactly its block text', async () => {
    const article = await mount();
    const elements = Array.from(article.querySelectorAll('[data-start]'));
    expect(elements.map((el) => el.textContent)).toEqual(SAMPLE_BLOCKS.map(blockText));
    // Nothing but block text: the separators are not in the DOM.
    expect(article.textContent).toBe(SAMPLE_BLOCKS.map(blockText).join(''));
  });

  it('renders each block kind as its element', async () => {
    const article = await mount();
    const tags = Array.from(article.querySelectorAll('[data-start]')).map((el) => el.tagName.toLowerCase());
    expect(tags).toEqual(['h1', 'p', 'p', 'div', 'div', 'div', 'div', 'blockquote', 'hr', 'pre', 'p', 'h3']);
    expect(article.querySelector('pre > code')?.textContent).toBe('const a = 1;\nalert(a);');
    expect(article.querySelector('pre')?.getAttribute('data-lang')).toBe('js');
    expect(article.querySelector('strong')?.textContent).toBe('bold');
    expect(article.querySelector('em')?.textContent).toBe('italic link');
    expect(article.querySelector('li code')?.textContent).toBe('code()');
  });

  it('nests lists by level and starts a new list when the ordered flag changes', async () => {
    const article = await mount();
    const lists = Array.from(article.children).filter((el) => el.tagName === 'UL' || el.tagName === 'OL');
    expect(lists.map((l) => l.tagName)).toEqual(['UL', 'OL']);
    const [ul, ol] = lists;
    expect(Array.from(ul.children).map((li) => li.tagName)).toEqual(['LI', 'LI']);
    const nested = ul.children[0].querySelector(':scope > ul');
    expect(nested?.textContent).toBe('nested code()');
    expect(ol.textContent).toBe('one');
  });

  it('renders http(s) links as external anchors and others as plain text', async () => {
    const article = await mount();
    const anchors = Array.from(article.querySelectorAll('a'));
    expect(anchors).toHaveLength(1);
    expect(anchors[0].getAttribute('href')).toBe('https://example.com/a');
    expect(anchors[0].getAttribute('rel')).toBe('noopener noreferrer');
    expect(anchors[0].getAttribute('target')).toBe('_blank');
    expect(article.innerHTML).not.toContain('javascript:');
  });

  it('shows markup in the text as text, never as HTML', async () => {
    const article = await mount();
    expect(article.querySelector('b')).toBeNull();
    expect(article.textContent).toContain('<b>not html</b>');
  });
});
