import { createSseParser, parseHostEvent, type HostEvent } from './sse-parser';

export type StreamStatus = 'connected' | 'disconnected';

export interface EventStreamOptions {
  url: string;
  headers: Record<string, string>;
  fetch: typeof fetch;
  onEvent: (message: HostEvent) => void;
  onStatus?: (status: StreamStatus) => void;
  /** Milliseconds to wait before reconnect attempt `attempt` (0 = first retry). */
  reconnectDelay?: (attempt: number) => number;
}

/** 0.5 s, 1 s, 2 s ... doubling up to 30 s: quick after a blip, quiet when the server is gone. */
export const reconnectDelay = (attempt: number): number => Math.min(30_000, 500 * 2 ** Math.min(attempt, 10));

/**
 * One long-lived `fetch` of the server's event stream, read chunk by chunk, reconnecting
 * with backoff whenever it ends or fails. Not EventSource: that cannot send the
 * Authorization header, and the token must never travel in a URL.
 */
export const createEventStream = ({
  url,
  headers,
  fetch,
  onEvent,
  onStatus = () => {},
  reconnectDelay: delay = reconnectDelay,
}: EventStreamOptions) => {
  // Each start() gets its own run, so a stop() followed by a start() never leaves two loops.
  let current: { active: boolean; abort: AbortController; wake: () => void } | undefined;

  const loop = async (run: NonNullable<typeof current>) => {
    let attempt = 0;
    while (run.active) {
      try {
        const response = await fetch(url, { headers, signal: run.abort.signal, cache: 'no-store' });
        if (!response.ok || !response.body) throw new Error(`HTTP ${response.status}`);
        attempt = 0;
        onStatus('connected');
        const parser = createSseParser((data) => {
          const message = parseHostEvent(data);
          if (message && run.active) onEvent(message);
        });
        const reader = response.body.getReader();
        const decoder = new TextDecoder();
        for (;;) {
          const { done, value } = await reader.read();
          if (done) break;
          parser.push(decoder.decode(value, { stream: true }));
        }
      } catch {
        // A refused or broken connection: retry below, like a stream that ended.
      }
      if (!run.active) return;
      onStatus('disconnected');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delay(attempt++));
        run.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  };

  return {
    start(): void {
      if (current?.active) return;
      current = { active: true, abort: new AbortController(), wake: () => {} };
      void loop(current);
    },
    stop(): void {
      if (!current) return;
      current.active = false;
      current.abort.abort();
      current.wake();
      current = undefined;
    },
  };
};
