import type { ServerResponse } from 'node:http';
import type { EventName, EventPayloads } from '../../data/model/api';

export interface EventFeed {
  onEvent(listener: <E extends EventName>(event: E, payload: EventPayloads[E]) => void): () => void;
}

/** Often enough that proxies and idle timers never see the stream as dead. */
export const HEARTBEAT_MS = 15_000;

/**
 * GET /api/events: the service's events as server-sent events, one JSON `data:` line each
 * (JSON.stringify never emits a newline, so one line is always enough). The client reads it
 * with fetch, not EventSource, because EventSource cannot send the Authorization header.
 * Returns a function that ends the stream, used when the server closes.
 */
export const streamEvents = (
  res: ServerResponse,
  source: EventFeed,
  heartbeatMs = HEARTBEAT_MS,
): (() => void) => {
  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
  });
  // A first comment sends the headers now, so the client knows it is connected.
  res.write(': connected\n\n');
  const unsubscribe = source.onEvent((event, payload) => {
    res.write(`data: ${JSON.stringify({ event, payload })}\n\n`);
  });
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs);
  let ended = false;
  const end = () => {
    if (ended) return;
    ended = true;
    clearInterval(heartbeat);
    unsubscribe();
    res.end();
  };
  // The response's close is the connection going away; the request's close only means its
  // (empty) body was read, so it is not the signal to stop.
  res.once('close', end);
  return end;
};
