import { useEffect, useId, useRef, useState } from 'react';
import type { Color } from '../../../data/model/schemas';
import { useI18n } from '../i18n/i18n-context';
import { Icon } from './icons';
import { TagColorPicker } from './tag-color-picker';
import type { TagNode } from './tag-tree';

/**
 * One tag in the tag manager's tree: expand, select for merging, colour, name (renamed in
 * place), how often it is used, and its actions. Renaming is explicit (Enter or the Rename
 * button): a rename reaches every article, so losing focus never commits one.
 */
export interface TagRowProps {
  node: TagNode;
  expanded: boolean;
  selected: boolean;
  editing: boolean;
  onToggleExpanded: (name: string) => void;
  onToggleSelected: (name: string) => void;
  onEdit: (name: string | null) => void;
  onRename: (from: string, to: string) => void;
  onColor: (name: string, color: Color | null) => void;
  onDelete: (name: string) => void;
  onShowExcerpts: (name: string) => void;
}

export const TagRow = (p: TagRowProps) => {
  const { node } = p;
  const { t } = useI18n();
  const inputId = useId();
  const hasChildren = node.children.length > 0;
  return (
    <div className={`tag-row${node.implicit ? ' is-implicit' : ''}${p.selected ? ' is-selected' : ''}`} data-tag={node.name}>
      {hasChildren ? (
        <button
          type="button"
          className="icon-button tag-expand"
          aria-expanded={p.expanded}
          aria-label={t(p.expanded ? 'tags.collapse' : 'tags.expand', { tag: node.name })}
          onClick={() => p.onToggleExpanded(node.name)}
        >
          <span className="tag-chevron" aria-hidden="true">
            {p.expanded ? '▾' : '▸'}
          </span>
        </button>
      ) : (
        <span className="tag-expand" aria-hidden="true" />
      )}
      <input
        type="checkbox"
        className="tag-select"
        checked={p.selected}
        aria-label={t('tags.select', { tag: node.name })}
        onChange={() => p.onToggleSelected(node.name)}
      />
      {node.implicit ? (
        <span className="tag-color-button is-placeholder" aria-hidden="true" />
      ) : (
        <TagColorPicker tag={node.name} color={node.color} onChange={(c) => p.onColor(node.name, c)} />
      )}
      {p.editing ? (
        <RenameField id={inputId} node={node} onCancel={() => p.onEdit(null)} onRename={(to) => p.onRename(node.name, to)} />
      ) : (
        <span className="tag-row-name" title={node.name}>
          {node.label}
          {node.implicit && <span className="visually-hidden"> ({t('tags.implicit')})</span>}
        </span>
      )}
      <span
        className="tag-row-count"
        title={t('tags.countTitle', { tag: node.name, count: node.count, total: node.total })}
        aria-label={t('tags.countTitle', { tag: node.name, count: node.count, total: node.total })}
      >
        {node.total}
      </span>
      {!p.editing && (
        <span className="tag-row-actions">
          <button
            type="button"
            className="icon-button"
            aria-label={t('tags.showExcerpts', { tag: node.name })}
            title={t('tags.showExcerpts', { tag: node.name })}
            onClick={() => p.onShowExcerpts(node.name)}
          >
            <Icon name="annotations" />
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={t('tags.rename', { tag: node.name })}
            title={t('tags.rename', { tag: node.name })}
            onClick={() => p.onEdit(node.name)}
          >
            <Icon name="edit" />
          </button>
          <button
            type="button"
            className="icon-button tag-row-delete"
            aria-label={t('tags.delete', { tag: node.name })}
            title={t('tags.delete', { tag: node.name })}
            onClick={() => p.onDelete(node.name)}
          >
            <Icon name="trash" />
          </button>
        </span>
      )}
    </div>
  );
};

const RenameField = ({
  id,
  node,
  onCancel,
  onRename,
}: {
  id: string;
  node: TagNode;
  onCancel: () => void;
  onRename: (to: string) => void;
}) => {
  const { t } = useI18n();
  const [value, setValue] = useState(node.name);
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, []);
  const commit = () => {
    const to = value.trim();
    if (!to || to === node.name) onCancel();
    else onRename(to);
  };
  return (
    <div className="tag-rename">
      <label htmlFor={id} className="visually-hidden">
        {t('tags.renameLabel', { tag: node.name })}
      </label>
      <input
        ref={input}
        id={id}
        type="text"
        value={value}
        maxLength={100}
        aria-describedby={`${id}-hint`}
        onChange={(e) => setValue(e.target.value)}
        onKeyDown={(e) => {
          // Enter ends an IME composition first (Chinese input): only a plain Enter renames.
          if (e.key === 'Enter' && !e.nativeEvent.isComposing) {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape') {
            // Leave the rename, not the dialog.
            e.preventDefault();
            e.stopPropagation();
            onCancel();
          }
        }}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('tags.renameHint')}
      </span>
      <button type="button" className="button button-small button-primary" onClick={commit}>
        {t('tags.renameSave')}
      </button>
      <button type="button" className="button button-small" onClick={onCancel}>
        {t('tags.renameCancel')}
      </button>
    </div>
  );
};
