import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { useTempDirs } from '../../data/test-support/temp-dir';
import { handleSecondInstance, type FocusableWindow } from './single-instance';

const tempDir = useTempDirs();

const fakeWindow = (minimized: boolean, visible: boolean) => ({
  isMinimized: vi.fn(() => minimized),
  restore: vi.fn(),
  isVisible: vi.fn(() => visible),
  show: vi.fn(),
  focus: vi.fn(),
});

describe('handleSecondInstance', () => {
  it('restores and focuses the first window, then imports the files it was given', async () => {
    const dir = tempDir('second');
    writeFileSync(join(dir, '文章.txt'), '內容');
    const win = fakeWindow(true, false);
    const importPaths = vi.fn(async () => {});
    await handleSecondInstance(['/opt/Glossa/glossa', '--original-process-start-time=1', '文章.txt', 'missing.md'], dir, {
      mainWindow: () => win as FocusableWindow,
      defaultApp: false,
      importPaths,
    });
    expect(win.restore).toHaveBeenCalled();
    expect(win.show).toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(importPaths).toHaveBeenCalledWith([join(dir, '文章.txt')], win);
  });

  it('only focuses when no file was given', async () => {
    const win = fakeWindow(false, true);
    const importPaths = vi.fn(async () => {});
    await handleSecondInstance(['/x/electron', '.'], '/', { mainWindow: () => win as FocusableWindow, defaultApp: true, importPaths });
    expect(win.restore).not.toHaveBeenCalled();
    expect(win.focus).toHaveBeenCalled();
    expect(importPaths).not.toHaveBeenCalled();
  });
});
