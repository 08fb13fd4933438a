import { useCallback, useMemo, useRef } from 'react';
import { useStore } from '../state/create-store';
import { createActions } from './actions';
import { AppHeader } from './app-header';
import { CommandPalette } from './command-palette';
import { DropOverlay } from './drop-overlay';
import { NoticeArea } from './notice-area';
import { PaneLayout } from './pane-layout';
import { ResearchDialogs } from './research-dialogs';
import { ExportDialog } from './export-dialog';
import { useServices } from './services';
import { ShortcutsDialog } from './shortcuts-dialog';
import type { ShortcutId } from './shortcuts';
import { useBootstrap } from './use-bootstrap';
import { useFileDrop } from './use-file-drop';
import { useKeyboard } from './use-keyboard';
import type { Theme } from './theme';

/** Accepted by the file picker; the notebook decides for itself what it can read. */
export const IMPORT_ACCEPT = '.txt,.md,.markdown,.html,.htm,text/plain,text/markdown,text/html';

/** Everything on screen, wired to the stores and the actions. */
export const Shell = ({ theme }: { theme: Theme }) => {
  const services = useServices();
  const { ui, documents } = services;
  const { dialog } = useStore(ui.store);
  const fileInput = useRef<HTMLInputElement>(null);
  const lastKey = useRef<{ id: ShortcutId; at: number } | null>(null);

  const actions = useMemo(() => createActions(services, { openFilePicker: () => fileInput.current?.click() }), [services]);

  const importFiles = useCallback(
    async (files: File[]) => {
      const imported = await documents.importFiles(files);
      if (imported.length) await actions.openDocument(imported[0].id);
    },
    [documents, actions],
  );
  const onHandled = useCallback((id: ShortcutId) => {
    lastKey.current = { id, at: Date.now() };
  }, []);
  const recentKeyboard = useCallback(() => lastKey.current, []);

  useBootstrap(services, actions, recentKeyboard);
  useKeyboard(actions, { dialogOpen: dialog !== null, onHandled });
  useFileDrop(ui.setDragging, importFiles);

  return (
    <div className="app">
      <AppHeader actions={actions} theme={theme} />
      <PaneLayout actions={actions} />
      <input
        ref={fileInput}
        className="visually-hidden"
        type="file"
        multiple
        accept={IMPORT_ACCEPT}
        tabIndex={-1}
        aria-hidden="true"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = '';
          if (files.length) void importFiles(files);
        }}
      />
      <NoticeArea />
      <DropOverlay />
      {dialog === 'shortcuts' && <ShortcutsDialog onClose={ui.closeDialog} />}
      {dialog === 'palette' && <CommandPalette actions={actions} onClose={ui.closeDialog} />}
      <ResearchDialogs actions={actions} dialog={dialog} onClose={ui.closeDialog} />
      {dialog === 'export' && <ExportDialog onClose={ui.closeDialog} />}
    </div>
  );
};
