/**
 * Links that open Glossa at a passage. Exports write `glossa://open?doc=…&annotation=…`; the
 * desktop app registers the `glossa:` scheme and browser mode serves the same query at
 * `/open`, so one parser reads both. Ids are checked here because a link is input from
 * anywhere: another app, a web page, a note.
 */
export const DEEP_LINK_SCHEME = 'glossa';
export const DEEP_LINK_PATH = '/open';

export interface DeepLink {
  documentId: string;
  annotationId?: string;
}

const ID = /^[A-Za-z0-9_-]{1,100}$/;

/** A query value: `(`, `)` and the like encoded too, so a Markdown destination needs no `<>`. */
const encodeQueryValue = (value: string): string =>
  encodeURIComponent(value).replace(/[!'()*~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);

export const glossaOpenUrl = (documentId: string, annotationId?: string): string =>
  `${DEEP_LINK_SCHEME}://open?doc=${encodeQueryValue(documentId)}` +
  (annotationId === undefined ? '' : `&annotation=${encodeQueryValue(annotationId)}`);

/** The target named by a query string (`?doc=…&annotation=…`), or undefined. */
export const deepLinkFromQuery = (search: string): DeepLink | undefined => {
  const params = new URLSearchParams(search);
  const doc = params.get('doc');
  const annotation = params.get('annotation');
  if (doc === null || !ID.test(doc)) return undefined;
  if (annotation !== null && !ID.test(annotation)) return undefined;
  return annotation === null ? { documentId: doc } : { documentId: doc, annotationId: annotation };
};

/** A `glossa://open?…` URL read strictly: any other scheme, host or path is not ours. */
export const parseDeepLink = (raw: string): DeepLink | undefined => {
  if (raw.length > 2048) return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return undefined;
  }
  if (url.protocol !== `${DEEP_LINK_SCHEME}:`) return undefined;
  // `glossa://open?…` parses as host "open"; `glossa:open?…` and `glossa:///open?…` as a path.
  const where = url.host !== '' ? `/${url.host}${url.pathname === '/' ? '' : url.pathname}` : url.pathname.replace(/^\/*/, '/');
  if (where !== DEEP_LINK_PATH) return undefined;
  return deepLinkFromQuery(url.search);
};
