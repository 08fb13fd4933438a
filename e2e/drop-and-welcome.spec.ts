import type { Locator, Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { listDocuments } from './support/api';
import { annotationsPane, card, documentTitles, highlightSize, library, openApp, reader } from './support/app';
import { expect, test } from './support/fixtures';

/**
 * Files dragged from the desktop, as the page sees them: a DataTransfer holding real File
 * objects, and dragenter / dragover / drop dispatched on the library's drop zone and on the
 * reader. Then the first-run welcome article, which arrives already annotated.
 */
const WELCOME_TITLE = '歡迎使用 Glossa · Welcome to Glossa';
const DROP_ZONE = 'Drop .txt, .md or .html files here';

interface DroppedFile {
  name: string;
  type: string;
  bytes: number[];
}

const utf8 = (name: string, text: string, type = 'text/plain'): DroppedFile => ({ name, type, bytes: [...Buffer.from(text, 'utf8')] });

const UTF8_TITLE = '拖放匯入的文章';
const UTF8_FILE = utf8(
  'drop-utf8.txt',
  `${UTF8_TITLE}\n這篇文章以 UTF-8 儲存，從桌面拖進圖書館的匯入區。\n第二段說明拖放與按鈕匯入走的是同一條路。\n`,
);

const BIG5_TITLE = '臺灣舊檔案的閱讀筆記';
const BIG5_PARAGRAPH = '這份檔案以 Big5 編碼儲存，是許多臺灣網站與圖書館在萬國碼普及以前使用的繁體中文編碼。';
const BIG5_TEXT = [
  BIG5_TITLE,
  BIG5_PARAGRAPH,
  '舊電腦裡常見這種檔案：學校的講義、報紙的剪報、論壇的文章，還有研究者多年來整理的書目與摘錄。',
  '匯入時應該自動辨認編碼，正確顯示每一個字，而不是出現亂碼或問號，標點符號「」與，。也要保持原樣。',
].join('\n');

const READER_TITLE = '放在文章區的筆記';
const READER_FILE = utf8('reader-drop.md', `# ${READER_TITLE}\n\n這個 Markdown 檔案放在閱讀區，整個視窗都接受拖放。\n`, 'text/markdown');

/** A DataTransfer in the page with real File objects, as the browser builds for a drag from the desktop. */
const dataTransfer = (page: Page, files: DroppedFile[]) =>
  page.evaluateHandle((list) => {
    const transfer = new DataTransfer();
    for (const f of list) transfer.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: f.type }));
    return transfer;
  }, files);

/**
 * Dispatch one drag event on `target` the way Chromium does (bubbling, cancelable) and say
 * whether the page called preventDefault: it must for dragover and drop, or a real browser
 * would refuse the drop and open the file itself.
 */
const drag = async (target: Locator, type: 'dragenter' | 'dragover' | 'dragleave' | 'drop', transfer: Awaited<ReturnType<typeof dataTransfer>>) =>
  target.evaluate(
    (el, { type, transfer }) => !el.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, composed: true, dataTransfer: transfer })),
    { type, transfer },
  );

/** By class: its accessible name changes while files are over it ("Release to import"). */
const dropZone = (page: Page) => library(page).locator('button.drop-zone');
const overlay = (page: Page) => page.locator('.drop-overlay');

