import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM, VirtualConsole } from 'jsdom';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { PAYLOADS, hostileHtmlPage } from '../../e2e/support/hostile-payloads';
import type { Block } from '../model/schemas';
import { importBytes } from './import-bytes';

/**
 * Importing hostile HTML and Markdown on the Node side: jsdom must run none of the page's
 * scripts and load none of its resources (a saved page could otherwise make the importing
 * machine call out, or reach local services), and only web and mail links may survive.
 * A local server stands in for "the network" and counts every request it gets.
 */
let server: Server;
let hits: string[];
let origin: string;

beforeAll(async () => {
  hits = [];
  server = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.writeHead(200, { 'Content-Type': req.url?.endsWith('.js') ? 'text/javascript' : 'text/plain' });
    res.end(req.url?.endsWith('.js') ? callHome('external-script') : 'x');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
beforeEach(() => {
  hits = [];
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Script that reports it ran (XMLHttpRequest: jsdom has no fetch, and loads no images). */
const callHome = (what: string) => `var x=new XMLHttpRequest();x.open('GET','${origin}/ran-${what}');x.send()`;

/** Everything a browser would fetch or run on its own, all pointing at the counting server. */
const callingPage = () => `<!doctype html><html><head>
<title>Calls home</title>
<base href="${origin}/base/">
<link rel="stylesheet" href="${origin}/style.css"><link rel="preload" href="${origin}/preload" as="fetch">
<link rel="icon" href="${origin}/favicon.ico"><meta http-equiv="refresh" content="0;url=${origin}/refresh">
<script src="${origin}/external.js"></script>
<script>${callHome('inline-script')}</script>
<style>@import url(${origin}/import.css); body { background: url(${origin}/background.png) }</style>
</head><body onload="${callHome('onload')}">
<article><h1>Calls home</h1>
<p>A paragraph long enough to be taken for an article by the extractor, with ordinary words in
it, and then some more words so that its score is that of prose and not of a menu.</p>
<img src="${origin}/img.png" srcset="${origin}/srcset.png 2x"><img src="relative.png">
<picture><source srcset="${origin}/picture.png"></picture><video poster="${origin}/poster.png" src="${origin}/video.mp4"></video>
<iframe src="${origin}/frame.html"></iframe><object data="${origin}/object"></object><embed src="${origin}/embed">
<svg><image href="${origin}/svg-image.png"/><script>${callHome('svg-script')}</script></svg>
<img src=x onerror="${callHome('onerror')}">
<p>A closing paragraph that is again long enough to count as prose for the article extractor
and to keep the page looking like an article rather than a list of links.</p>
</article></body></html>`;

const linksOf = (blocks: Block[]) => blocks.flatMap((b) => ('runs' in b ? b.runs : [])).flatMap((r) => (r.href === undefined ? [] : [r.href]));
const settle = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));

describe('importing hostile pages', () => {
  it('runs no script and loads no resource of an HTML page', async () => {
    const doc = importBytes({ bytes: Buffer.from(callingPage()), fileName: 'calls-home.html', url: `${origin}/page.html` });
    expect(doc.format).toBe('html');
    expect(doc.blocks.length).toBeGreaterThan(0);
    await settle();
    expect(hits).toEqual([]);
  });

  it('runs no script and loads no resource of raw HTML inside Markdown', async () => {
    const md = `# Calls home\n\n${callingPage().replace(/^<!doctype html>/, '')}\n\nText after.\n`;
    importBytes({ bytes: Buffer.from(md), fileName: 'calls-home.md' });
    await settle();
    expect(hits).toEqual([]);
  });

  it('keeps only web and mail links from the payload page and the payload Markdown', () => {
    const html = importBytes({ bytes: Buffer.from(hostileHtmlPage()), fileName: 'hostile.html' });
    const md = importBytes({ bytes: Buffer.from(PAYLOADS.map((p) => p.source).join('\n\n')), fileName: 'hostile.md' });
    const links = [...linksOf(html.blocks), ...linksOf(md.blocks)];
    expect(links).toContain('https://example.org/ok');
    for (const href of links) expect(new URL(href).protocol, href).toMatch(/^(https?|mailto):$/);
    // The title is text: whatever markup the page put there stays characters, not elements.
    expect(html.title).toMatch(/^Hostile page/);
  });

  it('control: a jsdom allowed to run scripts and load resources does call home (the counter works)', async () => {
    const dom = new JSDOM(callingPage(), { url: `${origin}/page.html`, runScripts: 'dangerously', resources: 'usable', virtualConsole: new VirtualConsole() });
    try {
      await expect.poll(() => hits.length, { timeout: 10_000 }).toBeGreaterThan(0);
      await expect.poll(() => hits.some((h) => h.startsWith('/ran-')), { timeout: 10_000 }).toBe(true);
    } finally {
      dom.window.close();
    }
  });
});
