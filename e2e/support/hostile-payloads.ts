/**
 * Hostile content for the renderer: each payload, if it ever ran, would call the page binding
 * SENTINEL with its id, set `window.__pwned` and log CONSOLE_MARK (three independent ways to
 * notice), and each remote reference points at REMOTE_HOST, a name that can never resolve
 * (RFC 6761 .invalid), so any request to it is a leak, never a real fetch.
 */
export const SENTINEL = '__glossaPwned';
export const CONSOLE_MARK = 'GLOSSA-PWNED:';
export const REMOTE_HOST = 'example.invalid';
const REMOTE = `https://${REMOTE_HOST}`;

/** The code a payload runs: no spaces and no double quotes, so it fits any attribute or URL. */
export const fire = (id: string): string => `window.__pwned='${id}';console.log('${CONSOLE_MARK}${id}');${SENTINEL}('${id}')`;

export interface Payload {
  id: string;
  /** Markdown (which allows raw HTML), as a note or a .md article would hold it. */
  source: string;
}

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64');

export const PAYLOADS: Payload[] = [
  // Script and event handlers
  { id: 'script-tag', source: `<script>${fire('script-tag')}</script>` },
  { id: 'img-onerror', source: `<img src=x onerror="${fire('img-onerror')}">` },
  { id: 'img-onerror-md-title', source: `![x](x "a\\" onerror=\\"${fire('img-onerror-md-title')}")` },
  { id: 'svg-onload', source: `<svg onload="${fire('svg-onload')}"><circle r="1"/></svg>` },
  { id: 'svg-script', source: `<svg><script>${fire('svg-script')}</script></svg>` },
  { id: 'svg-animate', source: `<svg><animate onbegin="${fire('svg-animate')}" attributeName="x" dur="1s"/></svg>` },
  { id: 'iframe-srcdoc', source: `<iframe srcdoc="<script>${fire('iframe-srcdoc')}</script>"></iframe>` },
  { id: 'iframe-js-src', source: `<iframe src="javascript:${fire('iframe-js-src')}"></iframe>` },
  { id: 'details-ontoggle', source: `<details open ontoggle="${fire('details-ontoggle')}"><summary>s</summary>d</details>` },
  { id: 'input-autofocus', source: `<input autofocus onfocus="${fire('input-autofocus')}">` },
  { id: 'body-onload', source: `<body onload="${fire('body-onload')}">` },
  { id: 'object-js', source: `<object data="javascript:${fire('object-js')}"></object>` },
  { id: 'embed-data', source: `<embed src="data:text/html;base64,${b64(`<script>${fire('embed-data')}</script>`)}">` },
  { id: 'meta-refresh', source: `<meta http-equiv="refresh" content="0;url=javascript:${fire('meta-refresh')}">` },
  // Links that would run code when clicked
  { id: 'md-js-link', source: `[md-js-link](javascript:${fire('md-js-link')})` },
  { id: 'md-js-angle', source: `[md-js-angle](<javascript:${fire('md-js-angle')}>)` },
  { id: 'md-entity-link', source: `[md-entity-link](jav&#x61;script:${fire('md-entity-link')})` },
  { id: 'html-entity-hex', source: `<a href="jav&#x61;script:${fire('html-entity-hex')}">html-entity-hex</a>` },
  { id: 'html-entity-dec', source: `<a href="&#106;avascript:${fire('html-entity-dec')}">html-entity-dec</a>` },
  { id: 'html-tab-scheme', source: `<a href="java\tscript:${fire('html-tab-scheme')}">html-tab-scheme</a>` },
  { id: 'html-space-scheme', source: `<a href=" javascript:${fire('html-space-scheme')}">html-space-scheme</a>` },
  { id: 'md-data-link', source: `[md-data-link](data:text/html;base64,${b64(`<script>${fire('md-data-link')}</script>`)})` },
  { id: 'html-onclick', source: `<a href="https://example.org/" onclick="${fire('html-onclick')}">html-onclick</a>` },
  { id: 'vbscript-link', source: `<a href="vbscript:msgbox(1)">vbscript-link</a>` },
  { id: 'form-action', source: `<form action="javascript:${fire('form-action')}"><button formaction="javascript:${fire('form-action')}">form-action</button></form>` },
  // Remote resources: every one would tell a server that the note was read
  { id: 'remote-md-img', source: `![remote-md-img](http://${REMOTE_HOST}/md.png)` },
  { id: 'remote-html-img', source: `<img src=${REMOTE}/html.png>` },
  { id: 'remote-srcset', source: `<img srcset="${REMOTE}/srcset.png 1x, ${REMOTE}/srcset2.png 2x">` },
  { id: 'remote-picture', source: `<picture><source srcset="${REMOTE}/picture.png"><img alt="p"></picture>` },
  { id: 'remote-poster', source: `<video poster="${REMOTE}/poster.png"></video><audio src="${REMOTE}/audio.mp3" autoplay></audio>` },
  { id: 'remote-css-attr', source: `<div style="background-image:url(${REMOTE}/style-attr.png)">remote-css-attr</div>` },
  { id: 'remote-css-tag', source: `<style>@import url(${REMOTE}/import.css); p{background:url(${REMOTE}/style-tag.png)}</style>` },
  { id: 'remote-link-css', source: `<link rel="stylesheet" href="${REMOTE}/link.css"><link rel="prefetch" href="${REMOTE}/prefetch">` },
  { id: 'remote-svg-image', source: `<svg><image href="${REMOTE}/svg-image.png" width="10" height="10"/></svg>` },
  { id: 'remote-base', source: `<base href="${REMOTE}/"><img src="relative.png">` },
  { id: 'remote-ref-img', source: `![remote-ref-img][r]\n\n[r]: ${REMOTE}/reference.png` },
  { id: 'remote-data-svg', source: `<img src="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg'%3E%3Cimage href='${REMOTE}/in-svg.png'/%3E%3C/svg%3E">` },
  // Mutation XSS: markup that changes meaning when serialised and parsed again. Last, because
  // their unclosed <style>/<table> swallow whatever follows them in the same document.
  { id: 'mxss-mglyph', source: `<math><mtext><table><mglyph><style><img src=x onerror="${fire('mxss-mglyph')}">` },
  { id: 'mxss-form', source: `<form><math><mtext></form><form><mglyph><style></math><img src onerror="${fire('mxss-form')}">` },
  { id: 'mxss-noscript', source: `<noscript><p title="</noscript><img src=x onerror=${fire('mxss-noscript')}>">` },
  { id: 'mxss-svg-style', source: `<svg></p><style><a id="</style><img src=1 onerror=${fire('mxss-svg-style')}>">` },
  { id: 'template-nest', source: `<template><img src=x onerror="${fire('template-nest')}"></template><div><template shadowrootmode="open"><img src=x onerror="${fire('template-nest')}"></template></div>` },
];

