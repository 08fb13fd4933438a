import { loadJsdom } from './lazy-modules';

let scratch: HTMLElement | undefined;

// One inert document reused for every call; building a JSDOM costs tens of milliseconds.
const scratchElement = (): HTMLElement => {
  const { JSDOM, VirtualConsole } = loadJsdom();
  scratch ??= new JSDOM('', { virtualConsole: new VirtualConsole() }).window.document.createElement('div');
  return scratch;
};

/**
 * Decodes HTML character references (&amp; &copy; &#x41; ...) the way an HTML parser
 * does, with the full named-entity table, and nothing else: "<" is escaped first so no
 * markup is ever parsed.
 */
export const decodeHtmlEntities = (text: string): string => {
  if (!text.includes('&')) return text;
  const el = scratchElement();
  el.innerHTML = text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const decoded = el.textContent ?? '';
  el.textContent = '';
  return decoded;
};
