import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/i18n-context';
import { noticeText } from '../i18n/notice-text';
import { createDocumentsStore } from './documents-store';
import { createNoticesStore, type Notice } from './notices-store';
import { createFakeBridge } from './test-support/fake-bridge';

const file = (name: string, text: string) => ({
  name,
  arrayBuffer: async () => new TextEncoder().encode(text).buffer as ArrayBuffer,
});

const setup = () => {
  const bridge = createFakeBridge();
  const timers: (() => void)[] = [];
  const notices = createNoticesStore({ setTimer: (run) => timers.push(run) });
  const documents = createDocumentsStore(bridge, notices);
  return { bridge, notices, documents, timers };
};

describe('documents store', () => {
  it('imports several files one by one; a failure becomes a notice naming the file', async () => {
    const { bridge, notices, documents } = setup();
    bridge.refuse.add('scan.pdf');
    const seen: (string | undefined)[] = [];
    documents.store.subscribe(() => seen.push(documents.store.get().progress?.file));

    const imported = await documents.importFiles([file('一.txt', '第一篇'), file('scan.pdf', '%PDF'), file('two.md', '# Two')]);

    expect(imported.map((d) => d.title)).toEqual(['一', 'two']);
    expect(bridge.calls.filter((c) => c.name === 'importFileData')).toHaveLength(3);
    const errors = notices.store.get().notices.filter((n) => n.kind === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0].message.key).toBe('import.failed');
    // Worded when shown, in the language of the moment, from the refusal's reason.
    expect(noticeText(createI18n('en'), errors[0].message)).toBe('Not imported: scan.pdf: it looks like a binary file, not text');
    expect(noticeText(createI18n('zh-Hant'), errors[0].message)).toBe('未能匯入：scan.pdf：看起來是二進位檔案，不是文字檔');
    // Progress named each file while it was imported, then went away.
    expect(seen).toEqual(expect.arrayContaining(['一.txt', 'scan.pdf', 'two.md']));
    expect(documents.store.get().progress).toBeNull();
    expect(documents.store.get().documents).toHaveLength(2);
  });

  it('names the file when a whole call fails or the file cannot be read', async () => {
    const { bridge, notices, documents } = setup();
    bridge.importFileData = async () => ({ ok: false, error: { code: 'invalid_input', message: 'request too large' } });
    const unreadable = { name: 'gone.txt', arrayBuffer: () => Promise.reject(new Error('file was moved')) };
    await documents.importFiles([file('big.txt', 'x'), unreadable]);
    const shown = (n: Notice) => noticeText(createI18n('en'), n.message);
    expect(notices.store.get().notices.map(shown)).toEqual(['Not imported: big.txt: request too large', 'Not imported: gone.txt: file was moved']);
  });

  it('deletes with an Undo toast that restores the document', async () => {
    const { bridge, notices, documents } = setup();
    await bridge.importText({ text: 'x', title: 'Keep me' });
    const [summary] = await documents.load();
    const restored = vi.fn();
    await documents.deleteDocument(summary, restored);
    expect(documents.store.get().documents).toHaveLength(0);

    const toast = notices.store.get().notices.find((n) => n.kind === 'toast')!;
    expect(toast.message).toEqual({ key: 'library.deleted', params: { title: 'Keep me' } });
    await toast.action!.run();
    expect(bridge.calls.some((c) => c.name === 'restoreDocument')).toBe(true);
    expect(documents.store.get().documents.map((d) => d.title)).toEqual(['Keep me']);
    expect(restored).toHaveBeenCalledWith(summary.id);
  });
});
