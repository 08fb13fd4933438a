import { EVENT_NAMES, type EventName } from '../../../data/model/api';

/**
 * An incremental reader of the text/event-stream format (the part browser mode uses):
 * feed it decoded text in chunks of any size, it calls `onData` with each event's data.
 * Comments (`: heartbeat`) and fields other than `data` are skipped. A chunk that ends in
 * `\r` waits for the next one, in case it is the first half of `\r\n`.
 */
export const createSseParser = (onData: (data: string) => void) => {
  let buffer = '';
  let data: string[] = [];
  const line = (text: string) => {
    if (text === '') {
      if (data.length) onData(data.join('\n'));
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    const value = colon === -1 ? '' : text.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') data.push(value);
  };
  return {
    push(text: string): void {
      buffer += text;
      for (;;) {
        const end = /\r\n|\r|\n/.exec(buffer);
        if (!end || (end[0] === '\r' && end.index === buffer.length - 1)) return;
        const text = buffer.slice(0, end.index);
        buffer = buffer.slice(end.index + end[0].length);
        line(text);
      }
    },
  };
};

export interface HostEvent {
  event: EventName;
  payload: unknown;
}

/** One `data:` of the stream, `{"event": ..., "payload": ...}`; anything else is ignored. */
export const parseHostEvent = (data: string): HostEvent | undefined => {
  try {
    const message = JSON.parse(data) as { event?: unknown; payload?: unknown };
    if (typeof message !== 'object' || message === null) return undefined;
    if (!EVENT_NAMES.includes(message.event as EventName)) return undefined;
    return { event: message.event as EventName, payload: message.payload };
  } catch {
    return undefined;
  }
};
