/// <reference types="vite/client" />
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { readerMessages } from '../../../data/model/i18n/reader-messages';
import { appMessages, lookup, plural } from '../../../data/model/i18n/catalogue';
import { LANGUAGES } from '../../../data/model/i18n/language';

/** Every key in every language, the same {placeholders} in each, and no strings in components. */
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe.each([
  ['app', appMessages as Record<string, Record<string, string>>],
  ['reader', readerMessages as unknown as Record<string, Record<string, string>>],
])('the %s catalogue', (_name, catalogue) => {
  const reference = catalogue.en;

  it.each(LANGUAGES)('is complete in %s', (language) => {
    const messages = catalogue[language];
    expect(Object.keys(messages).sort()).toEqual(Object.keys(reference).sort());
    for (const [key, text] of Object.entries(messages)) {
      expect(text.trim(), `${language} ${key}`).not.toBe('');
      if (key.endsWith('.one')) {
        // "1 excerpt" needs no {count}, "1 則摘錄" may use it: only no unknown placeholders.
        const other = placeholders(reference[key.replace(/\.one$/, '.other')]);
        for (const p of placeholders(text)) expect(other, `${language} ${key}`).toContain(p);
      } else {
        expect(placeholders(text), `${language} ${key}`).toEqual(placeholders(reference[key]));
      }
    }
  });
});

describe('lookup', () => {
  it('fills parameters and reaches the reader keys through the merged catalogue', () => {
    expect(lookup('zh-Hant', 'library.delete', { title: '阿里云' })).toBe('刪除「阿里云」');
    expect(lookup('en', 'reader.toolbar.excerpt')).toBe(readerMessages.en['reader.toolbar.excerpt']);
    expect(lookup('zh-Hans', 'reader.toolbar.excerpt')).toBe(readerMessages['zh-Hans']['reader.toolbar.excerpt']);
  });

  it('falls back to the key, visibly, when a key is unknown', () => {
    expect(lookup('en', 'no.such.key')).toBe('no.such.key');
  });

  it('chooses singular and plural forms by count', () => {
    expect(plural('en', 'library.excerpts', 1)).toBe('1 excerpt');
    expect(plural('en', 'library.excerpts', 3)).toBe('3 excerpts');
    expect(plural('zh-Hant', 'library.excerpts', 3)).toBe('3 則摘錄');
  });
});

describe('components', () => {
  // Source text of every shell component, read by Vite at build time (no Node imports here).
  const sources = import.meta.glob(['../app/*.tsx', '../markdown/*.tsx', '../welcome/*.tsx', '../reader/*.tsx', '!**/*.test.tsx'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>;
  // Plain modules can still say things: failed Results they make and notices they raise.
  const modules = import.meta.glob(['../api/*.ts', '../state/*.ts', '../app/*.ts', '../*.ts', '!**/*.test.ts'], {
    query: '?raw',
    import: 'default',
    eager: true,
  }) as Record<string, string>;
  // Visible glyphs that are not words: the logo mark (aria-hidden) and the "approximate" sign.
  const allowed = new Set(['註', '≈', '·']);

  const ATTRIBUTES = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label']);

  /** JSX text and labelling attributes written as literals, found with the TypeScript parser. */
  const literals = (file: string, source: string): string[] => {
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node) && /\p{L}/u.test(node.text) && !allowed.has(node.text.trim())) {
        found.push(`${file}: ${node.text.trim()}`);
      }
      if (
        ts.isJsxAttribute(node) &&
        ATTRIBUTES.has(node.name.getText()) &&
        node.initializer &&
        ts.isStringLiteral(node.initializer) &&
        /\p{L}/u.test(node.initializer.text)
      ) {
        found.push(`${file}: ${node.name.getText()}="${node.initializer.text}"`);
      }
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX));
    return found;
  };

  /** Words in a string or template literal, as written. */
  const wordsIn = (node: ts.Node): string | undefined => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return /\p{L}{2,}/u.test(node.text) ? node.text : undefined;
    if (ts.isTemplateExpression(node)) {
      const text = [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…');
      return /\p{L}{2,}/u.test(text) ? text : undefined;
    }
    return undefined;
  };

  /**
   * A failed Result made with `fail(code, message)`: the interface could only show its English
   * message, so the renderer makes them with failFor and a reason. And words written out in
   * a notice's parameters (`notices.error(key, { message: 'words' })`: the key is where words go).
   */
  const moduleLiterals = (file: string, source: string): string[] => {
    const found: string[] = [];
    const visit = (node: ts.Node) => {
      if (ts.isCallExpression(node)) {
        const callee = node.expression.getText();
        if (callee === 'fail') found.push(`${file}: ${node.getText()}`);
        if (/(^|\.)notices\.(error|toast)$/.test(callee) && node.arguments[1] && ts.isObjectLiteralExpression(node.arguments[1])) {
          for (const property of node.arguments[1].properties) {
            const words = ts.isPropertyAssignment(property) ? wordsIn(property.initializer) : undefined;
            if (words) found.push(`${file}: ${callee}(…, { ${property.name?.getText()}: ${JSON.stringify(words)} })`);
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
    return found;
  };

  it('have no hard-coded user-visible text', () => {
    expect(Object.keys(sources).length).toBeGreaterThan(10);
    const problems = Object.entries(sources).flatMap(([file, source]) => literals(file, source));
    expect(problems).toEqual([]);
  });

  it('and neither do the modules behind them (the bridge, the stores, the actions)', () => {
    expect(Object.keys(modules)).toEqual(expect.arrayContaining(['../api/http-bridge.ts', '../state/documents-store.ts', '../app/export-run.ts']));
    const problems = Object.entries(modules).flatMap(([file, source]) => moduleLiterals(file, source));
    expect(problems).toEqual([]);
  });

  it('the check itself finds literals', () => {
    expect(literals('x.tsx', '<p title="Hello">Hi {name}</p>')).toEqual(['x.tsx: title="Hello"', 'x.tsx: Hi']);
    expect(
      moduleLiterals('x.ts', "fail('io', TEXT); failFor('io', { reason: 'no_token', params: {} }); notices.error('k', { message: 'Oops here', count: 2, at: `${day} ok` });"),
    ).toEqual(['x.ts: fail(\'io\', TEXT)', 'x.ts: notices.error(…, { message: "Oops here" })', 'x.ts: notices.error(…, { at: "… ok" })']);
  });
});
