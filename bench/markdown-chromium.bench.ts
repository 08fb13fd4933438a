import { join } from 'node:path';
import type { BenchRow } from './bench-table';
import { launchChromium } from './browser/harness';
import { ordinaryNote, pathologicalNotes } from './gen/markdown';
import { trainChain } from './gen/markov';
import { seeded } from './gen/random';

/**
 * The same notes as markdown.bench.ts, in Chromium: renderMarkdown (limits, marked, then
 * DOMPurify on the browser's own DOM) bundled by Vite exactly as the renderer imports it.
 * This is the figure the app sees; the jsdom figure is an upper bound.
 */
const bundle = async (): Promise<string> => {
  const { build } = await import('vite');
  const out = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: true,
      lib: { entry: join(__dirname, 'browser/markdown-entry.ts'), name: 'GlossaMarkdown', formats: ['iife'], fileName: () => 'markdown.js' },
    },
  });
  const outputs = (Array.isArray(out) ? out : [out]) as { output: { type: string; code?: string }[] }[];
  const chunk = outputs[0].output.find((o) => o.type === 'chunk');
  if (!chunk?.code) throw new Error('vite produced no bundle for the Markdown pipeline');
  return chunk.code;
};

export const run = async (): Promise<BenchRow[]> => {
  const code = await bundle();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><meta charset="utf-8"><body></body>');
    await page.addScriptTag({ content: code });
    const time = (source: string, which: 'ours' | 'marked', runs: number) =>
      page.evaluate(
        ({ source, which, runs }) => {
          const g = (window as unknown as { GlossaMarkdown: { renderMarkdown: (s: string) => unknown; marked: { parse: (s: string, o: object) => unknown } } }).GlossaMarkdown;
          const times: number[] = [];
          for (let i = 0; i < runs; i++) {
            const t = performance.now();
            if (which === 'ours') g.renderMarkdown(source);
            else g.marked.parse(source, { async: false, gfm: true, breaks: true });
            times.push(performance.now() - t);
          }
          return times.sort((a, b) => a - b)[Math.floor(runs / 2)];
        },
        { source, which, runs },
      );
    const note = ordinaryNote(trainChain(), seeded(30_004), 100 * 1024);
    const rows: BenchRow[] = [
      {
        benchmark: 'markdown in Chromium: 100 KB note rendered and sanitised (median of 5)',
        figure: await time(note, 'ours', 5),
        unit: 'ms',
        target: 50,
        baseline: await time(note, 'marked', 5),
        baselineNote: 'marked alone on the same note in the same page, no sanitising',
      },
    ];
    for (const { name, source } of pathologicalNotes()) {
      rows.push({ benchmark: `markdown in Chromium, pathological: ${name}`, figure: await time(source, 'ours', 1), unit: 'ms', target: 1000 });
    }
    return rows;
  } finally {
    await browser.close();
  }
};
