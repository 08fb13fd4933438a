import { access, realpath } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Implementation } from '../../data/model/api';
import { EVENTS_PATH, OPERATION_PATH_PREFIX } from '../../data/model/http-routes';
import { streamEvents, type EventFeed } from './event-stream';
import { handleOperationCall } from './operation-call';
import { refuseForeignSource } from './request-guard';
import { sendFailure, sendText } from './respond';
import { setSecurityHeaders } from './security-headers';
import { serveStatic } from './static-files';
import { bearerMatches, newToken } from './token';

export interface ServerOptions {
  service: Implementation & EventFeed;
  /** The built renderer, normally <repo>/out/renderer. */
  rendererDir: string;
  /** 0 (the default) lets the system choose a free port. */
  port?: number;
  /** Refusals and unexpected errors, one line each. */
  log?: (line: string) => void;
}

export interface RunningServer {
  url: string;
  token: string;
  port: number;
  close(): Promise<void>;
}

/** Loopback only: browser mode must never be reachable from another machine. */
const HOST = '127.0.0.1';
/** After close(), requests still running get this long before their connections are cut. */
const CLOSE_GRACE_MS = 2_000;

/**
 * Browser mode: the built renderer and the API contract over HTTP on 127.0.0.1, guarded
 * like Jupyter by a per-run token (see docs/decisions/0010-browser-mode.md).
 */
export const startServer = async ({ service, rendererDir, port = 0, log = () => {} }: ServerOptions): Promise<RunningServer> => {
  try {
    await access(join(rendererDir, 'index.html'));
  } catch {
    throw new Error(`the renderer is not built; run npm run build (no index.html in ${rendererDir})`);
  }
  const root = await realpath(rendererDir);
  const token = newToken();
  const streams = new Set<() => void>();
  let boundPort = 0;

  const route = async (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(res);
    const path = (req.url ?? '/').split('?', 1)[0];
    const isApi = path === '/api' || path.startsWith('/api/');
    const refusal = refuseForeignSource(req.headers, boundPort, isApi);
    if (refusal) {
      log(`glossa serve: ${req.method} ${path}: ${refusal.message}`);
      if (isApi) return sendFailure(res, refusal.status, 'forbidden', refusal.message);
      return sendText(res, refusal.status, `Forbidden: ${refusal.message}\n`);
    }
    if (!isApi) return serveStatic(req, res, root);

    if (!bearerMatches(req.headers.authorization, token)) {
      log(`glossa serve: ${req.method} ${path}: refused: no valid token`);
      return sendFailure(res, 401, 'forbidden', 'this call needs the token of the running glossa serve (Authorization: Bearer TOKEN)', {
        'WWW-Authenticate': 'Bearer',
      });
    }
    if (path === EVENTS_PATH) {
      if (req.method !== 'GET') return sendFailure(res, 405, 'invalid_input', 'events are read with GET', { Allow: 'GET' });
      const end = streamEvents(res, service);
      streams.add(end);
      res.once('close', () => streams.delete(end));
      return;
    }
    if (path.startsWith(OPERATION_PATH_PREFIX)) {
      if (req.method !== 'POST') return sendFailure(res, 405, 'invalid_input', 'operations are called with POST', { Allow: 'POST' });
      const name = path.slice(OPERATION_PATH_PREFIX.length);
      return handleOperationCall(req, res, name, service, (err) =>
        log(`glossa serve: ${name} failed: ${(err as Error)?.stack ?? String(err)}`),
      );
    }
    return sendFailure(res, 404, 'unknown_operation', `no such API path: ${path}`);
  };

  const server = createServer((req, res) => {
    route(req, res).catch((err: unknown) => {
      // The path without its query: the page's URL carries the token, which must not be logged.
      const path = (req.url ?? '/').split('?', 1)[0];
      log(`glossa serve: ${req.method} ${path}: ${(err as Error)?.stack ?? String(err)}`);
      if (!res.headersSent) sendFailure(res, 500, 'internal', 'the server failed unexpectedly; the details are in its log');
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  boundPort = (server.address() as AddressInfo).port;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      for (const end of streams) end();
      server.close(() => resolve());
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
    });
    return closing;
  };

  return { url: `http://${HOST}:${boundPort}/?token=${token}`, token, port: boundPort, close };
};
