import type { BrowserWindow } from 'electron';
import type { EventName, EventPayloads } from '../../data/model/api';
import { eventChannel } from '../../data/model/channels';

/** The parts of a BrowserWindow the registry touches; a fake in tests. */
export type RegisteredWindow = Pick<BrowserWindow, 'once' | 'isDestroyed'> & {
  webContents: Pick<BrowserWindow['webContents'], 'id' | 'send' | 'isDestroyed'>;
};

/**
 * Our windows, and the ids of their webContents: the IPC router trusts exactly these, and
 * host events go to exactly these. A window leaves the registry when it closes.
 */
export class WindowRegistry<W extends RegisteredWindow = RegisteredWindow> {
  /** Live set handed to makeIsTrustedSender. */
  readonly contentsIds = new Set<number>();
  private readonly windows: W[] = [];

  add(win: W): W {
    // Read the id now: after 'closed' the webContents is destroyed and its id unreadable.
    const id = win.webContents.id;
    this.contentsIds.add(id);
    this.windows.push(win);
    win.once('closed', () => {
      this.contentsIds.delete(id);
      const at = this.windows.indexOf(win);
      if (at >= 0) this.windows.splice(at, 1);
    });
    return win;
  }

  /** The first window still open: the one a second launch or a menu command goes to. */
  main(): W | undefined {
    return this.windows.find((w) => !w.isDestroyed());
  }

  has(win: unknown): win is W {
    return this.windows.includes(win as W);
  }

  /** Sends a host event to every open window of ours, and to nothing else. */
  send<E extends EventName>(event: E, payload: EventPayloads[E]): void {
    for (const win of this.windows) sendTo(win, event, payload);
  }
}

export const sendTo = <E extends EventName>(win: RegisteredWindow, event: E, payload: EventPayloads[E]): void => {
  if (win.isDestroyed() || win.webContents.isDestroyed()) return;
  win.webContents.send(eventChannel(event), payload);
};
