import type { Locator, Page } from '@playwright/test';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { marked } from 'marked';
import type { ImportReport } from '../data/model/api';
import type { DocumentSummary } from '../data/model/schemas';
import { callApi } from './support/api';
import { annotationsPane, library, openApp, openDocument, paragraphWith, reader, selectionToolbar, selectWithMouse } from './support/app';
import { expect, test } from './support/fixtures';
import { runGlossa, startGlossaServer } from './support/glossa-server';
import { CONSOLE_MARK, PAYLOADS, REMOTE_HOST, SENTINEL, allPayloadsMarkdown, fire, hostileHtmlPage } from './support/hostile-payloads';

/**
 * Hostile articles, notes, tags and titles through the app's real path (glossa serve, the
 * import API, the renderer in Chromium): nothing may run and nothing may be fetched from
 * anywhere but the app's own origin. A control renders the same payloads without the app's
 * sanitising and CSP and must see them run and fetch, so a silent pass means something.
 */

/** Tags are plain text up to 100 characters; these would be live if ever treated as HTML. */
const TAG_PAYLOADS = [
  `<img src=x onerror=${SENTINEL}('tag-img')>`,
  `<script>${SENTINEL}('tag-script')</script>`,
  `"><svg onload=${SENTINEL}('tag-svg')>`,
  `javascript:${SENTINEL}('tag-js')`,
  `研究/<iframe srcdoc="<script>${SENTINEL}('tag-iframe')</script>">`,
];
const TITLE_PAYLOAD = `<img src=x onerror="${fire('doc-title')}"> 標題`;
/** Colour names (at most 40 characters) label the toolbar and every card's colour menu. */
const COLOR_NAME_PAYLOADS = { pink: `<img src=x onerror=${SENTINEL}('c1')>`, green: `<svg onload=${SENTINEL}('c2')>` };

interface Watch {
  /** Payload ids that reached the binding. */
  fired: string[];
  consoleMarks: string[];
  dialogs: string[];
  popups: string[];
  /** Every request URL the page made, in order. */
  requests: string[];
  /** CSP violations, as "directive blockedURI on target". */
  cspViolations: string[];
  foreign(): string[];
  /** `window.__pwned` in any frame. */
  pwnedGlobals(): Promise<string[]>;
}

/**
 * Every detector at once. Requests anywhere but `ownOrigin` are recorded and then aborted,
 * so a leak is seen without the machine ever reaching for the network. Chromium reports a
 * request the CSP blocks too (then fails it with "csp"), so an attempt counts as a leak even
 * where the policy held: the sanitiser must stop remote content before the CSP has to.
 */
const watchPage = async (page: Page, ownOrigin: string | null): Promise<Watch> => {
  const watch: Omit<Watch, 'foreign' | 'pwnedGlobals'> = { fired: [], consoleMarks: [], dialogs: [], popups: [], requests: [], cspViolations: [] };
  const isOwn = (url: string) => ownOrigin !== null && (url === ownOrigin || url.startsWith(`${ownOrigin}/`));
  // data: URLs never leave the page (the sanitiser allows inline raster images only).
  const isNetwork = (url: string) => !url.startsWith('data:');
  await page.exposeBinding(SENTINEL, (_source, id: unknown) => void watch.fired.push(String(id)));
  await page.exposeBinding('__glossaCspViolation', (_source, what: unknown) => void watch.cspViolations.push(String(what)));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const target = e.target instanceof Element ? `${e.target.tagName.toLowerCase()}${e.target.isConnected ? '' : ' (detached)'}` : 'document';
      (window as unknown as { __glossaCspViolation(s: string): void }).__glossaCspViolation(`${e.effectiveDirective} ${e.blockedURI} on ${target}`);
    });
  });
  page.on('request', (r) => void watch.requests.push(r.url()));
  page.on('console', (m) => {
    if (m.text().includes(CONSOLE_MARK)) watch.consoleMarks.push(m.text());
  });
  page.on('dialog', (d) => {
    watch.dialogs.push(`${d.type()}: ${d.message()}`);
    void d.dismiss();
  });
  page.context().on('page', (p) => void watch.popups.push(p.url()));
  await page.route((url) => !isOwn(url.href) && isNetwork(url.href), (route) => route.abort('blockedbyclient'));
  return {
    ...watch,
    foreign: () => watch.requests.filter((u) => isNetwork(u) && !isOwn(u)),
    pwnedGlobals: async () => {
      const found: string[] = [];
      for (const frame of page.frames()) {
        const value = await frame.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned).catch(() => undefined);
        if (value !== undefined) found.push(`${frame.url()}: ${String(value)}`);
      }
      return found;
    },
  };
};

