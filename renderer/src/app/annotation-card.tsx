import { memo, useId } from 'react';
import { COLORS, type Annotation, type Color } from '../../../data/model/schemas';
import { useI18n } from '../i18n/i18n-context';
import type { MessageKey } from '../../../data/model/i18n/messages-en';
import { useColorLabels } from './color-labels';
import { Icon } from './icons';
import { NoteEditor } from './note-editor';
import { TagEditor } from './tag-editor';

/**
 * One annotation in the list: its quote (a button that selects it and reveals it in the
 * article), colour, tags, note and dates. Orphans show their stored quote and cannot be
 * revealed, since the text they point at is gone.
 */
export interface AnnotationCardProps {
  annotation: Annotation;
  selected: boolean;
  suggestionsId: string;
  noteFocus?: number;
  onSelect: (id: string, reveal: boolean) => void;
  onUpdate: (id: string, fields: Partial<Pick<Annotation, 'color' | 'tags' | 'note'>>, coalesce?: boolean) => void;
  onNoteDone: () => void;
  onDelete: (id: string) => void;
}

export const colorKey = (color: Color) => `color.${color}` as MessageKey;

export const AnnotationCard = memo(function AnnotationCard({
  annotation: a,
  selected,
  suggestionsId,
  noteFocus,
  onSelect,
  onUpdate,
  onNoteDone,
  onDelete,
}: AnnotationCardProps) {
  const { t, formatDateTime } = useI18n();
  const colorLabels = useColorLabels();
  const colorId = useId();
  const orphan = a.state === 'orphaned';
  const quote = a.target?.quote.exact;
  return (
    <article
      className={`annotation-card color-${a.color}${selected ? ' is-selected' : ''}${orphan ? ' is-orphan' : ''}`}
      data-annotation-id={a.id}
      aria-current={selected || undefined}
      onClick={(e) => {
        // Clicks on controls inside the card do their own thing.
        if (!(e.target as Element).closest('button, input, textarea, select, a, label')) onSelect(a.id, !orphan);
      }}
    >
      <div className="annotation-top">
        <span className={`swatch swatch-${a.color}`} aria-hidden="true" />
        <label className="visually-hidden" htmlFor={colorId}>
          {t('filter.color')}
        </label>
        <select
          id={colorId}
          className="color-select"
          value={a.color}
          onChange={(e) => onUpdate(a.id, { color: e.target.value as Color })}
        >
          {COLORS.map((c) => (
            <option key={c} value={c}>
              {colorLabels[c]}
            </option>
          ))}
        </select>
        {a.state === 'fuzzy' && (
          <span className="badge" title={t('annotation.fuzzy')}>
            ≈<span className="visually-hidden">{t('annotation.fuzzy')}</span>
          </span>
        )}
        <button
          type="button"
          className="icon-button annotation-delete"
          aria-label={t('annotation.delete')}
          title={t('annotation.delete')}
          onClick={() => onDelete(a.id)}
        >
          <Icon name="trash" />
        </button>
      </div>
      {quote !== undefined &&
        (orphan ? (
          <blockquote className="annotation-quote" aria-label={t('annotation.storedQuote')}>
            {quote}
          </blockquote>
        ) : (
          <button
            type="button"
            className="annotation-quote"
            title={t('annotation.show')}
            onClick={() => onSelect(a.id, true)}
          >
            {quote}
          </button>
        ))}
      <TagEditor tags={a.tags} suggestionsId={suggestionsId} onChange={(tags) => onUpdate(a.id, { tags })} />
      <NoteEditor
        value={a.note}
        label={t('annotation.noteLabel')}
        placeholder={t('annotation.notePlaceholder')}
        focusRequest={noteFocus}
        onSave={(note) => onUpdate(a.id, { note }, true)}
        onDone={onNoteDone}
      />
      <p className="annotation-dates">
        <time dateTime={a.createdAt}>{t('annotation.created', { date: formatDateTime(a.createdAt) })}</time>
        {Date.parse(a.updatedAt) - Date.parse(a.createdAt) > 60_000 && (
          <>
            {' · '}
            <time dateTime={a.updatedAt}>{t('annotation.edited', { date: formatDateTime(a.updatedAt) })}</time>
          </>
        )}
      </p>
    </article>
  );
});
