import { describe, expect, it } from 'vitest';
import { findQuote } from '../../../data/model/find-quote';
import { createDocumentsStore } from '../state/documents-store';
import { createNoticesStore } from '../state/notices-store';
import { createFakeBridge } from '../state/test-support/fake-bridge';
import { createWelcome } from './create-welcome';
import { welcomeAnnotations, welcomeArticle } from './welcome-article';

const setUp = () => {
  const bridge = createFakeBridge();
  const notices = createNoticesStore({ setTimer: () => undefined });
  const documents = createDocumentsStore(bridge, notices);
  return { bridge, notices, documents };
};

describe('the welcome article', () => {
  it('names each annotated passage by words that occur exactly once, outside any inline markup', () => {
    const { markdown } = welcomeArticle();
    for (const a of welcomeAnnotations()) {
      // findQuote throws on a quote that is missing or ambiguous.
      expect(() => findQuote(markdown, a), a.exact).not.toThrow();
      expect(a.exact, 'Markdown syntax inside a quote is not in the imported text').not.toMatch(/[*_`[\]]/);
    }
  });

  it('shows the features: two overlapping highlights in different colours and an excerpt with a Chinese tag and a Markdown list', () => {
    const { markdown } = welcomeArticle();
    const spans = welcomeAnnotations().map((a) => ({ ...a, ...findQuote(markdown, a) }));
    const highlights = spans.filter((a) => a.tags.length === 0);
    expect(highlights).toHaveLength(2);
    const [first, second] = highlights.sort((a, b) => a.start - b.start);
    expect(first.color).not.toBe(second.color);
    expect(second.start).toBeLessThan(first.end);
    expect(second.end).toBeGreaterThan(first.end);

    const excerpts = spans.filter((a) => a.tags.length > 0);
    expect(excerpts).toHaveLength(1);
    expect(excerpts[0].tags.some((t) => /\p{Script=Han}/u.test(t))).toBe(true);
    expect(excerpts[0].note).toMatch(/^- /m);
    // Inline code, a code block and a link are in the text to be seen.
    expect(markdown).toMatch(/`[^`\n]+`/);
    expect(markdown).toMatch(/^```\w*\n[\s\S]+?\n```$/m);
    expect(markdown).toMatch(/\[[^\]]+\]\(https:\/\/[^)]+\)/);
  });
});

describe('createWelcome', () => {
  it('imports the article and anchors every annotation on its quote, then refreshes the library', async () => {
    const { bridge, documents } = setUp();
    const summary = await createWelcome({ bridge, documents });
    expect(summary?.title).toBe(welcomeArticle().title);

    const file = bridge.files.get(summary!.id)!;
    expect(file.annotations.map((a) => [a.target?.quote.exact, a.color, a.tags, a.note])).toEqual(
      welcomeAnnotations().map((a) => [a.exact, a.color, a.tags, a.note]),
    );
    // Anchoring on the imported text, not on the Markdown source: the positions point at the quote.
    const text = file.document.blocks.map((b) => b.runs.map((r) => r.text).join('')).join('\n\n');
    for (const a of file.annotations) expect(text.slice(a.target!.position.start, a.target!.position.end)).toBe(a.target!.quote.exact);

    const listed = documents.store.get().documents.find((d) => d.id === summary!.id);
    expect(listed?.excerptCount).toBe(1);
    expect(documents.store.get().tags.map((t) => t.name)).toEqual(['讀書方法']);
  });

  it('keeps the article when a quote cannot be anchored, leaving out only that annotation', async () => {
    const { bridge, documents } = setUp();
    const create = bridge.createAnnotation;
    const missing = welcomeAnnotations()[1].exact;
    bridge.createAnnotation = async (input) =>
      input.anchor && 'exact' in input.anchor && input.anchor.exact === missing
        ? { ok: false, error: { code: 'not_found', message: 'the quote is not in the text' } }
        : create(input);
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      const summary = await createWelcome({ bridge, documents });
      expect(summary).not.toBeNull();
      const quotes = bridge.files.get(summary!.id)!.annotations.map((a) => a.target?.quote.exact);
      expect(quotes).toHaveLength(welcomeAnnotations().length - 1);
      expect(quotes).not.toContain(missing);
    } finally {
      console.warn = warn;
    }
  });

  it('creates nothing when the import itself fails, and says so', async () => {
    const { bridge, notices, documents } = setUp();
    bridge.importText = async () => ({ ok: false, error: { code: 'internal', message: 'disk full' } });
    expect(await createWelcome({ bridge, documents })).toBeNull();
    expect(bridge.calls.some((c) => c.name === 'createAnnotation')).toBe(false);
    expect(JSON.stringify(notices.store.get())).toContain('disk full');
  });
});
