import { annotate, importArticle, listAnnotations } from './support/api';
import {
  annotationsPane,
  card,
  highlightSize,
  mainToolbar,
  openApp,
  openDocument,
  paragraphWith,
  selectionToolbar,
  selectWithMouse,
} from './support/app';
import { ARTICLE } from './support/article';
import { expect, test } from './support/fixtures';

/**
 * Ctrl+Z / Ctrl+Shift+Z outside text fields undo and redo annotation changes, on screen and
 * in the notebook. (Inside a text field the same keys are the field's own text undo.)
 */
const QUOTE = ARTICLE.quotes.opening;
const NEW_QUOTE = ARTICLE.quotes.selectable;

/** Leave every text field and <select>: the app's undo applies only outside them. */
const focusOutsideFields = async (page: Parameters<typeof openApp>[0]) => {
  await annotationsPane(page).getByRole('heading', { name: 'Annotations', level: 2 }).click();
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('BODY');
};

test('Ctrl+Z and Ctrl+Shift+Z undo and redo a colour change', async ({ page, glossa }) => {
  const doc = await importArticle(glossa);
  const seeded = await annotate(glossa, doc.id, { exact: QUOTE, color: 'yellow' });
  await openApp(page, glossa, [ARTICLE.title]);
  await openDocument(page, ARTICLE.title);
  const colour = card(page, QUOTE).getByRole('combobox', { name: 'Colour' });
  const undoButton = mainToolbar(page).getByRole('button', { name: 'Undo' });
  await expect(colour).toHaveValue('yellow');
  await expect(undoButton).toBeDisabled();

  await colour.selectOption('blue');
  await expect.poll(() => highlightSize(page, 'glossa-blue')).toBe(1);
  await expect(undoButton).toBeEnabled();
  await focusOutsideFields(page);

  await page.keyboard.press('Control+z');
  await expect(colour).toHaveValue('yellow');
  await expect.poll(() => highlightSize(page, 'glossa-yellow')).toBe(1);
  await expect.poll(() => highlightSize(page, 'glossa-blue')).toBe(0);
  await expect.poll(async () => (await listAnnotations(glossa, doc.id))[0].color).toBe('yellow');

  await page.keyboard.press('Control+Shift+z');
  await expect(colour).toHaveValue('blue');
  await expect.poll(() => highlightSize(page, 'glossa-blue')).toBe(1);
  await expect.poll(async () => (await listAnnotations(glossa, doc.id))[0]).toMatchObject({ id: seeded.id, color: 'blue' });
});

test('Ctrl+Z removes a new highlight and Ctrl+Shift+Z brings it back', async ({ page, glossa }) => {
  const doc = await importArticle(glossa);
  await openApp(page, glossa, [ARTICLE.title]);
  await openDocument(page, ARTICLE.title);

  await selectWithMouse(page, paragraphWith(page, NEW_QUOTE), NEW_QUOTE);
  await selectionToolbar(page).getByRole('button', { name: 'Highlight in Pink' }).click();
  await expect(card(page, NEW_QUOTE)).toBeVisible();
  await expect.poll(() => highlightSize(page, 'glossa-pink')).toBe(1);
  await focusOutsideFields(page);

  await page.keyboard.press('Control+z');
  await expect(card(page, NEW_QUOTE)).toHaveCount(0);
  await expect(annotationsPane(page).getByRole('heading', { name: 'No annotations yet' })).toBeVisible();
  await expect.poll(() => highlightSize(page, 'glossa-pink')).toBe(0);
  await expect.poll(async () => (await listAnnotations(glossa, doc.id)).length).toBe(0);

  await page.keyboard.press('Control+Shift+z');
  await expect(card(page, NEW_QUOTE)).toBeVisible();
  await expect.poll(() => highlightSize(page, 'glossa-pink')).toBe(1);
  await expect.poll(async () => (await listAnnotations(glossa, doc.id)).map((a) => a.target?.quote.exact)).toEqual([NEW_QUOTE]);
});
