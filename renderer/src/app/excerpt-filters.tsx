import { useId, useState } from 'react';
import { COLORS, type Color, type DocumentSummary } from '../../../data/model/schemas';
import { useI18n } from '../i18n/i18n-context';
import type { ExcerptsQueryState } from '../state/excerpts-store';
import { Icon } from './icons';

/**
 * What goes into an excerpt collection: tags (hierarchical; any or all of them), colours by
 * their names, articles, a date range, and how to group. Every change asks again at once.
 */
export interface ExcerptFiltersProps {
  query: ExcerptsQueryState;
  tagNames: readonly string[];
  documents: readonly DocumentSummary[];
  colorLabels: Record<Color, string>;
  onChange: (patch: Partial<ExcerptsQueryState>) => void;
  onClear: () => void;
}

export const ExcerptFilters = ({ query, tagNames, documents, colorLabels, onChange, onClear }: ExcerptFiltersProps) => {
  const { t, tn } = useI18n();
  const id = useId();
  const [draft, setDraft] = useState('');
  const addTag = () => {
    const tag = draft.trim();
    if (tag && !query.tags.includes(tag)) onChange({ tags: [...query.tags, tag] });
    setDraft('');
  };
  const toggle = <T,>(list: readonly T[], item: T) => (list.includes(item) ? list.filter((x) => x !== item) : [...list, item]);
  const docSummary = query.documentIds.length
    ? tn('excerpts.someArticles', query.documentIds.length)
    : t('excerpts.allArticles');

  return (
    <div className="excerpt-filters" role="group" aria-label={t('excerpts.filters')}>
      <div className="excerpt-filter-row">
        <span className="excerpt-filter-label" id={`${id}-tags`}>
          {t('excerpts.tags')}
        </span>
        <ul className="excerpt-tag-chips" aria-labelledby={`${id}-tags`}>
          {query.tags.map((tag) => (
            <li key={tag} className="tag-chip">
              <span>#{tag}</span>
              <button
                type="button"
                className="tag-chip-remove"
                aria-label={t('excerpts.removeTag', { tag })}
                title={t('excerpts.removeTag', { tag })}
                onClick={() => onChange({ tags: query.tags.filter((x) => x !== tag) })}
              >
                <Icon name="close" />
              </button>
            </li>
          ))}
        </ul>
        <input
          type="text"
          className="excerpt-tag-input"
          list={`${id}-tag-list`}
          value={draft}
          maxLength={100}
          placeholder={t('excerpts.addTagPlaceholder')}
          aria-label={t('excerpts.addTag')}
          onChange={(e) => setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
              e.preventDefault();
              addTag();
            }
          }}
        />
        <datalist id={`${id}-tag-list`}>
          {tagNames.map((n) => (
            <option key={n} value={n} />
          ))}
        </datalist>
        <button type="button" className="button button-small" onClick={addTag} disabled={!draft.trim()}>
          {t('excerpts.add')}
        </button>
        {query.tags.length > 1 && (
          <span className="segmented" role="radiogroup" aria-label={t('excerpts.tagMatch')}>
            {(['any', 'all'] as const).map((mode) => (
              <button
                key={mode}
                type="button"
                role="radio"
                aria-checked={query.tagMatch === mode}
                onClick={() => onChange({ tagMatch: mode })}
              >
                {t(mode === 'any' ? 'excerpts.anyTag' : 'excerpts.allTags')}
              </button>
            ))}
          </span>
        )}
      </div>
      <div className="excerpt-filter-row">
        <span className="excerpt-filter-label" id={`${id}-colors`}>
          {t('excerpts.colors')}
        </span>
        <span className="excerpt-colors" role="group" aria-labelledby={`${id}-colors`}>
          {COLORS.map((c) => (
            <button
              key={c}
              type="button"
              className="color-chip"
              aria-pressed={query.colors.includes(c)}
              onClick={() => onChange({ colors: toggle(query.colors, c) })}
            >
              <span className={`swatch swatch-${c}`} aria-hidden="true" />
              {colorLabels[c]}
            </button>
          ))}
        </span>
      </div>
      <div className="excerpt-filter-row">
        <details className="excerpt-docs">
          <summary>
            {t('excerpts.articles')}: {docSummary}
          </summary>
          <ul className="excerpt-docs-list">
            {documents.map((d) => (
              <li key={d.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={query.documentIds.includes(d.id)}
                    onChange={() => onChange({ documentIds: toggle(query.documentIds, d.id) })}
                  />
                  {d.title}
                </label>
              </li>
            ))}
          </ul>
        </details>
        <label className="excerpt-date">
          {t('excerpts.from')}
          <input type="date" value={query.from} max={query.to || undefined} onChange={(e) => onChange({ from: e.target.value })} />
        </label>
        <label className="excerpt-date">
          {t('excerpts.to')}
          <input type="date" value={query.to} min={query.from || undefined} onChange={(e) => onChange({ to: e.target.value })} />
        </label>
        <span className="segmented" role="radiogroup" aria-label={t('excerpts.groupBy')}>
          <span className="segmented-label" aria-hidden="true">
            {t('excerpts.groupBy')}
          </span>
          {(['document', 'tag'] as const).map((g) => (
            <button key={g} type="button" role="radio" aria-checked={query.groupBy === g} onClick={() => onChange({ groupBy: g })}>
              {t(g === 'document' ? 'excerpts.byDocument' : 'excerpts.byTag')}
            </button>
          ))}
        </span>
        <button type="button" className="button button-small excerpt-clear" onClick={onClear}>
          {t('excerpts.clear')}
        </button>
      </div>
    </div>
  );
};
