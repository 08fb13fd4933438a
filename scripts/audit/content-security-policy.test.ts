import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './electronegativity';

/**
 * Every Content-Security-Policy the app ships, side by side: the Electron header
 * (electron/main/content-security-policy.ts), the meta tag in renderer/index.html and in the
 * built out/renderer/index.html, and the header of browser mode (cli/serve/security-headers.ts).
 * Both hosts' policies are read as source text: tools never import the hosts
 * (docs/decisions/0005-import-boundaries.md). electron/main/content-security-policy.test.ts
 * checks the Electron one against the source meta tag; this adds the other two and the rule
 * that none of them allows inline or eval'd script.
 */
const read = (...parts: string[]) => readFileSync(join(ROOT, ...parts), 'utf8');
const metaPolicy = (html: string): string => {
  const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
  expect(meta, 'the page has a CSP meta tag').not.toBeNull();
  return meta![1];
};
/** A host's `CONTENT_SECURITY_POLICY`, written either as one string or as a list of directives joined by '; '. */
const hostPolicy = (...file: string[]): string => {
  const source = read(...file);
  const one = /CONTENT_SECURITY_POLICY =\s*"([^"]*)";/.exec(source);
  if (one) return one[1];
  const list = /CONTENT_SECURITY_POLICY = \[([\s\S]*?)\]\.join\('; '\)/.exec(source);
  expect(list, `${file.join('/')} writes its policy as a string or a list of directives`).not.toBeNull();
  return [...list![1].matchAll(/"([^"]*)"/g)].map((m) => m[1]).join('; ');
};
const directives = (policy: string) =>
  policy
    .split(';')
    .map((d) => d.trim().replace(/\s+/g, ' '))
    .filter((d) => d !== '')
    .sort();
/** frame-ancestors means nothing in a meta tag, so only the headers carry it. */
const withoutHeaderOnly = (policy: string) => directives(policy).filter((d) => !d.startsWith('frame-ancestors'));

const builtHtml = join(ROOT, 'out', 'renderer', 'index.html');
const policies = (): [string, string][] => [
  ['electron/main/content-security-policy.ts', hostPolicy('electron', 'main', 'content-security-policy.ts')],
  ['cli/serve/security-headers.ts', hostPolicy('cli', 'serve', 'security-headers.ts')],
  ['renderer/index.html', metaPolicy(read('renderer', 'index.html'))],
  ['out/renderer/index.html', metaPolicy(readFileSync(builtHtml, 'utf8'))],
];

describe('the Content-Security-Policies the app ships', () => {
  it('exist, including the built page (build first: npx electron-vite build)', () => {
    expect(existsSync(builtHtml)).toBe(true);
    expect(policies().map(([, p]) => p.length > 0)).toEqual([true, true, true, true]);
  });

  it.each([0, 1, 2, 3])('allow no inline or eval script, no wildcard and no remote origin (policy %i)', (i) => {
    const [where, policy] = policies()[i];
    expect(policy, where).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|'wasm-unsafe-eval'|'strict-dynamic'/);
    expect(policy, where).not.toMatch(/https?:|wss?:|\*|blob:|filesystem:/);
    expect(directives(policy), where).toEqual(expect.arrayContaining(["default-src 'none'", "script-src 'self'", "base-uri 'none'"]));
  });

  it('are the same policy everywhere (headers add only frame-ancestors)', () => {
    const [electron, serve, source, built] = policies().map(([, p]) => p);
    expect(withoutHeaderOnly(serve)).toEqual(withoutHeaderOnly(electron));
    expect(withoutHeaderOnly(source)).toEqual(withoutHeaderOnly(electron));
    expect(withoutHeaderOnly(built)).toEqual(withoutHeaderOnly(electron));
    expect(directives(serve)).toContain("frame-ancestors 'none'");
    expect(directives(electron)).toContain("frame-ancestors 'none'");
  });

  it('leave the built page no inline script or event handler for a policy to forbid', () => {
    const html = readFileSync(builtHtml, 'utf8');
    for (const script of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(script[1], 'every script is an external file').toMatch(/\bsrc=/);
      expect(script[2].trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
    expect(html).not.toMatch(/javascript:/i);
  });
});
