import { describe, expect, it, vi } from 'vitest';
import { createEventStream, reconnectDelay } from './event-stream';
import type { HostEvent } from './sse-parser';

const streamOf = (...chunks: string[]) =>
  new Response(
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const c of chunks) controller.enqueue(new TextEncoder().encode(c));
        controller.close();
      },
    }),
    { status: 200, headers: { 'Content-Type': 'text/event-stream' } },
  );
const event = (n: number) => `data: {"event":"importProgress","payload":{"done":${n},"total":3,"file":"a"}}\n\n`;

describe('reconnectDelay', () => {
  it('doubles from half a second up to 30 s', () => {
    expect([0, 1, 2, 5, 6, 20, 1000].map(reconnectDelay)).toEqual([500, 1000, 2000, 16000, 30000, 30000, 30000]);
  });
});

describe('createEventStream', () => {
  it('reconnects after a failure or an ended stream, and stops for good on stop()', async () => {
    const answers = [
      () => Promise.reject(new TypeError('fetch failed')),
      () => Promise.resolve(new Response('no', { status: 401 })),
      () => Promise.resolve(streamOf(': connected\n\n', event(1))),
      () => Promise.resolve(streamOf(event(2).slice(0, 10), event(2).slice(10))),
    ];
    const calls: RequestInit[] = [];
    const fetch = vi.fn((_url: RequestInfo | URL, init?: RequestInit) => {
      calls.push(init!);
      return (answers.shift() ?? (() => new Promise<Response>(() => {})))();
    }) as unknown as typeof globalThis.fetch;
    const got: HostEvent[] = [];
    const delays: number[] = [];
    const stream = createEventStream({
      url: '/api/events',
      headers: { Authorization: 'Bearer t' },
      fetch,
      onEvent: (m) => got.push(m),
      reconnectDelay: (attempt) => (delays.push(attempt), 0),
    });
    stream.start();
    stream.start(); // a second start while running does not open a second stream
    await expect.poll(() => got.length).toBe(2);
    expect(got.map((m) => (m.payload as { done: number }).done)).toEqual([1, 2]);
    // Backoff grows while failing and starts over after a connection succeeded.
    expect(delays).toEqual([0, 1, 0, 0]);
    expect(calls[0].headers).toEqual({ Authorization: 'Bearer t' });
    await expect.poll(() => calls.length).toBe(5);
    stream.stop();
    expect(calls[4].signal?.aborted).toBe(true);
    await new Promise((r) => setTimeout(r, 20));
    expect(calls.length).toBe(5);
  });
});
