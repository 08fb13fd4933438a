/**
 * The first-run article: ours, short, in Traditional Chinese and English, and written to
 * show what the reader does with each kind of block (headings, a list, a quote, emphasis, a
 * link), so the first thing a person highlights is something worth highlighting.
 */
export interface WelcomeArticle {
  title: string;
  markdown: string;
}

const TITLE = '歡迎使用 Glossa · Welcome to Glossa';

const MARKDOWN = `# ${TITLE}

Glossa 是一本放在自己電腦上的研究筆記：閱讀中文或英文文章，**畫重點**、摘錄段落並加上標籤，在旁邊用 Markdown 寫筆記。

Glossa is a research notebook that lives on your own computer: read Chinese or English articles, **highlight** passages, clip *tagged excerpts* and write Markdown notes beside them.

## 試試看 · Try it

- 用滑鼠選取這一句話，然後在浮出的工具列選一個顏色，或按 1 到 6。
- Select this sentence, then pick a colour in the toolbar that appears, or press 1 to 6.
- 按 E 把選取的文字存成摘錄並加上標籤；按 N 直接寫筆記。
- Press E to clip the selection as an excerpt with tags; press N to write a note.
- 按 ? 查看所有快捷鍵，按 Ctrl+K（Mac 上是 ⌘K）打開命令面板。
- Press ? for every keyboard shortcut, and Ctrl+K (⌘K on a Mac) for the command palette.

## 匯入文章 · Bring your own articles

把 .txt、.md 或存下來的 .html 網頁拖進視窗，或按「匯入」。繁體、簡體、Big5 與 GB18030 編碼都可以。

Drop .txt, .md or saved .html files onto the window, or use Import. Traditional and Simplified Chinese, Big5 and GB18030 files all work.

> 學而不思則罔，思而不學則殆。
> Learning without thought is labour lost; thought without learning is perilous.

## 帶走你的筆記 · Take your notes with you

每篇文章都能匯出成乾淨的 Markdown，可以放進 Obsidian、Logseq 或任何資料夾。筆記本本身就是一個 JSON 檔案的資料夾，可以自己備份與同步。

Every article exports to clean Markdown for Obsidian, Logseq or a plain folder, and the notebook itself is a folder of JSON files you can back up and sync. Markdown itself is described at [commonmark.org](https://commonmark.org/).

祝閱讀愉快！*Happy reading!*
`;

export const welcomeArticle = (): WelcomeArticle => ({ title: TITLE, markdown: MARKDOWN });
