import { useEffect } from 'react';
import { host } from '../api';
import type { Actions } from './actions';
import { isTextField } from './dom-focus';
import { shortcutActions } from './shortcut-actions';
import { isMac, matchShortcut, type ShortcutId } from './shortcuts';

/**
 * The window-level key handler. Keys the reader or a dialog already handled arrive with
 * defaultPrevented and are left alone; in a text field only Ctrl/⌘ combinations that are not
 * text editing apply, so Ctrl+Z there stays the browser's own text undo. In the desktop app
 * the keys its menu carries out itself (Export Notebook…) are left to the menu.
 */
export const useKeyboard = (actions: Actions, options: { dialogOpen: boolean; onHandled: (id: ShortcutId) => void }) => {
  const { dialogOpen, onHandled } = options;
  useEffect(() => {
    const mac = isMac();
    const desktop = host === 'electron';
    const runs = shortcutActions(actions);
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || dialogOpen) return;
      const target = e.target instanceof Element ? e.target : document.activeElement;
      const inList = Boolean(target?.closest('[data-annotation-list]'));
      const id = matchShortcut(e, { mac, inTextField: isTextField(target), inList, desktop });
      const run = id ? runs[id] : null;
      if (!id || !run) return;
      e.preventDefault();
      onHandled(id);
      void run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions, dialogOpen, onHandled]);
};
