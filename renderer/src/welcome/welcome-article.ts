import type { Color } from '../../../data/model/schemas';

/**
 * The first-run article: ours, short, in Traditional Chinese and English. It shows rather
 * than tells: it arrives already annotated (welcomeAnnotations), and its blocks cover what
 * the reader renders (headings, a list, a quote, emphasis, inline code, a code block, a link).
 */
export interface WelcomeArticle {
  title: string;
  markdown: string;
}

/**
 * One annotation on the welcome article, named by its words rather than by offsets, so an
 * edit to the text (or to the Markdown parser) cannot silently move it onto other words:
 * the quote is found again in the imported text, or the annotation is left out.
 */
export interface WelcomeAnnotation {
  exact: string;
  /** Text just before the quote, when the words alone could be found in more than one place. */
  prefix?: string;
  color: Color;
  tags: string[];
  note: string;
}

const TITLE = '歡迎使用 Glossa · Welcome to Glossa';

const HIGHLIGHT = 'Glossa 是一本放在自己電腦上的研究筆記';
const OVERLAP = '研究筆記：閱讀中文或英文文章';
const EXCERPT = '學而不思則罔，思而不學則殆。';

const MARKDOWN = `# ${TITLE}

Glossa 是一本放在自己電腦上的研究筆記：閱讀中文或英文文章，**畫重點**、摘錄段落並加上標籤，在旁邊用 Markdown 寫筆記。

Glossa is a research notebook that lives on your own computer: read Chinese or English articles, **highlight** passages, clip *tagged excerpts* and write Markdown notes beside them.

## 試試看 · Try it

右邊已經有三則範例：第一段裡互相重疊的黃色與粉紅色重點，以及下面這句加了標籤和筆記的摘錄。點一下卡片，文章就會捲到那一段。

Three examples are already on the right: a yellow and a pink highlight that overlap in the first paragraph, and an excerpt of the quote below with a tag and a note. Click a card to scroll to its passage.

> ${EXCERPT}\\
> Learning without thought is labour lost; thought without learning is perilous.

- 選取文字，在浮出的工具列選一個顏色，或按 \`1\` 到 \`6\`。
- Select text, then pick a colour in the toolbar that appears, or press \`1\` to \`6\`.
- 按 \`E\` 把選取的文字存成摘錄並加上標籤；按 \`N\` 寫筆記。
- Press \`E\` to clip the selection as a tagged excerpt; press \`N\` to write a note.
- 按 \`?\` 查看所有快捷鍵，按 \`Ctrl+K\`（Mac 上是 \`⌘K\`）打開命令面板。
- Press \`?\` for every shortcut, and \`Ctrl+K\` (\`⌘K\` on a Mac) for the command palette.

## 匯入文章 · Bring your own articles

把 .txt、.md 或存下來的 .html 網頁拖到左下角的匯入區或視窗任何地方，或按「匯入」。繁體、簡體、Big5 與 GB18030 編碼都可以。

Drop .txt, .md or saved .html files on the drop zone in the library or anywhere in the window, or use Import. Traditional and Simplified Chinese, Big5 and GB18030 files all work.

## 帶走你的筆記 · Take your notes with you

每篇文章都能匯出成乾淨的 Markdown，放進 Obsidian、Logseq 或任何資料夾。筆記本本身就是一個 JSON 檔案的資料夾，可以自己備份與同步：

Every article exports to clean Markdown for Obsidian, Logseq or a plain folder, and the notebook itself is a folder of JSON files you can back up and sync:

\`\`\`text
library.json          文章、標籤、設定 · articles, tags, settings
documents/<id>.json   一篇文章與它的註記 · an article and its annotations
backups/              自動備份 · automatic backups
\`\`\`

Markdown itself is described at [commonmark.org](https://commonmark.org/).

祝閱讀愉快！*Happy reading!*
`;

/** Two overlapping highlights in two colours, and an excerpt with a Chinese tag and a Markdown note. */
const ANNOTATIONS: readonly WelcomeAnnotation[] = [
  { exact: HIGHLIGHT, color: 'yellow', tags: [], note: '' },
  { exact: OVERLAP, color: 'pink', tags: [], note: '' },
  {
    exact: EXCERPT,
    color: 'green',
    tags: ['讀書方法'],
    note: '孔子說的兩種偏差 · two ways to go wrong:\n\n- 只讀不想 · reading without thinking\n- 只想不讀 · thinking without reading',
  },
];

export const welcomeArticle = (): WelcomeArticle => ({ title: TITLE, markdown: MARKDOWN });

export const welcomeAnnotations = (): readonly WelcomeAnnotation[] => ANNOTATIONS;
