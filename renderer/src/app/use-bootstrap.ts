import { useEffect } from 'react';
import { notebookStatusNotices } from './notebook-status-notices';
import { createWelcome } from '../welcome/create-welcome';
import type { Actions } from './actions';
import { runMenuCommand } from './menu-commands';
import { takeStartLink } from './start-link';
import type { Services } from './services';
import type { ShortcutId } from './shortcuts';

/**
 * Start-up and host events: load settings and the library, import the welcome article on a
 * first run, and keep the library and the open article in step with notebookChanged.
 */
export const useBootstrap = (
  services: Services,
  actions: Actions,
  recentKeyboard: () => { id: ShortcutId; at: number } | null,
) => {
  useEffect(() => {
    const { bridge, settings, documents, doc } = services;
    let cancelled = false;

    // Files that came back from a backup when the notebook opened, or were set aside with none
    // to bring them back (dates kept raw, so the notice area words them in the current language).
    const reportRecoveries = async () => {
      const status = await bridge.notebookStatus({});
      if (!status.ok || cancelled) return;
      for (const n of notebookStatusNotices(status.value)) services.notices.error(n.key, n.params);
    };

    const start = async () => {
      const link = takeStartLink(window);
      const loaded = await settings.load();
      void reportRecoveries();
      const list = await documents.load();
      if (link && !cancelled) return void (await actions.openLink(link));
      if (cancelled || list.length || loaded.welcomeShown) return;
      const summary = await createWelcome(services);
      await settings.update({ welcomeShown: true });
      if (summary && !cancelled) await actions.openDocument(summary.id);
    };
    void start();

    // A burst of saves (typing in a note) refreshes the library once.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = new Set<string>();
    const offChanged = bridge.on('notebookChanged', ({ documentIds }) => {
      for (const id of documentIds) changed.add(id);
      clearTimeout(timer);
      timer = setTimeout(() => {
        const ids = [...changed];
        changed.clear();
        void documents.load();
        void doc.reload(ids);
      }, 150);
    });
    const offProgress = bridge.on('importProgress', (p) => documents.onImportProgress(p));
    const offMenu = bridge.on('menuCommand', ({ command }) => {
      // An accelerator can reach us both as a key and as a menu command: run it once.
      const recent = recentKeyboard();
      if (recent && recent.id === command && Date.now() - recent.at < 300) return;
      runMenuCommand(actions, command);
    });
    const offLink = bridge.on('openLink', (link) => void actions.openLink(link));
    return () => {
      cancelled = true;
      offLink();
      clearTimeout(timer);
      offChanged();
      offProgress();
      offMenu();
    };
  }, [services, actions, recentKeyboard]);
};
