import type { IpcMainInvokeEvent } from 'electron';
import { isAppPage } from './url-policy';

/** What the router needs to know about a call's origin; a fake in tests. */
export type SenderEvent = {
  sender: Pick<IpcMainInvokeEvent['sender'], 'id'>;
  senderFrame: { url: string; parent: unknown } | null;
};

/**
 * A sender is trusted when the call comes from the main frame of one of our windows while
 * it shows our own index.html. Anything else (a frame that navigated away or was destroyed
 * mid-call, a subframe, some other webContents such as DevTools) is refused.
 *
 * `ourContentsIds` is live: windows add their webContents id when created and remove it
 * when closed.
 */
export const makeIsTrustedSender =
  (ourContentsIds: ReadonlySet<number>, appUrl: string) =>
  (event: SenderEvent): boolean => {
    const frame = event.senderFrame;
    if (!frame) return false;
    if (frame.parent !== null) return false;
    if (!ourContentsIds.has(event.sender.id)) return false;
    return isAppPage(frame.url, appUrl);
  };

/** For the log line of a refused call: never throws on a half-destroyed event. */
export const describeSender = (event: SenderEvent): string => {
  try {
    return `webContents ${event.sender.id}, frame ${event.senderFrame?.url.slice(0, 200) ?? '(gone)'}`;
  } catch {
    return 'an unknown sender';
  }
};
