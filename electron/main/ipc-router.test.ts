import { describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES, type Implementation } from '../../data/model/api';
import { operationChannel } from '../../data/model/channels';
import { errorFor } from '../../data/model/i18n/error-text';
import { GlossaError } from '../../data/model/result';
import { registerIpcRouter, type IpcMainLike } from './ipc-router';
import { makeIsTrustedSender, type SenderEvent } from './trusted-sender';

const APP_URL = 'file:///app/out/renderer/index.html';
const OUR_ID = 7;

type Handler = (event: SenderEvent, input: unknown) => Promise<unknown>;

/** An ipcMain that keeps handlers by channel, refusing a second handler as Electron does. */
const fakeIpcMain = () => {
  const handlers = new Map<string, Handler>();
  const ipcMain: IpcMainLike = {
    handle: vi.fn((channel: string, handler: Handler) => {
      if (handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      handlers.set(channel, handler);
    }),
    removeHandler: vi.fn((channel: string) => void handlers.delete(channel)),
  };
  return { ipcMain, handlers };
};

const ourEvent = (url = APP_URL): SenderEvent => ({ sender: { id: OUR_ID }, senderFrame: { url, parent: null } });

const setup = (service: Partial<Implementation>) => {
  const { ipcMain, handlers } = fakeIpcMain();
  const log = vi.fn();
  const unregister = registerIpcRouter({
    ipcMain,
    service: service as Implementation,
    isTrustedSender: makeIsTrustedSender(new Set([OUR_ID]), APP_URL),
    log,
  });
  const call = (name: (typeof OPERATION_NAMES)[number], input: unknown, event = ourEvent()) =>
    handlers.get(operationChannel(name))!(event, input);
  return { ipcMain, handlers, log, call, unregister };
};

describe('registerIpcRouter', () => {
  it('registers exactly one handler per contract operation, on its derived channel', () => {
    const { ipcMain, handlers } = setup({});
    expect(ipcMain.handle).toHaveBeenCalledTimes(OPERATION_NAMES.length);
    expect([...handlers.keys()].sort()).toEqual(OPERATION_NAMES.map(operationChannel).sort());
  });

  it('calls the service for our window and answers with a Result', async () => {
    const listDocuments = vi.fn(async () => []);
    const { call } = setup({ listDocuments });
    expect(await call('listDocuments', {})).toEqual({ ok: true, value: [] });
    expect(listDocuments).toHaveBeenCalledTimes(1);
  });

  it.each<[string, SenderEvent]>([
    ['another webContents', { sender: { id: 99 }, senderFrame: { url: APP_URL, parent: null } }],
    ['a subframe of our window', { sender: { id: OUR_ID }, senderFrame: { url: APP_URL, parent: {} } }],
    ['our window showing a remote page', ourEvent('https://evil.com/')],
    ['our window showing another local file', ourEvent('file:///tmp/evil.html')],
    ['a frame destroyed mid-call', { sender: { id: OUR_ID }, senderFrame: null }],
  ])('refuses %s as forbidden without calling the service', async (_label, event) => {
    const getDocument = vi.fn(async () => ({ document: {}, annotations: [] }) as never);
    const { call, log } = setup({ getDocument });
    expect(await call('getDocument', { id: 'd1' }, event)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(getDocument).not.toHaveBeenCalled();
    expect(log).toHaveBeenCalledWith(expect.stringContaining('refused getDocument'));
  });

  it('refuses invalid input as invalid_input without calling the service', async () => {
    const createAnnotation = vi.fn();
    const { call } = setup({ createAnnotation });
    for (const input of [{ documentId: '' }, { documentId: 'd1', color: 'chartreuse' }, 'not an object', [1, 2]]) {
      expect(await call('createAnnotation', input)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
    expect(createAnnotation).not.toHaveBeenCalled();
  });

  it('passes the parsed input, with the schema defaults, to the service', async () => {
    const createAnnotation = vi.fn(async (input: unknown) => input as never);
    const { call } = setup({ createAnnotation });
    await call('createAnnotation', { documentId: 'd1' });
    expect(createAnnotation).toHaveBeenCalledWith({ documentId: 'd1', color: 'yellow', tags: [], note: '' });
  });

  it('wraps an unexpected throw as internal, logs it, and does not leak its message', async () => {
    const boom = new Error('/home/someone/secret path exploded');
    const { call, log } = setup({ listTags: async () => Promise.reject(boom) });
    const result = await call('listTags', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(JSON.stringify(result)).not.toContain('secret');
    expect(log).toHaveBeenCalledWith('listTags failed', boom);
  });

  it('keeps the code of a GlossaError', async () => {
    const { call } = setup({ getDocument: async () => Promise.reject(new GlossaError('not_found', 'no document with id d9')) });
    expect(await call('getDocument', { id: 'd9' })).toEqual({ ok: false, error: { code: 'not_found', message: 'no document with id d9' } });
  });

  it("passes a refusal's reason and parameters on, in a shape structured clone keeps", async () => {
    const refusal = { reason: 'too_large', params: { file: 'big.txt', size: 60 * 1024 * 1024, limit: 50 * 1024 * 1024 } } as const;
    const { call } = setup({ importText: async () => Promise.reject(errorFor('import_refused', refusal)) });
    const result = await call('importText', { text: 'x' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'import_refused', message: 'big.txt: it is 60 MB, larger than the 50 MB import limit', ...refusal },
    });
    // What ipcRenderer.invoke hands the page: a structured clone of the Result.
    expect(structuredClone(result)).toEqual(result);
  });

  it('refuses, rather than throws, when the sender check itself throws', async () => {
    const { ipcMain, handlers } = fakeIpcMain();
    const listDocuments = vi.fn();
    registerIpcRouter({
      ipcMain,
      service: { listDocuments } as unknown as Implementation,
      isTrustedSender: () => {
        throw new Error('Object has been destroyed');
      },
      log: () => {},
    });
    const result = await handlers.get(operationChannel('listDocuments'))!(ourEvent(), {});
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(listDocuments).not.toHaveBeenCalled();
  });

  it('removes every handler it registered', () => {
    const { ipcMain, handlers, unregister } = setup({});
    unregister();
    expect(handlers.size).toBe(0);
    expect(ipcMain.removeHandler).toHaveBeenCalledTimes(OPERATION_NAMES.length);
  });
});
