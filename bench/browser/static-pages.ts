import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Annotation, Block, DocumentSummary } from '../../data/model/schemas';
import { blockStarts, blockText } from '../../data/model/text';
import { ROOT } from '../../e2e/support/glossa-server';
import { escapeHtml } from './page-scripts';

/**
 * Baselines as static pages: the same content without the app, laid out by the browser
 * once (no virtualisation, no Highlight API). The app's own stylesheet is inlined so the
 * cards and rows have the same boxes and fonts.
 */
const appCss = (): string => {
  const dir = join(ROOT, 'out', 'renderer', 'assets');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
};

const page = (body: string, extraCss = '') => `<!doctype html>
<html lang="zh-Hant" data-theme="light"><head><meta charset="utf-8"><title>baseline</title>
<style>${appCss()}\n${extraCss}</style></head><body>${body}</body></html>`;

const MARK_CSS = `
  .baseline-reader { height: 100vh; overflow-y: auto; }
  .baseline-reader article { max-width: 38em; margin: 0 auto; padding: 2rem; font-size: 18px; line-height: 1.8; }
  mark { color: inherit; }
  mark.yellow { background: var(--color-yellow); } mark.green { background: var(--color-green); }
  mark.blue { background: var(--color-blue); } mark.pink { background: var(--color-pink); }
  mark.purple { background: var(--color-purple); } mark.orange { background: var(--color-orange); }
`;

/**
 * The article with every highlight wrapped in <mark> elements, the way span-wrapping
 * highlighters do it: each block cut at every highlight boundary, each covered piece
 * wrapped (in the colour of the highlight that started last), overlaps split into pieces.
 */
export const markedArticlePage = (blocks: readonly Block[], annotations: readonly Annotation[]): string => {
  const starts = blockStarts(blocks);
  const spans = annotations
    .filter((a) => a.target && a.state !== 'orphaned')
    .map((a) => ({ start: a.target!.position.start, end: a.target!.position.end, color: a.color }));
  const html = blocks.map((block, i) => {
    const text = blockText(block);
    const from = starts[i];
    const to = from + text.length;
    const inside = spans.filter((s) => s.end > from && s.start < to);
    const cuts = new Set<number>([0, text.length]);
    for (const s of inside) {
      cuts.add(Math.max(0, s.start - from));
      cuts.add(Math.min(text.length, s.end - from));
    }
    const points = [...cuts].sort((a, b) => a - b);
    let out = '';
    for (let k = 0; k + 1 < points.length; k++) {
      const piece = escapeHtml(text.slice(points[k], points[k + 1]));
      const at = from + points[k];
      const cover = inside.filter((s) => s.start <= at && s.end > at);
      out += cover.length ? `<mark class="${cover[cover.length - 1].color}">${piece}</mark>` : piece;
    }
    const tag = block.kind === 'heading' ? 'h2' : 'p';
    return `<${tag}>${out}</${tag}>`;
  });
  return page(`<div class="baseline-reader glossa-reader"><article class="glossa-reader-text">${html.join('\n')}</article></div>`, MARK_CSS);
};

const LIST_CSS = `
  html, body { height: 100%; margin: 0; }
  .baseline-pane { width: 360px; height: 100vh; display: flex; flex-direction: column; }
  .baseline-pane .annotation-list { display: grid; }
`;

/** Every annotation card, rendered as static HTML with the app's classes (no controls' state). */
export const staticCardsPage = (annotations: readonly Annotation[]): string => {
  const cards = annotations.map((a) => {
    const quote = a.target ? `<button type="button" class="annotation-quote">${escapeHtml(a.target.quote.exact)}</button>` : '';
    const chips = a.tags.map((t) => `<li class="chip"><span class="chip-text">${escapeHtml(t)}</span><button type="button" class="chip-remove">×</button></li>`).join('');
    const note = a.note
      ? `<div class="note-preview markdown">${a.note
          .split('\n')
          .map((line) => `<p>${escapeHtml(line)}</p>`)
          .join('')}</div>`
      : '';
    return `<li><article class="annotation-card color-${a.color}">
      <div class="annotation-top"><span class="swatch swatch-${a.color}"></span><select class="color-select"><option>${a.color}</option></select>
      <button type="button" class="icon-button annotation-delete">🗑</button></div>
      ${quote}
      <div class="tag-editor"><ul class="chips">${chips}</ul><input class="tag-input" placeholder="Add tag"></div>
      <div class="note-view">${note}<button type="button" class="button button-small">${a.note ? 'Edit note' : 'Add a note'}</button></div>
      <p class="annotation-dates">Created ${a.createdAt}</p>
    </article></li>`;
  });
  return page(`<aside class="pane pane-annotations baseline-pane"><div class="pane-scroll" id="list"><ol class="annotation-list">${cards.join('\n')}</ol></div></aside>`, LIST_CSS);
};

/** Every library row, as static HTML with the app's classes. */
export const staticLibraryPage = (documents: readonly DocumentSummary[]): string => {
  const rows = documents.map(
    (d) => `<li class="document-item"><button type="button" class="document-open" title="${escapeHtml(d.title)}">
      <span class="document-title">${escapeHtml(d.title)}</span>
      <span class="document-meta"><time>${d.createdAt.slice(0, 10)}</time><span> · </span><span>${d.excerptCount} excerpts</span></span></button>
      <button type="button" class="icon-button document-delete">🗑</button></li>`,
  );
  return page(`<nav class="pane pane-library baseline-pane"><div class="pane-scroll" id="list"><ul class="document-list">${rows.join('\n')}</ul></div></nav>`, LIST_CSS);
};
