import { Readability } from '@mozilla/readability';
import { loadJsdom } from './lazy-modules';
import type { Block } from '../model/schemas';
import { domToBlocks } from './dom-to-blocks';
import type { ParsedDocument } from './parsed-document';

const collapse = (text: string | null | undefined): string => (text ?? '').replace(/\s+/g, ' ').trim();

const validUrl = (url: string | undefined): string | undefined => {
  if (url === undefined) return undefined;
  try {
    return new URL(url).href;
  } catch {
    return undefined;
  }
};

interface Article {
  title: string;
  content: Node;
}

/** Readability's article, or undefined when it finds none (short pages) or fails. */
const readArticle = (document: Document): Article | undefined => {
  try {
    // Readability rewrites the document it reads; give it a copy so the body stays intact.
    const copy = document.cloneNode(true) as Document;
    const article = new Readability<Node>(copy, { serializer: (node) => node, keepClasses: true }).parse();
    if (!article?.content) return undefined;
    return { title: collapse(article.title), content: article.content };
  } catch {
    return undefined;
  }
};

/**
 * HTML to blocks: Mozilla Readability picks the article out of the page (dropping
 * navigation, ads and comments), and its DOM is walked into blocks; when it finds no
 * article the whole body is walked. jsdom runs no scripts and loads nothing (its
 * defaults, kept on purpose), and its console noise about unparsable CSS is muted.
 */
export const parseHtml = (html: string, url?: string): ParsedDocument => {
  const base = validUrl(url);
  const { JSDOM, VirtualConsole } = loadJsdom();
  const dom = new JSDOM(html, { url: base, virtualConsole: new VirtualConsole() });
  try {
    const { document } = dom.window;
    const article = readArticle(document);
    let blocks: Block[] = article === undefined ? [] : domToBlocks(article.content, base);
    if (blocks.length === 0 && document.body !== null) blocks = domToBlocks(document.body, base);
    const title = article?.title || collapse(document.title) || collapse(document.querySelector('h1')?.textContent);
    return { title, blocks };
  } finally {
    dom.window.close();
  }
};
