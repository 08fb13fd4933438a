import { describe, expect, it, vi } from 'vitest';
import { canonicalText } from '../model/text';
import { parseHtml } from './parse-html';

// Readability gives up (returns null) on some short pages; simulate that to test the fallback.
vi.mock('@mozilla/readability', () => ({
  Readability: class {
    parse() {
      return null;
    }
  },
}));

describe('parseHtml when Readability finds no article', () => {
  it('walks the body, still without navigation, scripts or styles, and titles from the first h1', () => {
    const page = `<html><body><nav><a href="/">Home</a></nav>
      <h1>Notice</h1><p>The library is <em>closed</em> on Monday.</p>
      <style>p{}</style><script>alert(1)</script></body></html>`;
    const { title, blocks } = parseHtml(page);
    expect(title).toBe('Notice');
    expect(blocks).toEqual([
      { kind: 'heading', level: 1, runs: [{ text: 'Notice' }] },
      { kind: 'paragraph', runs: [{ text: 'The library is ' }, { text: 'closed', italic: true }, { text: ' on Monday.' }] },
    ]);
    expect(canonicalText(blocks)).not.toMatch(/Home|alert|p\{\}/);
  });
});
