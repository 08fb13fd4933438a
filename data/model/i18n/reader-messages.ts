/**
 * Every string the reader displays, by locale, merged into the one catalogue (catalogue.ts);
 * the shell hands the reader t(key). `{name}` placeholders are filled by formatMessage, because
 * the word order differs between the languages.
 */
export const readerMessages = {
  en: {
    'reader.pane': 'Reading pane',
    'reader.empty': 'This article has no text.',
    'reader.toolbar.label': 'Selected text',
    'reader.toolbar.highlight': 'Highlight in {color}',
    'reader.toolbar.excerpt': 'Excerpt',
    'reader.toolbar.note': 'Note',
    'reader.toolbar.shortcut': '{action} ({key})',
    'reader.tags.group': 'Excerpt tags',
    'reader.tags.input': 'Add a tag',
    'reader.tags.placeholder': 'Tag, then Enter',
    'reader.tags.suggestions': 'Matching tags',
    'reader.tags.chosen': 'Tags for this excerpt',
    'reader.tags.remove': 'Remove tag {tag}',
    'reader.tags.save': 'Save excerpt',
    'reader.tags.cancel': 'Cancel',
    'reader.tags.hint': 'Enter adds a tag; Enter on an empty field saves.',
  },
  'zh-Hant': {
    'reader.pane': '閱讀窗格',
    'reader.empty': '這篇文章沒有文字。',
    'reader.toolbar.label': '已選取的文字',
    'reader.toolbar.highlight': '以{color}標示',
    'reader.toolbar.excerpt': '摘錄',
    'reader.toolbar.note': '筆記',
    'reader.toolbar.shortcut': '{action}({key})',
    'reader.tags.group': '摘錄標籤',
    'reader.tags.input': '新增標籤',
    'reader.tags.placeholder': '輸入標籤後按 Enter',
    'reader.tags.suggestions': '相符的標籤',
    'reader.tags.chosen': '此摘錄的標籤',
    'reader.tags.remove': '移除標籤「{tag}」',
    'reader.tags.save': '儲存摘錄',
    'reader.tags.cancel': '取消',
    'reader.tags.hint': '按 Enter 加入標籤;欄位空白時按 Enter 儲存。',
  },
  'zh-Hans': {
    'reader.pane': '阅读窗格',
    'reader.empty': '这篇文章没有文字。',
    'reader.toolbar.label': '已选取的文字',
    'reader.toolbar.highlight': '以{color}标示',
    'reader.toolbar.excerpt': '摘录',
    'reader.toolbar.note': '笔记',
    'reader.toolbar.shortcut': '{action}({key})',
    'reader.tags.group': '摘录标签',
    'reader.tags.input': '添加标签',
    'reader.tags.placeholder': '输入标签后按 Enter',
    'reader.tags.suggestions': '匹配的标签',
    'reader.tags.chosen': '此摘录的标签',
    'reader.tags.remove': '移除标签“{tag}”',
    'reader.tags.save': '保存摘录',
    'reader.tags.cancel': '取消',
    'reader.tags.hint': '按 Enter 添加标签;输入框为空时按 Enter 保存。',
  },
} as const;

export type ReaderMessageKey = keyof (typeof readerMessages)['en'];