/**
 * What user content may look like once rendered: the tags the note sanitiser allows, no event
 * handler or style attribute, links only to the web or mail, images only inline rasters.
 * Checked in the page on every container of user text (notes, the article, titles, tags).
 */
const auditRenderedContent = (page: Page): Promise<string[]> =>
  page.evaluate(() => {
    const allowed = new Set(['P', 'BR', 'STRONG', 'EM', 'DEL', 'S', 'CODE', 'PRE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'A', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HR', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TH', 'TD', 'IMG', 'DIV', 'SPAN', 'SECTION', 'MARK']);
    const problems: string[] = [];
    const containers = document.querySelectorAll('.markdown, main article, .document-title, .annotation-card .tag, .tag-list, .search-results, h1');
    for (const root of containers) {
      for (const el of [root, ...root.querySelectorAll('*')]) {
        const where = `${el.tagName.toLowerCase()} in ${root.className || root.tagName.toLowerCase()}`;
        if (el !== root && !allowed.has(el.tagName) && !el.closest('button, label, input, svg[aria-hidden="true"]')) problems.push(`element ${where}`);
        for (const attr of el.getAttributeNames()) {
          if (/^on/i.test(attr)) problems.push(`handler ${attr} on ${where}`);
          if (attr === 'srcdoc' || attr === 'srcset' || attr === 'formaction' || attr === 'xlink:href') problems.push(`${attr} on ${where}`);
        }
        if (el.closest('.markdown') && el.hasAttribute('style')) problems.push(`style attribute on ${where}`);
        if (el instanceof HTMLAnchorElement && el.hasAttribute('href') && !/^(https?|mailto):$/.test(el.protocol)) problems.push(`link ${el.getAttribute('href')} on ${where}`);
        if (el instanceof HTMLImageElement && !/^data:image\/(png|gif|jpeg|webp);base64,/i.test(el.getAttribute('src') ?? '')) problems.push(`image ${el.getAttribute('src')} on ${where}`);
      }
    }
    return problems;
  });

/** A short quiet spell after rendering, for error and load events that fire a task later. */
const settle = (page: Page) => page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 400))));

/**
 * Scrolls the first scrollable element inside `root` from top to bottom in steps, calling
 * `onStep` at each, so rows and blocks rendered only near the viewport are all rendered once.
 */
const scrollThrough = async (root: Locator, onStep: () => Promise<void>) => {
  for (let step = 0; step < 300; step++) {
    await onStep();
    const atEnd = await root.evaluate((el) => {
      const scroller = [el, ...el.querySelectorAll('*')].find((e) => e.scrollHeight > e.clientHeight + 4 && getComputedStyle(e).overflowY !== 'visible');
      if (!scroller) return true;
      const end = scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 4;
      scroller.scrollTop += Math.max(100, scroller.clientHeight * 0.6);
      return end;
    });
    if (atEnd) return;
    await root.page().evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  }
};

/** Every card of the (virtualised) annotations pane rendered at least once, audited as it shows. */
const visitEveryCard = async (page: Page, expected: number, onStep: () => Promise<void>) => {
  const seen = new Set<string>();
  const pane = annotationsPane(page);
  await expect(pane.getByRole('article').first()).toBeVisible();
  await scrollThrough(pane, async () => {
    for (const id of await pane.locator('[data-annotation-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-annotation-id') ?? ''))) seen.add(id);
    await onStep();
  });
  expect(seen.size, 'every annotation card was rendered at least once').toBeGreaterThanOrEqual(expected);
};

