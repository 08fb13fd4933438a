import type { BaseWindow, MessageBoxOptions, OpenDialogOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import type { ImportReport } from '../../data/model/api';
import type { Language } from '../../data/model/i18n/language';
import { eventChannel } from '../../data/model/channels';
import type { DocumentSummary } from '../../data/model/schemas';
import { createMenuActions, type MenuActionsContext } from './menu-actions';
import type { DialogLike } from './native-dialogs';

const doc = (id: string) => ({ id, title: id }) as DocumentSummary;

/** The main window, a dialog that answers as told, and a service stub. */
const setup = (
  answers: { open?: { canceled: boolean; filePaths: string[] }; report?: ImportReport; importThrows?: Error; language?: Language } = {},
) => {
  const win = { webContents: { id: 1, send: vi.fn(), isDestroyed: () => false }, isDestroyed: () => false, once: vi.fn() };
  const boxes: MessageBoxOptions[] = [];
  const opened: OpenDialogOptions[] = [];
  const dialog = {
    showOpenDialog: vi.fn(async (_parent: unknown, options: OpenDialogOptions) => {
      opened.push(options);
      return answers.open ?? { canceled: true, filePaths: [] };
    }),
    showMessageBox: vi.fn(async (_parent: unknown, options: MessageBoxOptions) => {
      boxes.push(options);
      return { response: 0, checkboxChecked: false };
    }),
  } as unknown as DialogLike;
  const importFiles = vi.fn(async () => {
    if (answers.importThrows) throw answers.importThrows;
    return answers.report ?? { imported: [], failed: [] };
  });
  const exportTo = vi.fn(async (folder: string) => ({ folder, written: ['a.md', 'b.md'], failed: [] }));
  const log = vi.fn();
  const ctx: MenuActionsContext = {
    service: { importFiles, listDocuments: vi.fn(), exportDocumentMarkdown: vi.fn(), getDocument: vi.fn(), getSettings: vi.fn() },
    dialog,
    windows: { main: () => win as never, has: (w: unknown): w is never => w === win },
    log,
    language: () => answers.language ?? 'en',
    about: { name: 'Glossa', version: '0.1.0', versions: { electron: '45.4.1', chrome: '140', node: '22' } },
    exportTo: exportTo as never,
  };
  return { actions: createMenuActions(ctx), win, boxes, opened, importFiles, exportTo, log };
};

describe('Import…', () => {
  it('offers a multi-select native open dialog filtered to txt, md, html and htm', async () => {
    const { actions, opened } = setup();
    await actions.importFiles();
    expect(opened[0].properties).toEqual(expect.arrayContaining(['openFile', 'multiSelections']));
    expect(opened[0].filters?.flatMap((f) => f.extensions).sort()).toEqual(['htm', 'html', 'md', 'txt']);
  });

  it('does nothing when the dialog is cancelled', async () => {
    const { actions, importFiles, boxes } = setup({ open: { canceled: true, filePaths: [] } });
    await actions.importFiles();
    expect(importFiles).not.toHaveBeenCalled();
    expect(boxes).toEqual([]);
  });

  it('imports the chosen paths and shows nothing when all succeed', async () => {
    const paths = ['/a/文章.txt', '/a/notes.md'];
    const { actions, importFiles, boxes } = setup({ open: { canceled: false, filePaths: paths }, report: { imported: [doc('1'), doc('2')], failed: [] } });
    await actions.importFiles();
    expect(importFiles).toHaveBeenCalledWith({ paths });
    expect(boxes).toEqual([]);
  });

  it('lists every failure message in a native box', async () => {
    const { actions, boxes } = setup({
      open: { canceled: false, filePaths: ['/a/ok.txt', '/a/scan.pdf', '/a/empty.txt'] },
      report: {
        imported: [doc('1')],
        failed: [
          { file: '/a/scan.pdf', message: 'not a text, Markdown or HTML file' },
          { file: '/a/empty.txt', message: 'the file is empty' },
        ],
      },
    });
    await actions.importFiles();
    expect(boxes).toHaveLength(1);
    expect(boxes[0]).toMatchObject({ type: 'warning', message: '2 of 3 files could not be imported.' });
    expect(boxes[0].detail).toContain('scan.pdf: not a text, Markdown or HTML file');
    expect(boxes[0].detail).toContain('empty.txt: the file is empty');
  });

  it('turns an unexpected throw into a logged error box, never a rejection', async () => {
    const boom = new Error('disk on fire');
    const { actions, boxes, log } = setup({ open: { canceled: false, filePaths: ['/a/x.txt'] }, importThrows: boom });
    await expect(actions.importFiles()).resolves.toBeUndefined();
    expect(log).toHaveBeenCalledWith('importFiles failed', boom);
    expect(boxes[0]).toMatchObject({ type: 'error' });
    expect(boxes[0].detail).not.toContain('disk on fire');
  });
});

describe('Export Notebook…', () => {
  it('asks for a folder, exports into it and reports the result', async () => {
    const { actions, opened, exportTo, boxes } = setup({ open: { canceled: false, filePaths: ['/home/me/vault'] } });
    await actions.exportNotebook();
    expect(opened[0].properties).toEqual(expect.arrayContaining(['openDirectory', 'createDirectory']));
    expect(exportTo).toHaveBeenCalledWith('/home/me/vault', expect.anything());
    expect(boxes[0]).toMatchObject({ type: 'info', message: 'Exported 2 articles to Markdown.' });
  });

  it('exports nothing when the folder dialog is cancelled', async () => {
    const { actions, exportTo } = setup();
    await actions.exportNotebook();
    expect(exportTo).not.toHaveBeenCalled();
  });
});

describe('in the interface language', () => {
  it('titles the native dialogs and words the boxes in Traditional Chinese when that is the setting', async () => {
    const failed = { imported: [doc('1')], failed: [{ file: '/a/scan.pdf', message: 'binary' }] };
    const { actions, opened, boxes } = setup({ open: { canceled: false, filePaths: ['/a/x.txt', '/a/scan.pdf'] }, report: failed, language: 'zh-Hant' });
    await actions.importFiles();
    expect(opened[0]).toMatchObject({ title: '匯入文章', filters: [{ name: '文章（純文字、Markdown、HTML）' }] });
    expect(boxes[0].message).toBe('2 個檔案中有 1 個無法匯入。');
    await actions.exportNotebook();
    expect(opened[1]).toMatchObject({ title: '將筆記本匯出為 Markdown', buttonLabel: '匯出到這裡' });
    expect(boxes[1].message).toBe('已將 2 篇文章匯出為 Markdown。');
    await actions.about();
    expect(boxes[2]).toMatchObject({ title: '關於 Glossa', message: 'Glossa 0.1.0' });
  });

  it('says a failure in Simplified Chinese too', async () => {
    const { actions, boxes } = setup({ open: { canceled: false, filePaths: ['/a/x.txt'] }, importThrows: new Error('boom'), language: 'zh-Hans' });
    await actions.importFiles();
    expect(boxes[0]).toMatchObject({ type: 'error', message: '无法导入这些文件。' });
  });

  it('is English otherwise', async () => {
    const { actions, opened } = setup({ open: { canceled: true, filePaths: [] } });
    await actions.importFiles();
    await actions.exportNotebook();
    expect(opened.map((o) => o.title)).toEqual(['Import articles', 'Export the notebook as Markdown']);
    expect(opened[1].buttonLabel).toBe('Export Here');
  });
});

describe('renderer commands and About', () => {
  it('sends a menu command to the focused window of ours', () => {
    const { actions, win } = setup();
    actions.command('exportCurrent', win as unknown as BaseWindow);
    expect(win.webContents.send).toHaveBeenCalledWith(eventChannel('menuCommand'), { command: 'exportCurrent' });
  });

  it('shows the name and versions in a native box', async () => {
    const { actions, boxes } = setup();
    await actions.about();
    expect(boxes[0]).toMatchObject({ message: 'Glossa 0.1.0' });
    expect(boxes[0].detail).toContain('Electron 45.4.1');
  });
});
