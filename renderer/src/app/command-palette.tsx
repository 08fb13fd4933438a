import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n-context';
import { useStore } from '../state/create-store';
import type { Actions } from './actions';
import { useColorLabels } from './color-labels';
import { Dialog } from './dialog';
import { buildCommands, filterCommands, type PaletteCommand } from './palette-commands';
import { captureReaderSelection, restoreSelection } from './reader-selection';
import { useServices } from './services';
import { isMac } from './shortcuts';

/**
 * Ctrl/⌘+K: a filterable list of every action and article (combobox + listbox pattern:
 * focus stays in the input, arrows move the active option, Enter runs it).
 */
export const CommandPalette = ({ actions, onClose }: { actions: Actions; onClose: () => void }) => {
  const { documents, doc } = useServices();
  const { documents: list, tags } = useStore(documents.store);
  const { documentId } = useStore(doc.store);
  const colorLabels = useColorLabels();
  const i18n = useI18n();
  const { t } = i18n;
  // Taken while rendering, before the dialog moves the focus into its input and the page's
  // selection (with the reader's toolbar) goes away.
  const [selection] = useState(() => captureReaderSelection(document, doc.store.get().documentId));
  const chosen = useRef<PaletteCommand | null>(null);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const input = useRef<HTMLInputElement>(null);
  const listId = useId();
  const tagNames = useMemo(() => tags.map((tag) => tag.name), [tags]);
  const commands = useMemo(
    () => buildCommands({ actions, i18n, documents: list, tags: tagNames, colorLabels, documentId, selection, mac: isMac() }),
    [actions, i18n, list, tagNames, colorLabels, documentId, selection],
  );
  const shown = useMemo(() => filterCommands(commands, query), [commands, query]);
  const current = Math.min(active, Math.max(0, shown.length - 1));

  // The chosen command runs once the palette is gone: the modal dialog has closed and given
  // the focus back, so the action sees the real page (a field it opens can take the focus).
  // Closed without a command, the passage is selected again, toolbar and all.
  useEffect(
    () => () => {
      const command = chosen.current;
      setTimeout(() => {
        if (command) void command.run();
        else if (selection) restoreSelection(document, selection);
      }, 0);
    },
    [selection],
  );

  const run = (index: number) => {
    const command = shown[index];
    if (!command) return;
    chosen.current = command;
    onClose();
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.nativeEvent.isComposing) return;
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      PageDown: current + 8,
      PageUp: current - 8,
      Home: 0,
      End: shown.length - 1,
    };
    if (e.key in moves && (e.key.startsWith('Arrow') || e.key.startsWith('Page') || e.ctrlKey)) {
      e.preventDefault();
      const next = Math.min(shown.length - 1, Math.max(0, moves[e.key]));
      setActive(next);
      document.getElementById(`${listId}-${next}`)?.scrollIntoView({ block: 'nearest' });
    } else if (e.key === 'Enter') {
      e.preventDefault();
      run(current);
    }
  };

  return (
    <Dialog title={t('palette.title')} onClose={onClose} className="palette-dialog" initialFocus={input}>
      <input
        ref={input}
        className="palette-input"
        type="text"
        role="combobox"
        aria-label={t('palette.search')}
        aria-expanded="true"
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={shown.length ? `${listId}-${current}` : undefined}
        placeholder={t('palette.search')}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
      />
      <ul className="palette-list" id={listId} role="listbox" aria-label={t('palette.results')}>
        {shown.map((c, i) => (
          <li
            key={c.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === current}
            className={i === current ? 'palette-item is-active' : 'palette-item'}
            onMouseMove={() => i !== current && setActive(i)}
            onClick={() => run(i)}
          >
            <span className="palette-label">{c.label}</span>
            {c.keys && <kbd className="palette-keys">{c.keys}</kbd>}
          </li>
        ))}
      </ul>
      {shown.length === 0 && <p className="hint palette-empty">{t('palette.noResults')}</p>}
    </Dialog>
  );
};
