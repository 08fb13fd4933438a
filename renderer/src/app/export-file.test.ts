// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFakeBridge, type FakeBridge } from '../state/test-support/fake-bridge';
import { createActions } from './actions';
import { saveNotice, saveText } from './export-file';
import { createServices } from './services';

/** Every <a download> the page clicks, with the blob: URL it points at. */
let clicked: { url: string; fileName: string }[];
let revoked: string[];
let seq: number;

beforeEach(() => {
  clicked = [];
  revoked = [];
  seq = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation(() => `blob:file:///${++seq}`);
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url: string) => void revoked.push(url));
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push({ url: this.href, fileName: this.download });
  });
});
afterEach(() => vi.restoreAllMocks());

/** Lets pending promise callbacks run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('saveText', () => {
  it('in browser mode starts the download and says only that it is downloading', async () => {
    const bridge = createFakeBridge();
    const outcome = await saveText('雲端.md', '# 雲端\n', { host: 'browser', bridge });
    expect(clicked).toEqual([{ url: 'blob:file:///1', fileName: '雲端.md' }]);
    expect(outcome).toEqual({ state: 'downloading', fileName: '雲端.md' });
    expect(saveNotice(outcome)).toEqual({ kind: 'toast', key: 'export.downloading', params: { file: '雲端.md' } });
  });

  it('in Electron waits for the host to report the download it started, by its blob: URL', async () => {
    const bridge = createFakeBridge();
    let outcome: unknown;
    void saveText('a.md', 'A', { host: 'electron', bridge }).then((o) => (outcome = o));
    const second = saveText('a.md', 'A again', { host: 'electron', bridge });
    expect(clicked.map((c) => c.url)).toEqual(['blob:file:///1', 'blob:file:///2']);

    bridge.emit('downloadDone', { url: 'blob:file:///2', fileName: 'a (2).md', state: 'completed' });
    expect(await second).toEqual({ state: 'completed', fileName: 'a (2).md' });
    await settle();
    expect(outcome).toBeUndefined();
    // The blob lives until its own download ended: the save dialog may stay open for minutes.
    expect(revoked).toEqual(['blob:file:///2']);

    bridge.emit('downloadDone', { url: 'blob:file:///1', fileName: 'a.md', state: 'cancelled' });
    await settle();
    expect(outcome).toEqual({ state: 'cancelled', fileName: 'a.md' });
  });

  it('stops listening once its download is reported', async () => {
    const bridge = createFakeBridge();
    const on = vi.spyOn(bridge, 'on');
    const saving = saveText('a.md', 'A', { host: 'electron', bridge });
    const off = on.mock.results[0].value as () => boolean;
    bridge.emit('downloadDone', { url: 'blob:file:///1', fileName: 'a.md', state: 'completed' });
    await saving;
    expect(off()).toBe(false);
  });
});

describe('saveNotice', () => {
  it('says Saved only for a completed save, nothing for a cancelled one and an error for an interrupted one', () => {
    expect(saveNotice({ state: 'completed', fileName: 'a.md' })).toEqual({ kind: 'toast', key: 'export.saved', params: { file: 'a.md' } });
    expect(saveNotice({ state: 'cancelled', fileName: 'a.md' })).toBeNull();
    expect(saveNotice({ state: 'interrupted', fileName: 'a.md' })).toEqual({ kind: 'error', key: 'export.saveFailed', params: { file: 'a.md' } });
  });
});

describe('exportCurrent', () => {
  const setup = async (host: 'electron' | 'browser') => {
    const bridge: FakeBridge = createFakeBridge({ documents: [{ title: '雲端優先策略', text: '公共雲優先。' }] });
    const services = createServices(bridge);
    await services.doc.open('d1');
    const actions = createActions(services, { openFilePicker: () => {}, host });
    const notices = () => services.notices.store.get().notices.map((n) => ({ kind: n.kind, key: n.message.key, params: n.message.params }));
    return { bridge, actions, notices };
  };

  it('in Electron toasts Saved only after the host reports the file written', async () => {
    const { bridge, actions, notices } = await setup('electron');
    const done = actions.exportCurrent();
    await settle();
    expect(clicked).toEqual([{ url: 'blob:file:///1', fileName: '雲端優先策略.md' }]);
    expect(notices()).toEqual([]);
    bridge.emit('downloadDone', { url: 'blob:file:///1', fileName: '雲端優先策略.md', state: 'completed' });
    await done;
    expect(notices()).toEqual([{ kind: 'toast', key: 'export.saved', params: { file: '雲端優先策略.md' } }]);
  });

  it('in Electron says nothing when the person cancels the save dialog', async () => {
    const { bridge, actions, notices } = await setup('electron');
    const done = actions.exportCurrent();
    await settle();
    bridge.emit('downloadDone', { url: 'blob:file:///1', fileName: '雲端優先策略.md', state: 'cancelled' });
    await done;
    expect(notices()).toEqual([]);
  });

  it('in browser mode says the file is downloading, not that it was saved', async () => {
    const { actions, notices } = await setup('browser');
    await actions.exportCurrent();
    expect(notices()).toEqual([{ kind: 'toast', key: 'export.downloading', params: { file: '雲端優先策略.md' } }]);
  });
});
