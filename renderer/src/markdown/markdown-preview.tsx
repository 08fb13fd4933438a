import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n-context';
import type { Language } from '../i18n/language';
import { renderMarkdown } from './render-markdown';

/**
 * Shown above a note displayed as plain text (markdown-limits.ts). Kept here until the
 * catalogue has a 'markdown.unformatted' key: lookup() returns the key itself when it is missing.
 */
const UNFORMATTED: Record<Language, string> = {
  en: 'This note is too deeply nested or too complex to format: it is shown as plain text.',
  'zh-Hant': '這則筆記巢狀過深或過於複雜，無法排版：以純文字顯示。',
  'zh-Hans': '这条笔记嵌套过深或过于复杂，无法排版：以纯文本显示。',
};
const UNFORMATTED_KEY = 'markdown.unformatted';

/**
 * A note rendered for reading. The HTML comes only from renderMarkdown (marked, then
 * DOMPurify with our allow-list), which is what makes dangerouslySetInnerHTML acceptable here.
 */
export const MarkdownPreview = ({ source, className, id }: { source: string; className?: string; id?: string }) => {
  const { t, lookup, language } = useI18n();
  const rendered = useMemo(() => renderMarkdown(source), [source]);
  return (
    <div className={['markdown', className].filter(Boolean).join(' ')} id={id}>
      {rendered.unformatted && (
        <p className="markdown-truncated">{lookup(UNFORMATTED_KEY) === UNFORMATTED_KEY ? UNFORMATTED[language] : lookup(UNFORMATTED_KEY)}</p>
      )}
      <div dangerouslySetInnerHTML={{ __html: rendered.html }} />
      {rendered.truncated && <p className="markdown-truncated">{t('markdown.truncated')}</p>}
    </div>
  );
};
