import { useEffect } from 'react';
import { shortcutAction, type Actions } from './actions';
import { isTextField } from './dom-focus';
import { isMac, matchShortcut, type ShortcutId } from './shortcuts';

/**
 * The window-level key handler. Keys the reader or a dialog already handled arrive with
 * defaultPrevented and are left alone; in a text field only Ctrl/⌘ combinations that are not
 * text editing apply, so Ctrl+Z there stays the browser's own text undo.
 */
export const useKeyboard = (actions: Actions, options: { dialogOpen: boolean; onHandled: (id: ShortcutId) => void }) => {
  const { dialogOpen, onHandled } = options;
  useEffect(() => {
    const mac = isMac();
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || dialogOpen) return;
      const target = e.target instanceof Element ? e.target : document.activeElement;
      const inList = Boolean(target?.closest('[data-annotation-list]'));
      const id = matchShortcut(e, { mac, inTextField: isTextField(target), inList });
      if (!id) return;
      const run = shortcutAction(actions, id);
      if (!run) return;
      e.preventDefault();
      onHandled(id);
      void run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [actions, dialogOpen, onHandled]);
};
