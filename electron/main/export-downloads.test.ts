import { EventEmitter } from 'node:events';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { DownloadState } from '../../data/model/api';
import { eventChannel } from '../../data/model/channels';
import { createExportDownloads, type SavableDownload } from './export-downloads';

/** A DownloadItem as Electron hands it to will-download: the person answers the dialog later. */
const fakeItem = (url: string, suggested: string) => {
  const emitter = new EventEmitter();
  let savePath = '';
  const item = {
    getURL: () => url,
    getFilename: () => suggested,
    getSavePath: () => savePath,
    setSaveDialogOptions: vi.fn(),
    once: (event: 'done', listener: (event: unknown, state: DownloadState) => void) => emitter.once(event, listener),
    /** The dialog was answered and the download ended. */
    finish(state: DownloadState, path = '') {
      savePath = path;
      emitter.emit('done', {}, state);
    },
  };
  return item as typeof item & SavableDownload;
};

const fakeContents = (id: number) => {
  let destroyed = false;
  return { id, send: vi.fn(), isDestroyed: () => destroyed, destroy: () => (destroyed = true) };
};

const DOWNLOADS = join('/home', 'ada', 'Downloads');
const setup = (ids = [3]) => {
  const log = vi.fn();
  const save = createExportDownloads({ defaultFolder: () => DOWNLOADS, title: () => '儲存文章', ourContentsIds: new Set(ids), log });
  return { save, log };
};

describe('createExportDownloads', () => {
  it('opens the save dialog in Downloads with the suggested name, a title and a Markdown filter', () => {
    const { save } = setup();
    const item = fakeItem('blob:file:///a1', '雲端策略.md');
    save(item, fakeContents(3));
    expect(item.setSaveDialogOptions).toHaveBeenCalledWith({
      title: '儲存文章',
      defaultPath: join(DOWNLOADS, '雲端策略.md'),
      filters: [{ name: 'Markdown', extensions: ['md', 'markdown'] }],
    });
  });

  it('tells the page a completed save, under the name the person chose', () => {
    const { save } = setup();
    const item = fakeItem('blob:file:///a1', '雲端策略.md');
    const contents = fakeContents(3);
    save(item, contents);
    expect(contents.send).not.toHaveBeenCalled();
    item.finish('completed', join('/home', 'ada', 'notes', 'cloud.md'));
    expect(contents.send).toHaveBeenCalledWith(eventChannel('downloadDone'), { url: 'blob:file:///a1', fileName: 'cloud.md', state: 'completed' });
  });

  it('reports a cancelled or interrupted save as such, never as saved', () => {
    const { save, log } = setup();
    const contents = fakeContents(3);
    const cancelled = fakeItem('blob:file:///c', 'a.md');
    save(cancelled, contents);
    cancelled.finish('cancelled');
    const broken = fakeItem('blob:file:///i', 'b.md');
    save(broken, contents);
    broken.finish('interrupted');
    expect(contents.send.mock.calls).toEqual([
      [eventChannel('downloadDone'), { url: 'blob:file:///c', fileName: 'a.md', state: 'cancelled' }],
      [eventChannel('downloadDone'), { url: 'blob:file:///i', fileName: 'b.md', state: 'interrupted' }],
    ]);
    expect(log).toHaveBeenCalledWith(expect.stringContaining('b.md'));
  });

  it('opens the next dialog in the folder of the last save', () => {
    const { save } = setup();
    const first = fakeItem('blob:file:///1', 'a.md');
    save(first, fakeContents(3));
    first.finish('completed', join('/home', 'ada', 'notes', 'a.md'));
    const second = fakeItem('blob:file:///2', 'b.md');
    save(second, fakeContents(3));
    expect(second.setSaveDialogOptions).toHaveBeenCalledWith(expect.objectContaining({ defaultPath: join('/home', 'ada', 'notes', 'b.md') }));
  });

  it('tells nothing to a webContents that is not ours or has closed', () => {
    const { save } = setup([3]);
    const stranger = fakeContents(9);
    const item = fakeItem('blob:file:///s', 'a.md');
    save(item, stranger);
    item.finish('completed', '/tmp/a.md');
    expect(stranger.send).not.toHaveBeenCalled();

    const closed = fakeContents(3);
    const late = fakeItem('blob:file:///l', 'b.md');
    save(late, closed);
    closed.destroy();
    late.finish('completed', '/tmp/b.md');
    expect(closed.send).not.toHaveBeenCalled();
  });
});