test('hostile articles, notes, tags and titles run nothing and fetch nothing off the app origin', async ({ page, glossa }) => {
  const watch = await watchPage(page, glossa.origin);
  const problems = new Set<string>();
  const audit = async () => {
    for (const p of await auditRenderedContent(page)) problems.add(p);
  };

  // Articles, annotations and notes carrying the payloads, through the real import API.
  const anchorLines = PAYLOADS.map((p, i) => `第${i + 1}段：${p.id} 的位置在這裡。`);
  const report = await callApi<ImportReport>(glossa, 'importFileData', {
    files: [
      { fileName: 'hostile.md', dataBase64: Buffer.from(`# Hostile Markdown\n\n${allPayloadsMarkdown()}\n`).toString('base64') },
      { fileName: 'hostile.html', dataBase64: Buffer.from(hostileHtmlPage()).toString('base64') },
      { fileName: 'anchors.txt', dataBase64: Buffer.from(`錨點\n\n${anchorLines.join('\n\n')}\n`).toString('base64') },
    ],
  });
  expect(report.failed).toEqual([]);
  const [mdDoc, htmlDoc, textDoc] = ['hostile.md', 'hostile.html', 'anchors.txt'].map(
    (name) => report.imported.find((d) => d.fileName === name) as DocumentSummary,
  );
  for (const [i, p] of PAYLOADS.entries()) {
    await callApi(glossa, 'createAnnotation', {
      documentId: textDoc.id,
      anchor: { exact: anchorLines[i] },
      color: 'pink',
      tags: [TAG_PAYLOADS[i % TAG_PAYLOADS.length]],
      note: p.source,
    });
  }
  await callApi(glossa, 'updateDocument', { id: textDoc.id, title: TITLE_PAYLOAD, note: allPayloadsMarkdown() });
  await callApi(glossa, 'updateSettings', { patch: { colorNames: COLOR_NAME_PAYLOADS } });

  await openApp(page, glossa, [TITLE_PAYLOAD, mdDoc.title, htmlDoc.title]);
  await audit();

  await test.step('the Markdown article, and the payloads typed into its note (live preview)', async () => {
    await openDocument(page, mdDoc.title);
    await expect(reader(page).locator('article')).toBeVisible();
    await scrollThrough(reader(page), audit);
    await settle(page);
    await audit();
    const note = annotationsPane(page).locator('.document-note');
    await note.locator('summary').click();
    await note.getByRole('button', { name: 'Add a note' }).click();
    await note.getByRole('textbox').fill(allPayloadsMarkdown());
    await expect(note.locator('.note-live .note-preview')).toContainText('md-js-link');
    await settle(page);
    await audit();
    await note.getByRole('button', { name: 'Done' }).click();
    await expect(note.locator('.note-view .note-preview')).toContainText('md-js-link');
    await settle(page);
    await audit();
  });

  await test.step('the saved web page (title, head and body payloads)', async () => {
    await openDocument(page, htmlDoc.title);
    await expect(reader(page).getByRole('link', { name: 'safe link' })).toHaveAttribute('href', 'https://example.org/ok');
    await scrollThrough(reader(page), audit);
    await expect(reader(page).getByText('an entity link')).toBeVisible();
    await expect(reader(page).getByRole('link', { name: 'an entity link' })).toHaveCount(0);
    await settle(page);
    await audit();
  });

  await test.step('the article with a payload title, payload tags, a payload note per excerpt and a payload article note', async () => {
    await openDocument(page, TITLE_PAYLOAD);
    await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(TITLE_PAYLOAD);
    await expect(annotationsPane(page).locator('.document-note .note-preview')).toContainText('md-js-link');
    await visitEveryCard(page, PAYLOADS.length, async () => {
      await audit();
    });
    await settle(page);
    await audit();
    // The selection toolbar names its colours with the payload colour names.
    await selectWithMouse(page, paragraphWith(page, anchorLines[0]), anchorLines[0].slice(0, 6));
    await expect(selectionToolbar(page).getByRole('button', { name: `Highlight in ${COLOR_NAME_PAYLOADS.pink}` })).toBeVisible();
    await settle(page);
    await audit();
    await page.keyboard.press('Escape');
  });

  await test.step('search results and the tag list show the payloads as text', async () => {
    await expect(library(page).getByText(TAG_PAYLOADS[0], { exact: true }).first()).toBeVisible();
    const box = library(page).getByRole('searchbox', { name: 'Search the notebook' });
    await box.fill('onerror');
    await expect(library(page).getByRole('region', { name: 'Search results' }).locator('.search-doc').first()).toBeVisible();
    await settle(page);
    await audit();
    await box.fill('');
  });

  await settle(page);
  const foreign = watch.foreign();
  await test.info().attach('requests.txt', { body: watch.requests.join('\n'), contentType: 'text/plain' });
  expect(watch.fired, 'payloads that ran (page binding)').toEqual([]);
  expect(watch.consoleMarks, 'payloads that ran (console)').toEqual([]);
  expect(watch.dialogs, 'dialogs opened').toEqual([]);
  expect(await watch.pwnedGlobals(), 'window.__pwned set in a frame').toEqual([]);
  expect(watch.popups, 'windows opened').toEqual([]);
  expect(foreign, 'requests to anywhere but the app origin').toEqual([]);
  expect(watch.requests.some((u) => u.includes(REMOTE_HOST))).toBe(false);
  expect([...problems], 'rendered user content the sanitiser should not have let through').toEqual([]);
  // The sanitiser parses each note in an inert document first; Chromium reports that parse's
  // inline handlers, styles and <base> as violations on the document even though nothing in
  // an inert document can run or load. Anything the policy had to stop on a rendered element
  // (or any other directive) means the sanitiser let it through and only the CSP held.
  await test.info().attach('csp-violations.txt', { body: watch.cspViolations.join('\n'), contentType: 'text/plain' });
  const fromInertParse = /^(script-src-attr inline|style-src-attr inline|style-src-elem inline|base-uri https:\/\/example\.invalid\/) on document$/;
  // zod (bundled in the renderer) probes once whether eval works, `new Function("")` in a
  // try/catch, and falls back to its interpreter when the CSP says no; not user content.
  const zodEvalProbe = /^script-src eval on document$/;
  const unexplained = watch.cspViolations.filter((v) => !fromInertParse.test(v) && !zodEvalProbe.test(v));
  expect(unexplained, 'things only the CSP stopped (the sanitiser let them through)').toEqual([]);
  // The detectors were alive: the app itself made requests to its own origin.
  expect(watch.requests.filter((u) => u.startsWith(glossa.origin)).length).toBeGreaterThan(0);
});

