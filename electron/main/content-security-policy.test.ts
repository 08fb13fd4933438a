import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, withContentSecurityPolicy } from './content-security-policy';

describe('CONTENT_SECURITY_POLICY', () => {
  it('is the policy of the meta tag in renderer/index.html, plus the header-only frame-ancestors', () => {
    const html = readFileSync(join(__dirname, '../../renderer/index.html'), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html);
    expect(meta, 'renderer/index.html has a CSP meta tag').not.toBeNull();
    const withoutHeaderOnly = (policy: string) =>
      policy
        .split(';')
        .map((d) => d.trim())
        .filter((d) => d !== '' && !d.startsWith('frame-ancestors'))
        .sort();
    expect(withoutHeaderOnly(meta![1])).toEqual(withoutHeaderOnly(CONTENT_SECURITY_POLICY));
    expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
  });

  it('allows no inline or eval script and no remote origin', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
  });
});

describe('withContentSecurityPolicy', () => {
  it('replaces any CSP the response brought, whatever its case, and keeps other headers', () => {
    const headers = withContentSecurityPolicy({
      'content-security-policy': ["script-src * 'unsafe-inline'"],
      'Content-Security-Policy-Report-Only': ['default-src *'],
      'Content-Type': ['text/html'],
    });
    expect(headers).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
      'X-Content-Type-Options': ['nosniff'],
    });
  });

  it('adds the policy when there were no headers at all', () => {
    expect(withContentSecurityPolicy(undefined)['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });
});
