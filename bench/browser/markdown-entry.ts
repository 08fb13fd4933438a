// The renderer's exact Markdown pipeline, bundled for a plain Chromium page (markdown-chromium.bench.ts).
// eslint-disable-next-line glossa/import-boundaries
export { renderMarkdown } from '../../renderer/src/markdown/render-markdown';
export { marked } from 'marked';