/**
 * Import keeps only safe links, but a document file is readable JSON that anyone can edit (or
 * a sync conflict can mangle): the reader must check each link again and show the rest as text.
 */
const UNSAFE_HREFS: Record<string, string> = {
  'js-scheme': `javascript:${fire('file-js-scheme')}`,
  'js-upper': `JaVaScRiPt:${fire('file-js-upper')}`,
  'js-leading-space': ` javascript:${fire('file-js-leading-space')}`,
  'js-tab': `java\tscript:${fire('file-js-tab')}`,
  'js-newline': `java\nscript:${fire('file-js-newline')}`,
  'js-entity': `jav&#x61;script:${fire('file-js-entity')}`,
  'data-html': `data:text/html;base64,${Buffer.from(`<script>${fire('file-data-html')}</script>`).toString('base64')}`,
  vbscript: 'vbscript:msgbox(1)',
  'file-url': 'file:///etc/passwd',
  relative: '/api/op/listDocuments',
  'protocol-relative': `//${REMOTE_HOST}/protocol-relative`,
  blob: 'blob:http://127.0.0.1/x',
};

test('links in a hand-edited document file are checked again by the reader', async ({ page, notebook }) => {
  const ids = Object.keys(UNSAFE_HREFS);
  const source = join(notebook, 'edited-links.md');
  writeFileSync(source, `# Edited links\n\n${ids.map((id) => `- [${id}](https://example.org/${id})`).join('\n')}\n- [safe](https://example.org/safe)\n`);
  const imported = await runGlossa(['import', source], notebook);
  expect(imported.code, imported.stderr).toBe(0);
  rmSync(source);
  const [file] = readdirSync(join(notebook, 'documents')).filter((f) => f.endsWith('.json'));
  const path = join(notebook, 'documents', file);
  const stored = JSON.parse(readFileSync(path, 'utf8'));
  for (const block of stored.document.blocks) {
    for (const run of block.runs ?? []) {
      const id = run.href?.replace('https://example.org/', '');
      if (id in UNSAFE_HREFS) run.href = UNSAFE_HREFS[id];
    }
  }
  writeFileSync(path, JSON.stringify(stored, null, 2));

  const server = await startGlossaServer(notebook);
  try {
    const watch = await watchPage(page, server.origin);
    await openApp(page, server, ['Edited links']);
    await openDocument(page, 'Edited links');
    const article = reader(page).locator('article');
    for (const id of ids) await expect(article.getByText(id, { exact: true })).toBeVisible();
    // Only the safe link is a link; the others are their text.
    await expect(article.getByRole('link')).toHaveCount(1);
    await expect(article.getByRole('link', { name: 'safe' })).toHaveAttribute('href', 'https://example.org/safe');
    for (const id of ids) await article.getByText(id, { exact: true }).click();
    await settle(page);
    expect(await auditRenderedContent(page)).toEqual([]);
    expect(watch.fired).toEqual([]);
    expect(watch.dialogs).toEqual([]);
    expect(watch.popups).toEqual([]);
    expect(watch.foreign()).toEqual([]);
    expect(page.url().startsWith(server.origin)).toBe(true);
  } finally {
    await server.stop();
  }
});

test('browser mode: the token leaves the address bar and is never sent as a Referer, not even to a clicked link', async ({ page, glossa }) => {
  const sent: { url: string; referer: string }[] = [];
  const context = page.context();
  // The whole context (popups included) stays on this machine.
  await context.route((url) => !url.href.startsWith(`${glossa.origin}/`), (route) => route.abort('blockedbyclient'));
  context.on('request', (r) => void sent.push({ url: r.url(), referer: r.headers()['referer'] ?? '' }));
  const report = await callApi<ImportReport>(glossa, 'importFileData', {
    files: [{ fileName: 'links.html', dataBase64: Buffer.from(hostileHtmlPage()).toString('base64') }],
  });
  await openApp(page, glossa, [report.imported[0].title]);
  await expect.poll(() => page.url()).not.toContain(glossa.token);
  await openDocument(page, report.imported[0].title);
  const popup = page.waitForEvent('popup');
  await reader(page).getByRole('link', { name: 'safe link' }).click();
  const opened = await popup;
  await expect.poll(() => sent.some((r) => r.url === 'https://example.org/ok')).toBe(true);
  await opened.close();

  expect(sent.filter((r) => r.url.startsWith(glossa.origin)).length).toBeGreaterThan(3);
  expect(sent.filter((r) => r.referer.includes(glossa.token)).map((r) => r.url), 'requests whose Referer carries the token').toEqual([]);
  expect(sent.find((r) => r.url === 'https://example.org/ok')?.referer, 'a clicked link sends no Referer at all').toBe('');
  expect(sent.filter((r) => !r.url.startsWith(glossa.origin) && r.url !== 'https://example.org/ok').map((r) => r.url)).toEqual([]);
});

test('control: the same payloads without sanitising or CSP do run and do fetch (the detectors work)', async ({ page }) => {
  const watch = await watchPage(page, null);
  // What marked alone makes of each payload (as the app's notes pipeline before DOMPurify),
  // dropped into a page with no Content-Security-Policy.
  const body = PAYLOADS.map((p) => `<section id="${p.id}">${marked.parse(p.source, { async: false, gfm: true, breaks: true })}</section>`).join('\n');
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
  await expect.poll(() => watch.fired.length, { message: 'unsanitised payloads run' }).toBeGreaterThan(3);
  await expect.poll(() => watch.foreign().filter((u) => u.includes(REMOTE_HOST)).length, { message: 'unsanitised payloads fetch' }).toBeGreaterThan(3);
  // Link payloads are live too: one click runs one.
  await page.getByRole('link', { name: 'md-js-link' }).click();
  await expect.poll(() => watch.fired).toContain('md-js-link');
  expect(watch.consoleMarks.length).toBeGreaterThan(0);
  expect((await watch.pwnedGlobals()).length).toBeGreaterThan(0);

  // The raw saved web page, likewise.
  const pageWatch = { before: watch.fired.length };
  await page.setContent(hostileHtmlPage());
  await expect.poll(() => watch.fired.length).toBeGreaterThan(pageWatch.before);

  const ran = [...new Set(watch.fired)].sort();
  const fetched = [...new Set(watch.foreign())].sort();
  await test.info().attach('control.txt', { body: `ran (${ran.length}):\n${ran.join('\n')}\n\nfetched (${fetched.length}):\n${fetched.join('\n')}\n`, contentType: 'text/plain' });
  console.log(`control: ${ran.length} payloads ran (${ran.join(', ')}); ${fetched.length} remote URLs requested`);
});
