import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { renderMarkdown } from './render-markdown';

/**
 * A note rendered for reading. The HTML comes only from renderMarkdown (marked, then
 * DOMPurify with our allow-list), which is what makes dangerouslySetInnerHTML acceptable here.
 */
export const MarkdownPreview = ({ source, className, id }: { source: string; className?: string; id?: string }) => {
  const { t } = useI18n();
  const rendered = useMemo(() => renderMarkdown(source), [source]);
  return (
    <div className={['markdown', className].filter(Boolean).join(' ')} id={id}>
      {rendered.unformatted && (
        <p className="markdown-truncated">{t('markdown.unformatted')}</p>
      )}
      <div dangerouslySetInnerHTML={{ __html: rendered.html }} />
      {rendered.truncated && <p className="markdown-truncated">{t('markdown.truncated')}</p>}
    </div>
  );
};
