import { describe, expect, it } from 'vitest';
import { createSseParser, parseHostEvent } from './sse-parser';

const collect = (chunks: string[]) => {
  const out: string[] = [];
  const parser = createSseParser((d) => out.push(d));
  for (const c of chunks) parser.push(c);
  return out;
};

describe('createSseParser', () => {
  it('yields each event once its blank line arrives, across any chunking', () => {
    const stream = ': connected\n\ndata: {"a":1}\n\n: heartbeat\n\ndata: {"b":2}\n\n';
    expect(collect([stream])).toEqual(['{"a":1}', '{"b":2}']);
    expect(collect(stream.split(''))).toEqual(['{"a":1}', '{"b":2}']);
    expect(collect(['data: {"a"', ':1}\n', '\n', 'data: x'])).toEqual(['{"a":1}']);
  });

  it('accepts CRLF and CR line endings, even a CRLF split between chunks', () => {
    expect(collect(['data: one\r\n\r\ndata: two\r\rdata: three\n\n'])).toEqual(['one', 'two', 'three']);
    expect(collect(['data: one\r', '\n\r', '\n'])).toEqual(['one']);
  });

  it('joins multi-line data, strips one leading space and skips other fields', () => {
    expect(collect(['event: x\nid: 3\ndata:  two spaces\ndata:b\n\n'])).toEqual([' two spaces\nb']);
  });
});

describe('parseHostEvent', () => {
  it('accepts only known events', () => {
    expect(parseHostEvent('{"event":"notebookChanged","payload":{"documentIds":["a"]}}')).toEqual({
      event: 'notebookChanged',
      payload: { documentIds: ['a'] },
    });
    expect(parseHostEvent('{"event":"__proto__","payload":{}}')).toBeUndefined();
    expect(parseHostEvent('not json')).toBeUndefined();
    expect(parseHostEvent('null')).toBeUndefined();
  });
});
