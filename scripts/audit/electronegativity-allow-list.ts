import type { Finding } from './electronegativity';

/**
 * Findings of severity medium or higher that were reviewed and are not holes, one entry per
 * place, each with its reason. An entry matches a finding by check id, file and a piece of the
 * flagged source line, never by check id alone, so the same check elsewhere still fails the
 * audit. An entry that no longer matches anything fails too (remove it).
 */
export interface AllowedFinding {
  /** Which scan reports it: the built app (out/) or the Electron host's sources (electron/). */
  scan: 'out' | 'electron';
  id: string;
  file: string;
  /** A piece of the flagged line (`Finding.sample`). */
  sampleIncludes: string;
  reason: string;
}

const OPEN_EXTERNAL_REASON =
  'shell.openExternal only ever receives the result of url-policy.safeExternalUrl (absolute http/https ' +
  'URLs without credentials, checked by electron/main/url-policy.test.ts); web-contents-guards passes ' +
  'nothing else (web-contents-guards.test.ts).';
const PROTOCOL_REASON =
  'registers glossa: as the app\'s own link scheme on purpose (deep links); an incoming link is parsed by ' +
  'data/model/deep-link and anything but a valid glossa://open link is ignored (deep-links.ts), so a ' +
  'crafted link can only open a document.';
const WINDOW_OPTIONS_REASON =
  'the options come from window-options.ts mainWindowOptions(), which the tool cannot follow: it sets ' +
  'contextIsolation: true, sandbox: true, nodeIntegration: false (window-options.test.ts, and the ' +
  '"built main process" test in this folder checks the bundle).';
const AUXCLICK_REASON =
  'a middle click asks for a new window, and setWindowOpenHandler denies every new window ' +
  '(web-contents-guards.ts; url-policy.windowOpenDecision always returns deny), opening only safe ' +
  'http(s) links in the system browser.';

export const ALLOWED_FINDINGS: AllowedFinding[] = [
  { scan: 'out', id: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/index.js', sampleIncludes: 'options.openExternal(url)', reason: OPEN_EXTERNAL_REASON },
  { scan: 'out', id: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/index.js', sampleIncludes: 'shell.openExternal(url)', reason: OPEN_EXTERNAL_REASON },
  { scan: 'out', id: 'PROTOCOL_HANDLER_JS_CHECK', file: 'main/index.js', sampleIncludes: 'setAsDefaultProtocolClient(', reason: PROTOCOL_REASON },
  { scan: 'electron', id: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/web-contents-guards.ts', sampleIncludes: 'options.openExternal(url)', reason: OPEN_EXTERNAL_REASON },
  { scan: 'electron', id: 'OPEN_EXTERNAL_JS_CHECK', file: 'main/index.ts', sampleIncludes: 'shell.openExternal(url)', reason: OPEN_EXTERNAL_REASON },
  { scan: 'electron', id: 'PROTOCOL_HANDLER_JS_CHECK', file: 'main/deep-links.ts', sampleIncludes: 'setAsDefaultProtocolClient(', reason: PROTOCOL_REASON },
  { scan: 'electron', id: 'CONTEXT_ISOLATION_JS_CHECK', file: 'main/main-window.ts', sampleIncludes: 'new BrowserWindow(mainWindowOptions(', reason: WINDOW_OPTIONS_REASON },
  { scan: 'electron', id: 'SANDBOX_JS_CHECK', file: 'main/main-window.ts', sampleIncludes: 'new BrowserWindow(mainWindowOptions(', reason: WINDOW_OPTIONS_REASON },
  { scan: 'electron', id: 'AUXCLICK_JS_CHECK', file: 'main/main-window.ts', sampleIncludes: 'new BrowserWindow(mainWindowOptions(', reason: AUXCLICK_REASON },
];

export const isAllowed = (scan: AllowedFinding['scan'], f: Finding, list = ALLOWED_FINDINGS): AllowedFinding | undefined =>
  list.find((a) => a.scan === scan && a.id === f.id && a.file === f.file && f.sample.includes(a.sampleIncludes));
