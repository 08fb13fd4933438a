import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders } from 'node:http';
import { join } from 'node:path';
import { NotebookService } from '../../data/service';
import { NotebookStore } from '../../data/store/notebook-store';

/** A stand-in for out/renderer: just enough files to serve. */
export const makeRendererDir = (dir: string): string => {
  mkdirSync(join(dir, 'assets'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Glossa</title><script type="module" src="/assets/app.js"></script>\n');
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log("glossa");\n');
  writeFileSync(join(dir, '.hidden'), 'secret\n');
  return dir;
};

export const openService = async (dir: string) => new NotebookService(await NotebookStore.open(dir));

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  body?: string | Buffer;
  /** Send the headers (and body, if any) but never end the request: for 413 before the rest. */
  leaveOpen?: boolean;
}

/**
 * node:http as it is: forged Host headers, raw paths (`/../x`), declared lengths. fetch
 * normalises or forbids all of these. Resolves with the first response; an error after
 * that (the server cutting an oversized upload) is ignored.
 */
export const rawRequest = (port: number, { method = 'GET', path = '/', headers = {}, body, leaveOpen }: RawRequest = {}) =>
  new Promise<RawResponse>((resolve, reject) => {
    let answered = false;
    const req = request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      answered = true;
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('error', () => {});
      res.on('close', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', (err) => {
      if (!answered) reject(err);
    });
    if (body !== undefined) req.write(body);
    if (leaveOpen) req.flushHeaders();
    else req.end();
  });
