import { readFile, realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, sep } from 'node:path';
import { sendText } from './respond';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

export type StaticLookup = { kind: 'file'; path: string } | { kind: 'bad_request' } | { kind: 'not_found' };

/**
 * Maps a request path to a file inside `rootDir` (already resolved with realpath), or says
 * why not. The raw path is used, not a WHATWG URL, which would quietly fold `..` and
 * `%2e%2e`: any `.`/`..` segment, dotfile, backslash or NUL is simply not found, and the
 * realpath check catches symlinks that point out of the folder.
 */
export const resolveStaticPath = async (rawUrl: string, rootDir: string): Promise<StaticLookup> => {
  const rawPath = rawUrl.split(/[?#]/, 1)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return { kind: 'bad_request' };
  }
  if (!decoded.startsWith('/') || decoded.includes('\\') || decoded.includes('\0')) return { kind: 'not_found' };
  const segments = decoded.split('/').filter((s) => s !== '');
  if (segments.some((s) => s.startsWith('.'))) return { kind: 'not_found' };
  // `/open?doc=…` is the page of a passage link (the glossa:// link's browser-mode form).
  const isPage = segments.length === 0 || (segments.length === 1 && segments[0] === 'open');
  const candidate = isPage ? join(rootDir, 'index.html') : join(rootDir, ...segments);
  try {
    const real = await realpath(candidate);
    if (!real.startsWith(rootDir + sep)) return { kind: 'not_found' };
    if (!(await stat(real)).isFile()) return { kind: 'not_found' };
    return { kind: 'file', path: real };
  } catch {
    return { kind: 'not_found' };
  }
};

/** GET/HEAD of the built renderer. The page holds no secret; the API needs the token. */
export const serveStatic = async (req: IncomingMessage, res: ServerResponse, rootDir: string): Promise<void> => {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    sendText(res, 405, 'Method not allowed\n');
    return;
  }
  const found = await resolveStaticPath(req.url ?? '/', rootDir);
  if (found.kind === 'bad_request') return sendText(res, 400, 'Bad request: the path is not valid percent-encoding\n');
  if (found.kind === 'not_found') return sendText(res, 404, 'Not found\n');
  const body = await readFile(found.path);
  const type = CONTENT_TYPES[extname(found.path).toLowerCase()] ?? 'application/octet-stream';
  res.writeHead(200, {
    'Content-Type': type,
    'Content-Length': String(body.length),
    // The page is per run (its token); assets are revalidated, since a rebuild reuses the port.
    'Cache-Control': type.startsWith('text/html') ? 'no-store' : 'no-cache',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
};
