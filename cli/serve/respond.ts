import type { ServerResponse } from 'node:http';
import { fail, type ErrorCode, type Result } from '../../data/model/result';

/**
 * Every API answer is a JSON Result, refusals included, so the client has one shape to
 * read and shows the message as it is.
 */
export const sendResult = (
  res: ServerResponse,
  status: number,
  result: Result<unknown>,
  headers: Record<string, string> = {},
): void => {
  const body = JSON.stringify(result);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    'Cache-Control': 'no-store',
  });
  res.end(body);
};

export const sendFailure = (
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void => sendResult(res, status, fail(code, message), headers);

/** Plain-text answers for the static side (a browser shows them as the page). */
export const sendText = (res: ServerResponse, status: number, text: string): void => {
  res.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
  });
  res.end(res.req.method === 'HEAD' ? undefined : text);
};
