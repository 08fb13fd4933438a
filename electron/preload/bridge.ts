import { EVENT_NAMES, OPERATION_NAMES, type EventName, type GlossaBridge } from '../../data/model/api';
import { eventChannel, operationChannel } from '../../data/model/channels';
import { fail } from '../../data/model/result';

export interface IpcLike {
  invoke(channel: string, input: unknown): Promise<unknown>;
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

/**
 * window.glossa: one function per contract operation plus `on`. Built from the contract so
 * the preload can never expose more (or less) than the router handles.
 */
export const buildBridge = (ipc: IpcLike): GlossaBridge => {
  const bridge: Record<string, unknown> = {};
  for (const name of OPERATION_NAMES) {
    // The router answers every call with a Result; a rejection means no handler answered
    // (main still starting, or gone). Keep the promise: errors never arrive as throws.
    bridge[name] = (input: unknown) =>
      ipc
        .invoke(operationChannel(name), input ?? {})
        .catch(() => fail('internal', `${name}: the app did not answer; try again, or restart Glossa`));
  }
  bridge.on = (event: EventName, cb: (payload: unknown) => void) => {
    if (!EVENT_NAMES.includes(event)) throw new Error(`unknown event: ${String(event)}`);
    if (typeof cb !== 'function') throw new Error('on(event, cb) needs a function');
    return ipc.subscribe(eventChannel(event), (payload) => cb(payload));
  };
  return Object.freeze(bridge) as GlossaBridge;
};
