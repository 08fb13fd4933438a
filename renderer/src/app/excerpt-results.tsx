import { useId, useState } from 'react';
import type { Color } from '../../../data/model/schemas';
import { noteFirstLine, type ExcerptCollection, type ExcerptGroup, type ExcerptItem } from '../../../data/model/tags';
import { useI18n } from '../i18n/i18n-context';

/**
 * The collection, group by group (an article, or a tag). Each quote is a button that opens
 * its article at the passage; an orphan opens the article with the stored quote selected in
 * the annotations pane, since the passage itself is gone.
 */
const PAGE = 100;

export const ExcerptResults = ({
  collection,
  colorLabels,
  onOpen,
}: {
  collection: ExcerptCollection;
  colorLabels: Record<Color, string>;
  onOpen: (item: ExcerptItem) => void;
}) => {
  const { t } = useI18n();
  return (
    <div className="excerpt-groups">
      {collection.groups.map((g) => (
        <Group key={g.key} group={g} colorLabels={colorLabels} onOpen={onOpen} headingLabel={groupHeading(g, t('excerpts.untagged'))} />
      ))}
    </div>
  );
};

export const groupHeading = (g: ExcerptGroup, untagged: string): string =>
  g.kind === 'document' ? g.label : g.tag === null ? untagged : `#${g.label}`;

const Group = ({
  group,
  headingLabel,
  colorLabels,
  onOpen,
}: {
  group: ExcerptGroup;
  headingLabel: string;
  colorLabels: Record<Color, string>;
  onOpen: (item: ExcerptItem) => void;
}) => {
  const { t } = useI18n();
  const [limit, setLimit] = useState(PAGE);
  const headingId = useId();
  const byTag = group.kind === 'tag';
  return (
    <section className="excerpt-group" aria-labelledby={headingId}>
      <h3 className="excerpt-group-title" id={headingId}>
        <span className="excerpt-group-name">{headingLabel}</span> <span className="section-count">{group.excerpts.length}</span>
      </h3>
      <ol className="excerpt-list">
        {group.excerpts.slice(0, limit).map((e) => {
          const note = noteFirstLine(e.note);
          const orphan = e.state === 'orphaned';
          return (
            <li key={e.annotationId} className={`excerpt-item color-${e.color}${orphan ? ' is-orphan' : ''}`}>
              <button
                type="button"
                className="excerpt-quote"
                title={t('excerpts.openAt', { title: e.documentTitle })}
                onClick={() => onOpen(e)}
              >
                {e.quote}
              </button>
              <p className="excerpt-meta">
                <span className="excerpt-color">
                  <span className={`swatch swatch-${e.color}`} aria-hidden="true" />
                  {colorLabels[e.color]}
                </span>
                {e.tags.length > 0 && <span className="excerpt-tags">{e.tags.map((tag) => `#${tag}`).join(' ')}</span>}
                {byTag && <span className="excerpt-source">{e.documentTitle}</span>}
                {orphan && <span className="badge">{t('excerpts.orphan')}</span>}
              </p>
              {note && <p className="excerpt-note">{note}</p>}
            </li>
          );
        })}
      </ol>
      {group.excerpts.length > limit && (
        <button type="button" className="button button-small excerpt-more" onClick={() => setLimit((l) => l + PAGE)}>
          {t('excerpts.more', { count: Math.min(PAGE, group.excerpts.length - limit) })}
        </button>
      )}
    </section>
  );
};