test('files dropped on the library drop zone and on the reader are imported; an empty one is refused by name', async ({ page, glossa }) => {
  await openApp(page, glossa, [WELCOME_TITLE]);
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(WELCOME_TITLE);
  const zone = dropZone(page);
  await expect(zone).toBeVisible();
  await expect(zone).toHaveAccessibleName(DROP_ZONE);

  const big5 = [...iconv.encode(BIG5_TEXT, 'big5')];
  // Only meaningful if the bytes are not UTF-8 in disguise.
  expect(Buffer.from(big5).equals(Buffer.from(BIG5_TEXT, 'utf8'))).toBe(false);
  const files = await dataTransfer(page, [UTF8_FILE, { name: 'old-big5.txt', type: 'text/plain', bytes: big5 }, { name: 'empty.txt', type: 'text/plain', bytes: [] }]);

  await test.step('dragging over the zone lights it up, leaving it puts it back', async () => {
    expect(await drag(zone, 'dragenter', files)).toBe(true);
    await expect(zone).toHaveClass(/\bis-over\b/);
    await expect(zone).toHaveAccessibleName('Release to import');
    await expect(overlay(page)).toBeVisible();
    expect(await drag(zone, 'dragleave', files)).toBe(false);
    await expect(zone).not.toHaveClass(/\bis-(over|armed)\b/);
    await expect(zone).toHaveAccessibleName(DROP_ZONE);
    await expect(overlay(page)).toHaveCount(0);
  });

  await test.step('drop three files on the zone: two articles, one refusal', async () => {
    expect(await drag(zone, 'dragenter', files)).toBe(true);
    expect(await drag(zone, 'dragover', files), 'dragover is accepted').toBe(true);
    expect(await drag(zone, 'drop', files), 'the drop is taken by the page').toBe(true);
    await expect(overlay(page)).toHaveCount(0);
    await expect(zone).not.toHaveClass(/\bis-(over|armed)\b/);

    await expect(page.getByRole('status').getByText('Imported 2 articles.')).toBeVisible();
    const refusal = page.getByRole('alert').filter({ hasText: 'empty.txt' });
    await expect(refusal).toHaveText(/Not imported: empty\.txt: the file is empty/);
    // The first dropped article is opened.
    await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(UTF8_TITLE);
    await expect.poll(() => documentTitles(page)).toEqual(expect.arrayContaining([UTF8_TITLE, BIG5_TITLE, WELCOME_TITLE]));
    expect(await documentTitles(page)).toHaveLength(3);

    const stored = await listDocuments(glossa);
    expect(stored.find((d) => d.fileName === 'drop-utf8.txt')).toMatchObject({ title: UTF8_TITLE, encoding: 'utf-8' });
    expect(stored.find((d) => d.fileName === 'old-big5.txt')).toMatchObject({ title: BIG5_TITLE, encoding: 'big5' });
    expect(stored.some((d) => d.fileName === 'empty.txt')).toBe(false);

    // The Big5 text is decoded, not mojibake.
    await library(page).getByTitle(BIG5_TITLE, { exact: true }).click();
    await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(BIG5_TITLE);
    await expect(reader(page).locator('article p').first()).toHaveText(BIG5_PARAGRAPH);
  });

  await test.step('a file dropped on the reader is imported too: the whole window is a drop target', async () => {
    const target = reader(page).locator('article');
    const transfer = await dataTransfer(page, [READER_FILE]);
    expect(await drag(target, 'dragenter', transfer)).toBe(true);
    await expect(overlay(page)).toBeVisible();
    // The library's zone shows it is a target too, but it is not the one under the pointer.
    await expect(zone).toHaveClass(/\bis-armed\b/);
    expect(await drag(target, 'dragover', transfer)).toBe(true);
    expect(await drag(target, 'drop', transfer)).toBe(true);
    await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(READER_TITLE);
    await expect(overlay(page)).toHaveCount(0);
    await expect.poll(async () => (await listDocuments(glossa)).map((d) => d.fileName)).toContain('reader-drop.md');
  });
});

test('a fresh notebook shows the welcome article with its annotations', async ({ page, glossa }) => {
  const HIGHLIGHT = 'Glossa 是一本放在自己電腦上的研究筆記';
  const OVERLAP = '研究筆記：閱讀中文或英文文章';
  const EXCERPT = '學而不思則罔，思而不學則殆。';
  await openApp(page, glossa, [WELCOME_TITLE]);
  await expect(reader(page).getByRole('heading', { level: 1 })).toHaveText(WELCOME_TITLE);

  await expect(annotationsPane(page).getByRole('article')).toHaveCount(3);
  await expect(card(page, HIGHLIGHT).getByRole('combobox', { name: 'Colour' })).toHaveValue('yellow');
  await expect(card(page, OVERLAP).getByRole('combobox', { name: 'Colour' })).toHaveValue('pink');
  const excerpt = card(page, EXCERPT);
  await expect(excerpt.getByRole('combobox', { name: 'Colour' })).toHaveValue('green');
  await expect(excerpt.getByRole('list', { name: 'Tags' })).toHaveText('讀書方法');
  await expect(excerpt.locator('.note-preview ul > li')).toHaveText(['只讀不想 · reading without thinking', '只想不讀 · thinking without reading']);
  // Painted in the text, the two highlights overlapping.
  for (const colour of ['yellow', 'pink', 'green']) await expect.poll(() => highlightSize(page, `glossa-${colour}`)).toBe(1);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // The library counts the excerpt and lists its tag.
  await expect(library(page).getByTitle(WELCOME_TITLE, { exact: true })).toContainText('1 excerpt');
  await expect(library(page).getByRole('button', { name: /讀書方法\s*1/ })).toBeVisible();

  // Inline code, a code block and a link, as the reader renders them.
  await expect(reader(page).locator('article p code, article li code').first()).toBeVisible();
  await expect(reader(page).locator('article pre')).toContainText('documents/<id>.json');
  await expect(reader(page).getByRole('link', { name: 'commonmark.org' })).toHaveAttribute('href', 'https://commonmark.org/');

  await test.step('a card without tags shows a small "+ Tag" chip that is a text box once focused', async () => {
    const input = card(page, HIGHLIGHT).getByRole('combobox', { name: 'Add a tag' });
    await expect(input).toHaveAttribute('placeholder', '+ Tag');
    const chip = (await input.boundingBox())!;
    expect(chip.width).toBeLessThan(100);
    await input.click();
    await expect(input).toBeFocused();
    await expect(input).toHaveAttribute('placeholder', 'Add tag');
    await expect.poll(async () => (await input.boundingBox())!.width).toBeGreaterThan(chip.width + 50);
    await input.pressSequentially('孔子');
    await input.press('Enter');
    await expect(card(page, HIGHLIGHT).getByRole('list', { name: 'Tags' })).toHaveText('孔子');
    await expect(input).toBeFocused();
  });
});
