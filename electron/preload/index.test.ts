import { describe, expect, it, vi } from 'vitest';
import { OPERATION_NAMES, type GlossaBridge } from '../../data/model/api';
import { eventChannel, operationChannel } from '../../data/model/channels';

/** contextBridge and ipcRenderer, recording what the preload exposes and subscribes. */
const electron = vi.hoisted(() => {
  const exposed: Record<string, unknown> = {};
  const listeners = new Map<string, Set<(...args: unknown[]) => void>>();
  const ipcRenderer = {
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
    on: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
      return ipcRenderer;
    }),
    removeListener: vi.fn((channel: string, listener: (...args: unknown[]) => void) => {
      listeners.get(channel)?.delete(listener);
      return ipcRenderer;
    }),
  };
  return {
    exposed,
    listeners,
    ipcRenderer,
    contextBridge: { exposeInMainWorld: vi.fn((key: string, api: unknown) => void (exposed[key] = api)) },
  };
});
vi.mock('electron', () => ({ contextBridge: electron.contextBridge, ipcRenderer: electron.ipcRenderer }));

await import('./index');
const glossa = electron.exposed.glossa as GlossaBridge;

describe('preload', () => {
  it('exposes one thing, window.glossa, with exactly the contract operations plus on', () => {
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1);
    expect(Object.keys(electron.exposed)).toEqual(['glossa']);
    expect(Object.keys(glossa).sort()).toEqual([...OPERATION_NAMES, 'on'].sort());
  });

  it('exposes verbs only, never ipcRenderer or any of its methods', () => {
    const values: unknown[] = Object.values(glossa);
    for (const value of values) expect(typeof value).toBe('function');
    const ipc = Object.values(electron.ipcRenderer);
    expect(values.some((v) => v === electron.ipcRenderer || ipc.includes(v as never))).toBe(false);
  });

  it('invokes the operation channel through ipcRenderer.invoke', async () => {
    await glossa.importText({ text: '標題\n\n內容。' });
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith(operationChannel('importText'), { text: '標題\n\n內容。' });
  });

  it('on() hands the callback the payload only (not the IPC event), and its unsubscribe removes the listener', () => {
    const cb = vi.fn();
    const off = glossa.on('importProgress', cb);
    const channel = eventChannel('importProgress');
    const [listener] = electron.listeners.get(channel)!;
    listener({ sender: 'ipc event' }, { done: 1, total: 1, file: 'a.txt' });
    expect(cb).toHaveBeenCalledWith({ done: 1, total: 1, file: 'a.txt' });
    expect(cb.mock.calls[0]).toHaveLength(1);
    off();
    expect(electron.ipcRenderer.removeListener).toHaveBeenCalledWith(channel, listener);
    expect(electron.listeners.get(channel)!.size).toBe(0);
  });
});
