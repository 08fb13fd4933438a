import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../../data/test-support/temp-dir';
import { WINDOW_STATE_FILE, WindowStateFile, type TrackedWindow } from './window-state';

const tempDir = useTempDirs();

describe('WindowStateFile', () => {
  it('has nothing to restore before the first save', async () => {
    expect(await new WindowStateFile(join(tempDir(), WINDOW_STATE_FILE)).load()).toBeNull();
  });

  it('saves the normal bounds and maximised state when the window closes, and loads them back', async () => {
    const path = join(tempDir(), WINDOW_STATE_FILE);
    const file = new WindowStateFile(path);
    let onClose = () => {};
    const win = {
      on: (_event: 'close', cb: () => void) => (onClose = cb),
      getNormalBounds: () => ({ x: 40, y: 30, width: 1100, height: 700 }),
      isMaximized: () => true,
    } as unknown as TrackedWindow;
    file.track(win);
    onClose();
    await file.whenIdle();
    expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ bounds: { x: 40, y: 30, width: 1100, height: 700 }, maximized: true });
    expect(await new WindowStateFile(path).load()).toEqual({ bounds: { x: 40, y: 30, width: 1100, height: 700 }, maximized: true });
  });

  it('writes through the durable writer (temp file, fsync, rename)', async () => {
    const write = vi.fn(async () => {});
    await new WindowStateFile('/state.json', () => {}, write).save({ bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: false });
    expect(write).toHaveBeenCalledWith('/state.json', expect.stringContaining('"width": 800'));
  });

  it('ignores a damaged file', async () => {
    const path = join(tempDir(), WINDOW_STATE_FILE);
    writeFileSync(path, '{"bounds": {"x": 0');
    const log = vi.fn();
    expect(await new WindowStateFile(path, log).load()).toBeNull();
    expect(log).toHaveBeenCalled();
  });

  it('logs a failed save instead of throwing, and whenIdle still resolves', async () => {
    const log = vi.fn();
    const file = new WindowStateFile(join(tempDir(), 'missing-folder', WINDOW_STATE_FILE), log);
    await file.save({ bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: false });
    await file.whenIdle();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('could not save'), expect.anything());
    expect(existsSync(file.path)).toBe(false);
  });

  it('stops waiting for a stuck write after the timeout', async () => {
    const file = new WindowStateFile('/x.json', () => {}, () => new Promise(() => {}));
    void file.save({ bounds: { x: 0, y: 0, width: 800, height: 600 }, maximized: false });
    const started = Date.now();
    await file.whenIdle(50);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
