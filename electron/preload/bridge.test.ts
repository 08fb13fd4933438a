import { describe, expect, it, vi } from 'vitest';
import { EVENT_NAMES, OPERATION_NAMES } from '../../data/model/api';
import { eventChannel, operationChannel } from '../../data/model/channels';
import { buildBridge, type IpcLike } from './bridge';

/** An IpcLike with real listener bookkeeping, so subscribe/unsubscribe can be observed. */
const fakeIpc = () => {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const ipc: IpcLike = {
    invoke: vi.fn(async (channel: string, input: unknown) => ({ ok: true, value: { channel, input } })),
    subscribe: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      set.add(listener);
      listeners.set(channel, set);
      return () => void set.delete(listener);
    },
  };
  const emit = (channel: string, payload: unknown) => listeners.get(channel)?.forEach((l) => l(payload));
  return { ipc, emit, listeners };
};

describe('buildBridge', () => {
  it('exposes exactly the contract operations plus on, all functions', () => {
    const bridge = buildBridge(fakeIpc().ipc);
    expect(Object.keys(bridge).sort()).toEqual([...OPERATION_NAMES, 'on'].sort());
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends each operation on its own channel and returns the Result', async () => {
    const { ipc } = fakeIpc();
    const bridge = buildBridge(ipc);
    expect(await bridge.getDocument({ id: 'd1' })).toEqual({ ok: true, value: { channel: operationChannel('getDocument'), input: { id: 'd1' } } });
    await (bridge.listDocuments as (input?: unknown) => Promise<unknown>)();
    expect(ipc.invoke).toHaveBeenLastCalledWith(operationChannel('listDocuments'), {});
  });

  it('turns a rejected invoke (no handler answered) into an internal Result, never a throw', async () => {
    const { ipc } = fakeIpc();
    vi.mocked(ipc.invoke).mockRejectedValueOnce(new Error("No handler registered for 'glossa:op:listTags'"));
    const bridge = buildBridge(ipc);
    expect(await bridge.listTags({})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });

  it('on(event, cb) delivers payloads and returns an unsubscribe function that removes the listener', () => {
    const { ipc, emit, listeners } = fakeIpc();
    const bridge = buildBridge(ipc);
    const cb = vi.fn();
    const off = bridge.on('notebookChanged', cb);
    emit(eventChannel('notebookChanged'), { documentIds: ['d1'] });
    expect(cb).toHaveBeenCalledWith({ documentIds: ['d1'] });
    expect(typeof off).toBe('function');
    off();
    expect(listeners.get(eventChannel('notebookChanged'))?.size).toBe(0);
    emit(eventChannel('notebookChanged'), { documentIds: ['d2'] });
    expect(cb).toHaveBeenCalledTimes(1);
  });

  it('subscribes to every contract event and refuses anything else', () => {
    const bridge = buildBridge(fakeIpc().ipc);
    for (const event of EVENT_NAMES) expect(typeof bridge.on(event, () => {})).toBe('function');
    expect(() => bridge.on('ipc-message' as never, () => {})).toThrow(/unknown event/);
    expect(() => bridge.on('notebookChanged', 'not a function' as never)).toThrow();
  });
});
