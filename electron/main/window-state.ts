import { promises as fsp } from 'node:fs';
import type { BrowserWindow } from 'electron';
import { writeFileDurably } from '../../data/store/durable-write';
import { parseWindowState, type WindowState } from './window-bounds';

export const WINDOW_STATE_FILE = 'window-state.json';

export type TrackedWindow = Pick<BrowserWindow, 'on' | 'getNormalBounds' | 'isMaximized'>;

/**
 * Remembers the main window's size, position and maximised state in a small JSON file in
 * userData (not in the notebook: it belongs to this machine's screens, not to the notes).
 * Saved when the window closes; `whenIdle` lets the quit sequence wait for that write.
 */
export class WindowStateFile {
  private readonly pending = new Set<Promise<void>>();

  constructor(
    readonly path: string,
    private readonly log: (message: string, err?: unknown) => void = () => {},
    private readonly write: (path: string, content: string) => Promise<void> = writeFileDurably,
  ) {}

  /** Null when there is no file yet or it cannot be used; the window then opens at the default size. */
  async load(): Promise<WindowState | null> {
    let text: string;
    try {
      text = await fsp.readFile(this.path, 'utf8');
    } catch {
      return null;
    }
    try {
      return parseWindowState(JSON.parse(text));
    } catch {
      this.log(`ignored an unreadable ${this.path}`);
      return null;
    }
  }

  save(state: WindowState): Promise<void> {
    const write = this.write(this.path, `${JSON.stringify(state, null, 2)}\n`)
      .catch((err: unknown) => this.log(`could not save ${this.path}`, err))
      .finally(() => this.pending.delete(write));
    this.pending.add(write);
    return write;
  }

  /** Saves the window's normal (un-maximised) bounds and whether it was maximised, on close. */
  track(win: TrackedWindow): void {
    win.on('close', () => {
      void this.save({ bounds: win.getNormalBounds(), maximized: win.isMaximized() });
    });
  }

  /** Resolves when every started save has finished, or after `timeoutMs` whatever happens. */
  async whenIdle(timeoutMs = 2000): Promise<void> {
    if (this.pending.size === 0) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<void>((resolve) => {
      timer = setTimeout(resolve, timeoutMs);
    });
    await Promise.race([Promise.allSettled([...this.pending]).then(() => undefined), timeout]);
    clearTimeout(timer);
  }
}
