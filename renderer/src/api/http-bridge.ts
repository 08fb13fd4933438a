import {
  EVENT_NAMES,
  OPERATION_NAMES,
  type EventName,
  type GlossaBridge,
  type OperationName,
} from '../../../data/model/api';
import { EVENTS_PATH, bodyLimitFor, operationPath } from '../../../data/model/http-routes';
import { fail, type Result } from '../../../data/model/result';
import { createEventStream, type StreamStatus } from './event-stream';

export interface HttpBridgeOptions {
  /** '' in the page (same origin); an absolute http://127.0.0.1:PORT from Node tests. */
  baseUrl?: string;
  token: string | null;
  fetch?: typeof fetch;
  reconnectDelay?: (attempt: number) => number;
  onStreamStatus?: (status: StreamStatus) => void;
}

const MIB = 1024 * 1024;
const NO_TOKEN =
  'This page has no access to the notebook: open it with the link that glossa serve printed (it ends in ?token=…).';

/** Plain words for an answer that is not a Result; the user sees them as they are. */
const httpFailure = (status: number, limit: number): Result<never> => {
  if (status === 401) {
    return fail('io', 'This page’s access to the notebook has expired (glossa serve was restarted?). Open the new link it printed.');
  }
  if (status === 403) return fail('io', 'The notebook server refused this page. Open it with the exact link that glossa serve printed.');
  if (status === 413) return fail('io', tooLarge(limit));
  return fail('io', `The notebook server could not handle the request (HTTP ${status}). Try again; if it keeps failing, see the glossa serve terminal.`);
};
const tooLarge = (limit: number) =>
  `That is too much to send at once (at most ${limit / MIB} MiB per request). Import fewer or smaller files at a time.`;

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
 * refused, failed or unreachable call becomes `{ok: false, error: {code: 'io'}}`. Events
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
    if (!token) return fail('io', NO_TOKEN);
    let body: string;
    try {
      body = JSON.stringify(input ?? {});
    } catch {
      return fail('invalid_input', `${name}: the input cannot be sent as JSON`);
    }
    const limit = bodyLimitFor(name);
    if (overLimit(body, limit)) return fail('io', tooLarge(limit));
    let response: Response;
    try {
      response = await fetch(`${baseUrl}${operationPath(name)}`, {
        method: 'POST',
        headers: { ...authorization, 'Content-Type': 'application/json' },
        body,
        cache: 'no-store',
      });
    } catch {
      return fail('io', 'The notebook server is not answering. Is glossa serve still running? Start it again and open the link it prints.');
    }
    if (response.status !== 200) return httpFailure(response.status, limit);
    try {
      const result: unknown = await response.json();
      if (isResult(result)) return result;
    } catch {
      // Fall through: a 200 that is not a Result.
    }
    return fail('io', 'The notebook server sent an answer this page cannot read. Reload the page.');
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
