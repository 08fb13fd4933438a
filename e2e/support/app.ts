import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';
import type { GlossaServer } from './glossa-server';

/**
 * The app as a person sees it: landmarks and controls found by their English accessible
 * names (renderer/src/i18n/messages-en.ts, renderer/src/reader/messages.ts).
 */
export const library = (page: Page) => page.getByRole('navigation', { name: 'Library' });
export const reader = (page: Page) => page.getByRole('main', { name: 'Article' });
export const annotationsPane = (page: Page) => page.getByRole('complementary', { name: 'Annotations' });
export const mainToolbar = (page: Page) => page.getByRole('toolbar', { name: 'Main toolbar' });
export const selectionToolbar = (page: Page) => page.getByRole('toolbar', { name: 'Selected text' });
/** The article's own text (the title is a header above it). */
export const articleText = (page: Page) => reader(page).locator('article');
export const paragraphWith = (page: Page, text: string) => articleText(page).locator('p').filter({ hasText: text });
/** One annotation's card in the right pane, found by (part of) its quote. */
export const card = (page: Page, quote: string) => annotationsPane(page).getByRole('article').filter({ hasText: quote });

/** Open the URL glossa serve printed and wait until the library has loaded. */
export const openApp = async (page: Page, server: GlossaServer, expectTitles: string[] = []) => {
  await page.goto(server.url);
  await expect(mainToolbar(page)).toBeVisible();
  for (const title of expectTitles) await expect(library(page).getByTitle(title, { exact: true })).toBeVisible();
};

export const documentTitles = (page: Page): Promise<string[]> => library(page).locator('.document-title').allTextContents();

export const openDocument = async (page: Page, title: string) => {
  await library(page).getByTitle(title, { exact: true }).click();
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(title);
};

/** What the Import button's file picker would receive. */
export const chooseFiles = (page: Page, files: Parameters<Locator['setInputFiles']>[0]) =>
  page.locator('input[type="file"]').setInputFiles(files);

/** How many ranges a CSS Custom Highlight registry holds (0 when it is not registered). */
export const highlightSize = (page: Page, name: string): Promise<number> =>
  page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);

/** The text of the page's current selection. */
export const selectedText = (page: Page): Promise<string> => page.evaluate(() => document.getSelection()?.toString() ?? '');

/**
 * Select `quote` inside `block` with the real mouse: press on the left part of its first
 * character, drag to the right part of its last one, release. Coordinates come from the
 * characters' layout boxes; the selection itself is made by Chromium from the mouse events.
 */
export const selectWithMouse = async (page: Page, block: Locator, quote: string) => {
  await block.scrollIntoViewIfNeeded();
  const boxes = await block.evaluate((el, q) => {
    const text = el.textContent ?? '';
    const at = text.indexOf(q);
    if (at < 0) throw new Error(`"${q}" is not in this block`);
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    const charBox = (offset: number) => {
      let seen = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0;
        if (offset < seen + length) {
          const range = document.createRange();
          range.setStart(node, offset - seen);
          range.setEnd(node, offset - seen + 1);
          const r = range.getClientRects()[0];
          return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
        }
        seen += length;
      }
      throw new Error(`offset ${offset} is past the block's text`);
    };
    const first = charBox(at);
    walker.currentNode = el;
    return { first, last: charBox(at + q.length - 1) };
  }, quote);
  const { first, last } = boxes;
  const inset = (r: { left: number; right: number }) => (r.right - r.left) * 0.25;
  await page.mouse.move(first.left + inset(first), (first.top + first.bottom) / 2);
  await page.mouse.down();
  await page.mouse.move(last.right - inset(last), (last.top + last.bottom) / 2, { steps: 12 });
  await page.mouse.up();
  await expect.poll(() => selectedText(page), { message: 'the mouse selection covers the quote' }).toBe(quote);
};
