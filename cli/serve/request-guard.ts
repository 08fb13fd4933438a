import type { IncomingHttpHeaders } from 'node:http';

export interface Refusal {
  status: number;
  message: string;
}

/** The only names under which the server is reached: anything else is a rebinding attempt. */
const localHosts = (port: number) => [`127.0.0.1:${port}`, `localhost:${port}`];
const localOrigins = (port: number) => localHosts(port).map((host) => `http://${host}`);

/**
 * Who may talk to the server, checked before any routing (static files included):
 *  - Host must name the loopback address and our port exactly. A DNS-rebinding page reaches
 *    127.0.0.1 under its own host name (evil.example, 127.0.0.1.nip.io), which this refuses.
 *  - Origin, when a browser sends one, must be our own; `null` (sandboxed frames, file://)
 *    is foreign too.
 *  - Sec-Fetch-Site `cross-site` is refused everywhere. API calls come only from our own page
 *    (`same-origin`) or from non-browser clients that send no such header, so anything else
 *    (`same-site` from another port of 127.0.0.1, `none` from the address bar) is refused there.
 */
export const refuseForeignSource = (
  headers: IncomingHttpHeaders,
  port: number,
  isApi: boolean,
): Refusal | undefined => {
  const host = headers.host;
  if (!host || !localHosts(port).includes(host)) {
    return { status: 403, message: `refused: the Host header must be 127.0.0.1:${port} or localhost:${port}` };
  }
  const origin = headers.origin;
  if (origin !== undefined && !localOrigins(port).includes(origin)) {
    return { status: 403, message: 'refused: a request from another origin' };
  }
  const site = headers['sec-fetch-site'];
  if (site === 'cross-site' || (isApi && site !== undefined && site !== 'same-origin')) {
    return { status: 403, message: `refused: a ${site} request` };
  }
  return undefined;
};
