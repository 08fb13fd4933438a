import {
  EVENT_NAMES,
  OPERATION_NAMES,
  type EventName,
  type GlossaBridge,
  type OperationName,
} from '../../../data/model/api';
import { EVENTS_PATH, bodyLimitFor, operationPath } from '../../../data/model/http-routes';
import { failFor } from '../../../data/model/i18n/error-text';
import type { Result } from '../../../data/model/result';
import { createEventStream, type StreamStatus } from './event-stream';

export interface HttpBridgeOptions {
  /** '' in the page (same origin); an absolute http://127.0.0.1:PORT from Node tests. */
  baseUrl?: string;
  token: string | null;
  fetch?: typeof fetch;
  reconnectDelay?: (attempt: number) => number;
  onStreamStatus?: (status: StreamStatus) => void;
}

/**
 * An answer that is not a Result, as a reason the interface puts in the person's language
 * (the message is the catalogue's English, for logs and tests).
 */
const httpFailure = (status: number, limit: number): Result<never> => {
  if (status === 401) return failFor('io', { reason: 'token_expired', params: {} });
  if (status === 403) return failFor('io', { reason: 'page_refused', params: {} });
  if (status === 413) return tooLarge(limit);
  return failFor('io', { reason: 'server_error', params: { status } });
};
const tooLarge = (limit: number) => failFor('io', { reason: 'request_too_large', params: { limit } });

const isResult = (value: unknown): value is Result<unknown> =>
  typeof value === 'object' &&
  value !== null &&
  ((value as { ok?: unknown }).ok === true ||
    ((value as { ok?: unknown }).ok === false && typeof (value as { error?: unknown }).error === 'object'));

/** Over the limit in UTF-8 bytes? A UTF-16 unit is 1 to 3 bytes, so most bodies need no encoding. */
const overLimit = (text: string, limit: number) =>
  text.length > limit || (text.length * 3 > limit && new TextEncoder().encode(text).length > limit);

/**
 * window.glossa for browser mode: the same contract as the preload's bridge, one function
 * per operation POSTing JSON to the server with the bearer token. It never throws: a
 * refused, failed or unreachable call becomes `{ok: false, error: {code: 'io', reason}}`. Events
 * come from one shared stream, opened with the first listener and closed with the last.
 */
export const createHttpBridge = ({
  baseUrl = '',
  token,
  fetch = (input, init) => globalThis.fetch(input, init),
  reconnectDelay,
  onStreamStatus,
}: HttpBridgeOptions): GlossaBridge => {
  const authorization = { Authorization: `Bearer ${token ?? ''}` };
  const bridge: Record<string, unknown> = {};

  const call = async (name: OperationName, input: unknown): Promise<Result<unknown>> => {
    if (!token) return failFor('io', { reason: 'no_token', params: {} });
    let body: string;
    try {
      body = JSON.stringify(input ?? {});
    } catch {
      return failFor('invalid_input', { reason: 'input_not_json', params: { operation: name } });
    }
    const limit = bodyLimitFor(name);
    if (overLimit(body, limit)) return tooLarge(limit);
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${operationPath(name)}`, {
        method: 'POST',
        headers: { ...authorization, 'Content-Type': 'application/json' },
        body,
        cache: 'no-store',
      });
    } catch {
      return failFor('io', { reason: 'server_unreachable', params: {} });
    }
    if (response.status !== 200) return httpFailure(response.status, limit);
    try {
      const result: unknown = await response.json();
      if (isResult(result)) return result;
    } catch {
      // Fall through: a 200 that is not a Result.
    }
    return failFor('io', { reason: 'unreadable_answer', params: {} });
  };
  for (const name of OPERATION_NAMES) bridge[name] = (input: unknown) => call(name, input);

  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const stream = createEventStream({
    url: `${baseUrl}${EVENTS_PATH}`,
    headers: { ...authorization, Accept: 'text/event-stream' },
    fetch,
    reconnectDelay,
    onStatus: onStreamStatus,
    onEvent: ({ event, payload }) => {
      for (const cb of [...(listeners.get(event) ?? [])]) cb(payload);
    },
  });
  const listenerCount = () => [...listeners.values()].reduce((n, set) => n + set.size, 0);

  bridge.on = (event: EventName, cb: (payload: unknown) => void) => {
    if (!EVENT_NAMES.includes(event)) throw new Error(`unknown event: ${String(event)}`);
    if (typeof cb !== 'function') throw new Error('on(event, cb) needs a function');
    // A fresh wrapper per call, so subscribing the same function twice needs two unsubscribes.
    const wrapped = (payload: unknown) => cb(payload);
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set.add(wrapped));
    if (token) stream.start();
    return () => {
      set.delete(wrapped);
      if (listenerCount() === 0) stream.stop();
    };
  };
  return Object.freeze(bridge) as GlossaBridge;
};
