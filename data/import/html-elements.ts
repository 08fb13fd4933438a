/**
 * How the DOM walker treats each element. Anything that runs code, embeds another
 * document or is a form control never contributes text.
 */
export const SKIPPED = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'noscript', 'template', 'object', 'embed',
  'applet', 'svg', 'math', 'canvas', 'audio', 'video', 'source', 'track', 'picture', 'img',
  'map', 'area', 'head', 'title', 'meta', 'link', 'base', 'nav', 'button', 'input', 'select',
  'option', 'optgroup', 'datalist', 'textarea', 'output', 'dialog', 'slot',
]);

/** Elements that start and end a block but do not change its kind. */
export const BLOCK_CONTAINERS = new Set([
  'html', 'body', 'main', 'article', 'section', 'div', 'p', 'header', 'footer', 'aside',
  'figure', 'figcaption', 'address', 'details', 'summary', 'dl', 'dt', 'dd', 'center',
  'form', 'fieldset', 'legend', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'hgroup',
  'search', 'menu',
]);

export const HEADINGS = new Map([['h1', 1], ['h2', 2], ['h3', 3], ['h4', 4], ['h5', 5], ['h6', 6]]);

export const BOLD = new Set(['strong', 'b']);
export const ITALIC = new Set(['em', 'i', 'cite', 'dfn', 'var']);
export const CODE = new Set(['code', 'kbd', 'samp', 'tt']);

/** Hidden content is not part of what a reader sees. */
export const isHidden = (el: Element): boolean =>
  el.hasAttribute('hidden') ||
  el.getAttribute('aria-hidden') === 'true' ||
  /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(el.getAttribute('style') ?? '');

/** A code block's language from the class="language-xxx" convention (on pre or its code). */
export const codeLanguage = (pre: Element): string | undefined => {
  const classes = [pre.getAttribute('class') ?? '', pre.querySelector('code')?.getAttribute('class') ?? ''];
  for (const value of classes) {
    const match = /(?:^|\s)(?:language|lang)-([\w+#.-]+)/.exec(value);
    if (match) return match[1];
  }
  return undefined;
};
