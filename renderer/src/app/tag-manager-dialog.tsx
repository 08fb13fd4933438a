import { useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useStore } from '../state/create-store';
import type { Actions } from './actions';
import { Dialog } from './dialog';
import { NoticeArea } from './notice-area';
import { useServices } from './services';
import { TagRow } from './tag-row';
import { buildTagTree, filterTree, visibleRows, type TagNode } from './tag-tree';

/**
 * Every tag of the notebook as a tree (`parent/child`), with counts and colours: rename in
 * place, merge the selected ones into one, delete with an Undo toast. Each action reaches
 * every article; the library and the open article refresh when it is done.
 */
export const TagManagerDialog = ({ actions, onClose }: { actions: Actions; onClose: () => void }) => {
  const { documents, tags: tagOps } = useServices();
  const { tags } = useStore(documents.store);
  const { t, tn } = useI18n();
  const [filter, setFilter] = useState('');
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const [into, setInto] = useState('');
  const [busy, setBusy] = useState(false);
  const filterId = useId();
  const intoId = useId();
  const listId = useId();

  const tree = useMemo(() => buildTagTree(tags), [tags]);
  const shown = useMemo(() => filterTree(tree, filter), [tree, filter]);
  const allNames = useMemo(() => visibleRows(tree).map((n) => n.name), [tree]);
  // A selection that no longer exists (renamed, deleted) is dropped.
  const chosen = [...selected].filter((n) => allNames.includes(n));

  const toggle = (set: ReadonlySet<string>, name: string) => {
    const next = new Set(set);
    if (!next.delete(name)) next.add(name);
    return next;
  };
  const run = async (work: () => Promise<boolean>) => {
    setBusy(true);
    try {
      return await work();
    } finally {
      setBusy(false);
    }
  };
  const target = into.trim();
  const canMerge = !busy && chosen.length > 0 && target !== '' && !(chosen.length === 1 && chosen[0] === target);
  const merge = () =>
    void run(async () => {
      const done = await tagOps.merge(chosen, target);
      if (done) {
        setSelected(new Set());
        setInto('');
      }
      return done;
    });

  const rows = (nodes: readonly TagNode[], level: number) => (
    <ul className={level === 1 ? 'tag-tree' : 'tag-tree-group'} aria-label={level === 1 ? t('tags.tree') : undefined}>
      {nodes.map((node) => {
        // A typed filter shows every match with its parents, expanded.
        const expanded = filter.trim() !== '' || !collapsed.has(node.name);
        return (
          <li key={node.name}>
            <TagRow
              node={node}
              expanded={expanded}
              selected={selected.has(node.name)}
              editing={editing === node.name}
              onToggleExpanded={(name) => setCollapsed((c) => toggle(c, name))}
              onToggleSelected={(name) => setSelected((s) => toggle(s, name))}
              onEdit={setEditing}
              onRename={(from, to) =>
                void run(async () => {
                  const done = await tagOps.rename(from, to);
                  if (done) setEditing(null);
                  return done;
                })
              }
              onColor={(name, color) => void run(() => tagOps.setColor(name, color))}
              onDelete={(name) => void run(() => tagOps.remove(name))}
              onShowExcerpts={(name) => void actions.showTagExcerpts(name)}
            />
            {expanded && node.children.length > 0 && rows(node.children, level + 1)}
          </li>
        );
      })}
    </ul>
  );

  return (
    <Dialog title={t('tags.title')} onClose={onClose} className="tag-manager-dialog">
      <div className="tag-manager" aria-busy={busy || undefined}>
        <div className="tag-manager-top">
          <label htmlFor={filterId} className="visually-hidden">
            {t('tags.filter')}
          </label>
          <input
            id={filterId}
            type="search"
            className="tag-manager-filter"
            placeholder={t('tags.filter')}
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
          <button type="button" className="button" onClick={actions.nameColors}>
            {t('tags.colorNames')}
          </button>
        </div>
        <div className="tag-merge" role="group" aria-label={t('tags.merge')}>
          {chosen.length === 0 ? (
            <p className="hint">{t('tags.mergeHint')}</p>
          ) : (
            <>
              <span className="tag-merge-count">{tn('tags.selected', chosen.length)}</span>
              <label htmlFor={intoId}>{t('tags.mergeInto')}</label>
              <input
                id={intoId}
                type="text"
                list={listId}
                value={into}
                maxLength={100}
                onChange={(e) => setInto(e.target.value)}
                onKeyDown={(e) => {
                  if (e.key === 'Enter' && !e.nativeEvent.isComposing && canMerge) merge();
                }}
              />
              <datalist id={listId}>
                {allNames.map((n) => (
                  <option key={n} value={n} />
                ))}
              </datalist>
              <button
                type="button"
                className="button button-primary button-small"
                disabled={!canMerge}
                onClick={merge}
              >
                {t('tags.merge')}
              </button>
              <button type="button" className="button button-small" onClick={() => setSelected(new Set())}>
                {t('tags.clearSelection')}
              </button>
            </>
          )}
        </div>
        <div className="tag-tree-scroll" tabIndex={-1}>
          {tree.length === 0 ? (
            <p className="hint">{t('tags.empty')}</p>
          ) : shown.length === 0 ? (
            <p className="hint">{t('tags.noMatch', { text: filter.trim() })}</p>
          ) : (
            rows(shown, 1)
          )}
        </div>
      </div>
      {/* The page behind a modal dialog is inert: the Undo toast shows inside it. */}
      <NoticeArea />
    </Dialog>
  );
};
