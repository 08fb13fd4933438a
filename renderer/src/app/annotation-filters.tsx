import { useId } from 'react';
import { COLORS } from '../../../data/model/schemas';
import { useI18n } from '../i18n/i18n-context';
import type { AnnotationFilter } from '../state/annotation-list';
import { useColorLabels } from './color-labels';
import { useServices } from './services';
import { useStore } from '../state/create-store';

/** Filter the list by one colour and/or one tag; the counts say how much is hidden. */
export const AnnotationFilters = ({
  filter,
  tags,
  shown,
  total,
}: {
  filter: AnnotationFilter;
  tags: string[];
  shown: number;
  total: number;
}) => {
  const { ui } = useServices();
  const { t } = useI18n();
  const colorLabels = useColorLabels();
  const names = useStore(useServices().settings.store).settings.colorNames;
  const tagId = useId();
  // A tag chosen in the library may not be used in this article: keep it selectable.
  const tagOptions = filter.tag && !tags.includes(filter.tag) ? [filter.tag, ...tags] : tags;
  return (
    <div className="annotation-filters" role="group" aria-label={t('filter.label')}>
      <div className="color-filter" role="group" aria-label={t('filter.color')}>
        <button type="button" className="filter-all" aria-pressed={filter.color === null} onClick={() => ui.filterColor(null)}>
          {t('filter.allColors')}
        </button>
        {COLORS.map((c) => (
          <button
            key={c}
            type="button"
            // A named colour shows its name: the meaning is what a person filters by.
            className={`swatch-button swatch-${c}${names[c] ? ' has-name' : ''}`}
            aria-pressed={filter.color === c}
            aria-label={colorLabels[c]}
            title={colorLabels[c]}
            onClick={() => ui.filterColor(filter.color === c ? null : c)}
          >
            {names[c] && <span className="swatch-name">{names[c]}</span>}
          </button>
        ))}
      </div>
      <div className="tag-filter-row">
        <label htmlFor={tagId}>{t('filter.tag')}</label>
        <select id={tagId} value={filter.tag ?? ''} onChange={(e) => ui.filterTag(e.target.value || null)}>
          <option value="">{t('filter.allTags')}</option>
          {tagOptions.map((tag) => (
            <option key={tag} value={tag}>
              {tag}
            </option>
          ))}
        </select>
        <span className="filter-count">{t('annotations.count', { shown, total })}</span>
      </div>
    </div>
  );
};
