import { importArticle } from './support/api';
import { mainToolbar, openApp, openDocument, reader } from './support/app';
import { ARTICLE } from './support/article';
import { expect, test } from './support/fixtures';

/** The two keyboard dialogs: `?` lists the shortcuts, Ctrl+K is the command palette; Escape closes both. */
test.beforeEach(async ({ page, glossa }) => {
  await importArticle(glossa);
  await openApp(page, glossa, [ARTICLE.title]);
  await openDocument(page, ARTICLE.title);
  // Keys go to the page, not to a field.
  await reader(page).getByRole('heading', { level: 1 }).click();
});

test('? opens the keyboard shortcuts and Escape closes them', async ({ page }) => {
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toHaveCount(0);

  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('table')).toHaveCount(4);
  await expect(dialog.getByRole('cell', { name: 'Open the command palette' })).toBeVisible();
  await expect(dialog.getByRole('cell', { name: 'Highlight the selection (1 yellow … 6 orange)' })).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  // Focus went back to the page, so the shortcut works again.
  await page.keyboard.press('?');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toHaveCount(0);
});

test('Ctrl+K opens the command palette, filters it, and Escape closes it', async ({ page }) => {
  const palette = page.getByRole('dialog', { name: 'Command palette' });
  await page.keyboard.press('Control+k');
  await expect(palette).toBeVisible();
  const search = palette.getByRole('combobox', { name: 'Type a command or an article title' });
  await expect(search).toBeFocused();

  await search.pressSequentially('dark');
  await expect(palette.getByRole('option')).toHaveText([/Switch light \/ dark theme/]);
  await search.fill('zzzz-nothing');
  await expect(palette.getByText('No command or article matches.')).toBeVisible();

  await page.keyboard.press('Escape');
  await expect(palette).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveAttribute('data-theme', 'dark');

  // Opened from the toolbar too, and a command runs with Enter.
  await mainToolbar(page).getByRole('button', { name: 'Commands' }).click();
  await expect(palette).toBeVisible();
  await search.pressSequentially('dark');
  await search.press('Enter');
  await expect(palette).toHaveCount(0);
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});
