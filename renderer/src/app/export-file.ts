import type { DownloadState, GlossaBridge } from '../../../data/model/api';
import type { MessageKey } from '../../../data/model/i18n/messages-en';

/** Starts a download of `text` through a Blob behind a temporary <a download>; returns the blob: URL. */
const startDownload = (fileName: string, text: string, type: string): string => {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  return url;
};

/**
 * Saving text as a file from the renderer. In a browser this is a download; in Electron the
 * host turns it into the native save dialog (see saveText for knowing how that ended).
 */
export const downloadText = (fileName: string, text: string, type = 'text/markdown;charset=utf-8'): void => {
  const url = startDownload(fileName, text, type);
  // Revoke later: revoking at once can cancel the download in some engines.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
};

/**
 * How a save ended, as far as the page can know. A browser does not tell a page whether its
 * download was kept, so browser mode only knows the download started; Electron reports the
 * person's answer to the save dialog (the downloadDone event).
 */
export type SaveOutcome = { state: 'downloading' | DownloadState; fileName: string };

export interface SaveHost {
  host: 'electron' | 'browser';
  bridge: Pick<GlossaBridge, 'on'>;
}

/**
 * Saves `text` as `fileName` and resolves when the outcome is known: at once in browser mode
 * ('downloading'), after the save dialog and the write in Electron. The blob: URL names the
 * download, so two saves in flight (even of one name) cannot take each other's answer.
 */
export const saveText = (fileName: string, text: string, { host, bridge }: SaveHost, type = 'text/markdown;charset=utf-8'): Promise<SaveOutcome> => {
  if (host === 'browser') {
    downloadText(fileName, text, type);
    return Promise.resolve({ state: 'downloading', fileName });
  }
  return new Promise((resolve) => {
    let url = '';
    // Listening before the click: the host answers over IPC, so never before startDownload returns.
    const off = bridge.on('downloadDone', (done) => {
      if (done.url !== url) return;
      off();
      // The dialog may stay open for minutes: the blob must live until the file is written.
      URL.revokeObjectURL(url);
      resolve({ state: done.state, fileName: done.fileName });
    });
    url = startDownload(fileName, text, type);
  });
};

/** What to tell the person about a save: a toast, an error, or nothing (they cancelled it). */
export const saveNotice = (outcome: SaveOutcome): { kind: 'toast' | 'error'; key: MessageKey; params: { file: string } } | null => {
  const params = { file: outcome.fileName };
  switch (outcome.state) {
    case 'downloading':
      return { kind: 'toast', key: 'export.downloading', params };
    case 'completed':
      return { kind: 'toast', key: 'export.saved', params };
    case 'interrupted':
      return { kind: 'error', key: 'export.saveFailed', params };
    case 'cancelled':
      return null;
  }
};

/**
 * Copies text; false when the engine refuses (no clipboard API, no permission, page not
 * focused). The engine's reasons are English and technical, so the person gets our sentence
 * and the console keeps the reason.
 */
export const copyText = async (text: string): Promise<boolean> => {
  try {
    if (!navigator.clipboard?.writeText) throw new Error('navigator.clipboard.writeText is not available');
    await navigator.clipboard.writeText(text);
    return true;
  } catch (err) {
    console.warn('copy to clipboard refused:', err);
    return false;
  }
};
