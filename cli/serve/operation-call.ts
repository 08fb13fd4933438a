import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Implementation } from '../../data/model/api';
import { bodyLimitFor } from '../../data/model/http-routes';
import { invoke } from '../../data/model/invoke';
import { readBody } from './read-body';
import { sendFailure, sendResult } from './respond';

const MIB = 1024 * 1024;

/**
 * POST /api/op/<name>: JSON in, the contract's Result out, through the same `invoke` as IPC
 * and the CLI. Only `application/json` is accepted: an HTML form can send just urlencoded,
 * multipart or text/plain bodies without a CORS preflight, so this refuses forged form posts
 * even if everything else were to pass.
 */
export const handleOperationCall = async (
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  service: Implementation,
  logError: (err: unknown) => void,
): Promise<void> => {
  const mediaType = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  if (mediaType !== 'application/json') {
    sendFailure(res, 415, 'invalid_input', 'operations take a JSON body (Content-Type: application/json)');
    return;
  }
  const limit = bodyLimitFor(name);
  const read = await readBody(req, limit);
  if (read.kind === 'aborted') return;
  if (read.kind === 'too_large') {
    // Answer, then cut the connection instead of reading (possibly 96 MiB of) the rest.
    res.once('finish', () => req.destroy());
    sendFailure(res, 413, 'invalid_input', `${name}: the request is larger than ${limit / MIB} MiB`, {
      Connection: 'close',
    });
    return;
  }
  let input: unknown;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(read.body);
    input = text.trim() === '' ? undefined : JSON.parse(text);
  } catch {
    sendFailure(res, 400, 'invalid_input', `${name}: the request body is not valid UTF-8 JSON`);
    return;
  }
  sendResult(res, 200, await invoke(service, name, input, logError));
};