/** Every payload in one Markdown text, blank lines between (a document note, a .md article). */
export const allPayloadsMarkdown = (): string => PAYLOADS.map((p) => `${p.source}\n\n<!-- ${p.id} -->`).join('\n\n');

/** A saved web page carrying the payloads in its title, head and body (HTML import). */
export const hostileHtmlPage = (): string => `<!doctype html>
<html>
<head>
<meta charset="utf-8">
<title>Hostile page &lt;img src=x onerror="${fire('html-title')}"&gt;</title>
<meta http-equiv="refresh" content="0;url=javascript:${fire('html-head-refresh')}">
<base href="${REMOTE}/">
<link rel="stylesheet" href="${REMOTE}/head.css">
<script>${fire('html-head-script')}</script>
<style>body{background:url(${REMOTE}/head-style.png)}</style>
</head>
<body onload="${fire('html-body-onload')}">
<article>
<h1>Hostile page <img src=x onerror="${fire('html-h1')}"></h1>
<p>An ordinary first paragraph, long enough for Readability to take this for an article and
keep it, with a <a href="https://example.org/ok">safe link</a> and more words around it so the
scoring sees real prose here rather than navigation or boilerplate.</p>
<p>An ordinary second paragraph, again long enough to count as prose for the article extractor,
with <a href="jav&#x61;script:${fire('html-entity-link')}">an entity link</a>.</p>
${PAYLOADS.map((p) => `<p>${p.id}: ${p.source}</p>`).join('\n')}
</article>
</body>
</html>
`;
