import type { DownloadItem, WebContents } from 'electron';
import { basename, dirname, join } from 'node:path';
import type { DownloadState, EventPayloads } from '../../data/model/api';
import { eventChannel } from '../../data/model/channels';

/** The parts of a DownloadItem we touch; a fake in tests. */
export type SavableDownload = Pick<DownloadItem, 'getURL' | 'getFilename' | 'getSavePath' | 'setSaveDialogOptions'> & {
  once(event: 'done', listener: (event: unknown, state: DownloadState) => void): unknown;
};

/** The webContents that started a download, as far as telling it the outcome goes. */
export type DownloadRequester = Pick<WebContents, 'id' | 'send' | 'isDestroyed'>;

export interface ExportDownloadOptions {
  /** Where the first save dialog opens (the Downloads folder); later ones open where the last save went. */
  defaultFolder: () => string;
  /** The dialog's title in the interface language (read when the dialog opens). */
  title: () => string;
  /** Our windows' webContents ids, live: only they hear how their download ended. */
  ourContentsIds: ReadonlySet<number>;
  log?: (message: string) => void;
}

/**
 * An article the page exports is a blob: download; Electron asks where to save it. We set
 * up that dialog (title, a Markdown filter, a sensible folder with the suggested name) and,
 * when the person has answered, tell the page what happened, so it says "Saved" only for a
 * file that was written: a cancelled dialog is not a save.
 *
 * Called from the session's will-download for our own downloads only (session-guards.ts);
 * setSaveDialogOptions works only inside that handler, hence synchronous options.
 */
export const createExportDownloads = (options: ExportDownloadOptions) => {
  let lastFolder: string | undefined;
  return (item: SavableDownload, requester: DownloadRequester): void => {
    const suggested = item.getFilename();
    item.setSaveDialogOptions({
      title: options.title(),
      defaultPath: join(lastFolder ?? options.defaultFolder(), suggested),
      filters: [{ name: 'Markdown', extensions: ['md', 'markdown'] }],
    });
    const url = item.getURL();
    item.once('done', (_event, state) => {
      const savedTo = state === 'completed' ? item.getSavePath() : '';
      if (savedTo) lastFolder = dirname(savedTo);
      if (state === 'interrupted') options.log?.(`saving ${suggested} was interrupted`);
      sendDownloadDone(options.ourContentsIds, requester, { url, fileName: savedTo ? basename(savedTo) : suggested, state });
    });
  };
};

/** The outcome goes to the page that asked, and only if it is still one of our windows. */
export const sendDownloadDone = (
  ourContentsIds: ReadonlySet<number>,
  requester: DownloadRequester,
  payload: EventPayloads['downloadDone'],
): boolean => {
  if (requester.isDestroyed() || !ourContentsIds.has(requester.id)) return false;
  requester.send(eventChannel('downloadDone'), payload);
  return true;
};
