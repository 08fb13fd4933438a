import { ESLint, type Linter } from 'eslint';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The repository's real eslint.config.mjs, run on snippets placed at made-up paths in each
 * layer: every import the layer table forbids must be reported, every one it allows must not.
 * The snippets are never written to disk; lintText only needs the path to pick the layer.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const IMPORTS = 'glossa/import-boundaries';
const GLOBALS = 'no-restricted-globals';

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** What `rule` reports for `code` at `file` (relative to the root). */
const problems = async (file: string, code: string, rule = IMPORTS): Promise<Linter.LintMessage[]> => {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, file) });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(fatal, `${file} parses`).toEqual([]);
  return result.messages.filter((m) => m.ruleId === rule);
};

/** Each statement alone at `file`: the ones `rule` reports. */
const reported = async (file: string, statements: string[], rule: string): Promise<string[]> => {
  const out: string[] = [];
  for (const statement of statements) if ((await problems(file, statement, rule)).length > 0) out.push(statement);
  return out;
};

const expectForbidden = async (file: string, statements: string[], rule = IMPORTS) => {
  expect(await reported(file, statements, rule)).toEqual(statements);
};
const expectAllowed = async (file: string, statements: string[]) => {
  expect(await reported(file, statements, IMPORTS)).toEqual([]);
  expect(await reported(file, statements, GLOBALS)).toEqual([]);
};

describe('data/model: pure TypeScript for every host', () => {
  const model = 'data/model/search/probe.ts';

  it('reports every Node built-in, with and without node:', async () => {
    const names = builtinModules.filter((name) => !name.startsWith('_'));
    const code = names.flatMap((name) => [`import '${name}';`, `import 'node:${name}';`]).join('\n');
    const found = await problems(model, code);
    expect(found.map((m) => m.line)).toEqual(names.flatMap((_, i) => [2 * i + 1, 2 * i + 2]));
  });

  it('reports packages outside its allow-list and the rest of the repository, in every import form', async () => {
    await expectForbidden(model, [
      "import 'dompurify';",
      "import { Readability } from '@mozilla/readability';",
      "import { JSDOM } from 'jsdom';",
      "import { ipcRenderer } from 'electron';",
      "import { useState } from 'react';",
      "import { Low } from 'lowdb';",
      "import { marked } from 'marked';",
      "import { NotebookStore } from '../../store/notebook-store';",
      "import { NotebookService } from '../../service.ts';",
      "import { x } from '../../model/../store/durable-write';",
      "import { x } from '../../../renderer/src/api';",
      "import { x } from '../../../electron/preload/bridge';",
      "import { x } from '../../../cli/main';",
      "export * from '../../import';",
      "export { importBytes } from '../../import/import-bytes';",
      "export const load = () => import('../../store/notebook-store');",
      "const store = require('../../store/notebook-store');",
      "import fs = require('fs');",
      "export type S = import('../../service').NotebookService;",
      "export const x = new URL('../../store/notebook-store.ts', import.meta.url);",
      "export const all = import.meta.glob('../../store/*.ts');",
      "import { x } from 'glossa/data/store/notebook-store';",
      "import { x } from '../../../../elsewhere/thing';",
      "import { x } from './test-support';",
      'export const load = (name: string) => import(`./${name}`);',
    ]);
  });

  it('reports the globals of Node and the browser', async () => {
    await expectForbidden(
      model,
      [
      'export const a = process.env.HOME;',
      "export const a = Buffer.from('x');",
      'export const a = window.location;',
      'export const a = document.title;',
      'export const a = navigator.language;',
      "export const a = require('zod');",
      'export const a = globalThis.process;',
      'export const a = typeof self;',
      ],
      GLOBALS,
    );
  });

  it('allows its own files, zod, approx-string-match and opencc-js, and the URL standard', async () => {
    await expectAllowed(model, [
      "import { z } from 'zod';",
      "import search from 'approx-string-match';",
      "import * as OpenCC from 'opencc-js/t2cn';",
      "import { foldText } from './fold';",
      "import type { Document } from '../schemas';",
      "export { anchor } from '../anchoring/index.ts';",
      "export const load = () => import('./fold');",
      "export const u = new URL('glossa://open?doc=a').searchParams.get('doc');",
    ]);
  });

  it('lets its tests use Node and the shared test helpers, but not the rest of data/', async () => {
    const test = 'data/model/search/probe.test.ts';
    await expectAllowed(test, [
      "import { readFileSync } from 'node:fs';",
      "import { describe } from 'vitest';",
      "import { Lexer } from 'marked';",
      "import { seedArticle } from '../../test-support/seed';",
      "import { x } from './test-support';",
      'export const home = process.env.HOME;',
    ]);
    await expectForbidden(test, ["import { NotebookStore } from '../../store/notebook-store';", "import { x } from '../../../renderer/src/api';"]);
  });
});

describe('renderer/: data/model and its own files only', () => {
  const renderer = 'renderer/src/app/probe.tsx';

  it('reports every way into the rest of data/, the hosts, Node and Electron', async () => {
    await expectForbidden(renderer, [
      "import { exportToFolder } from '../../../data/export-folder/export-to-folder';",
      "import { x } from '../../../data/export-folder/notebook-source';",
      "import { renameTag } from '../../../data/tag-edits';",
      "import { LiveSearchIndex } from '../../../data/live-search-index';",
      "import { NotebookService } from '../../../data/service.ts';",
      "import { NotebookService } from '../../../data/service';",
      "import { NotebookStore } from '../../../data/store/notebook-store';",
      "import { x } from '../../../data/model/../store/notebook-store';",
      "import { x } from '../../../data';",
      "import type { X } from '../../../data/import';",
      "export { x } from '../../../data/trash-ops';",
      "export const load = () => import('../../../data/import');",
      "const store = require('../../../data/store/notebook-store');",
      "export const where = require.resolve('../../../data/store/notebook-store');",
      "export const w = new URL('../../../data/store/notebook-store.ts', import.meta.url);",
      "export const all = import.meta.glob(['./*.tsx', '../../../data/store/*.ts']);",
      "import { x } from '../../../electron/preload/bridge';",
      "import { x } from '../../../electron/main/index';",
      "import { x } from '../../../cli/serve/token';",
      "import { x } from '../../../e2e/support/glossa-server';",
      "import { x } from '../state/test-support/fake-bridge';",
      "import { join } from 'node:path';",
      "import { join } from 'path';",
      "import { EventEmitter } from 'events';",
      "import { ipcRenderer } from 'electron';",
      "import { Low } from 'lowdb';",
      "import { JSDOM } from 'jsdom';",
      'export const load = (name: string) => import(name);',
    ]);
  });

  it('allows data/model, its own files and browser packages', async () => {
    await expectAllowed(renderer, [
      "import { OPERATIONS } from '../../../data/model/api';",
      "import { x } from '../../../data/model';",
      "import { messages } from '../../../data/model/i18n/messages-en.ts';",
      "import { glossa } from '../api';",
      "import { useState } from 'react';",
      "import { createRoot } from 'react-dom/client';",
      "import DOMPurify from 'dompurify';",
      "import { marked } from 'marked';",
      "import { useVirtualizer } from '@tanstack/react-virtual';",
      "import css from '../styles/app.css?inline';",
    ]);
  });

  it('lets its tests use the fake bridge but still not the rest of data/', async () => {
    const test = 'renderer/src/app/probe.test.tsx';
    await expectAllowed(test, ["import { fakeBridge } from '../state/test-support/fake-bridge';", "import ts from 'typescript';"]);
    await expectForbidden(test, ["import { NotebookService } from '../../../data/service';", "import { x } from '../../../cli/serve/token';"]);
  });
});

describe('electron/preload: electron and data/model', () => {
  const preload = 'electron/preload/probe.ts';

  it('reports the main process, the rest of data/, Node and other packages', async () => {
    await expectForbidden(preload, [
      "import { x } from '../main/index';",
      "import { NotebookService } from '../../data/service';",
      "import { x } from '../../renderer/src/api';",
      "import { readFileSync } from 'node:fs';",
      "import { Low } from 'lowdb';",
    ]);
  });

  it('allows electron, data/model and its own files', async () => {
    await expectAllowed(preload, [
      "import { contextBridge, ipcRenderer } from 'electron';",
      "import { OPERATIONS } from '../../data/model/api';",
      "import { buildBridge } from './bridge';",
    ]);
  });
});

describe('the rest of data/: no hosts', () => {
  it.each(['data/probe.ts', 'data/store/probe.ts', 'data/import/probe.ts', 'data/export-folder/probe.ts'])('%s', async (file) => {
    const up = file.split('/').length === 2 ? '../' : '../../';
    await expectForbidden(file, [
      `import { x } from '${up}renderer/src/api';`,
      `import { x } from '${up}electron/main/index';`,
      `import { x } from '${up}electron/preload/bridge';`,
      `import { x } from '${up}cli/main';`,
      `import { x } from '${up}e2e/support/glossa-server';`,
      `import { x } from '${up}data/test-support/temp-dir';`,
      "import { app } from 'electron';",
      "import { useState } from 'react';",
    ]);
    await expectAllowed(file, [
      `import { x } from '${up}data/model/api';`,
      `import { x } from '${up}data/store/notebook-store';`,
      `import { x } from '${up}data/service';`,
      "import { readFileSync } from 'node:fs';",
      "import { Low } from 'lowdb';",
      "import { JSDOM } from 'jsdom';",
    ]);
  });
});

describe('the hosts: electron/main and cli/ use data/, never each other or the renderer', () => {
  it('electron/main', async () => {
    const main = 'electron/main/probe.ts';
    await expectForbidden(main, [
      "import { x } from '../preload/bridge';",
      "import { x } from '../../renderer/src/api';",
      "import { x } from '../../cli/serve/security-headers';",
    ]);
    await expectAllowed(main, [
      "import { app } from 'electron';",
      "import { NotebookService } from '../../data/service';",
      "import { exportToFolder } from '../../data/export-folder/export-to-folder';",
      "import { x } from '../../data/model/api';",
      "import { join } from 'node:path';",
    ]);
  });

  it('cli/', async () => {
    const cli = 'cli/serve/probe.ts';
    await expectForbidden(cli, [
      "import { app } from 'electron';",
      "import { x } from '../../renderer/src/api/http-bridge';",
      "import { x } from '../../electron/main/content-security-policy';",
    ]);
    await expectAllowed(cli, [
      "import { NotebookService } from '../../data/service';",
      "import { NotebookStore } from '../../data/store/notebook-store';",
      "import { createServer } from 'node:http';",
      "import { token } from './token';",
    ]);
  });
});

describe('tools (e2e/, bench/, scripts/): data/ and each other, not the hosts', () => {
  it.each(['e2e/probe.spec.ts', 'bench/probe.bench.ts', 'scripts/probe/probe.ts'])('%s', async (file) => {
    const up = file.split('/').length === 2 ? '../' : '../../';
    await expectForbidden(file, [
      `import { renderMarkdown } from '${up}renderer/src/markdown/render-markdown';`,
      `import { CONTENT_SECURITY_POLICY } from '${up}cli/serve/security-headers';`,
      `import { x } from '${up}electron/main/index';`,
      `import { x } from '${up}../outside/the-repository';`,
    ]);
    await expectAllowed(file, [
      `import { NotebookService } from '${up}data/service';`,
      `import { x } from '${up}data/store/durable-write';`,
      `import { x } from '${up}data/model/api';`,
      `import { useTempDirs } from '${up}data/test-support/temp-dir';`,
      `import { x } from '${up}e2e/support/glossa-server';`,
      `import { seeded } from '${up}scripts/crash/prng';`,
      `import pkg from '${up}package.json';`,
      "import { _electron } from '@playwright/test';",
      "import electron from 'electron';",
      "import { readFileSync } from 'node:fs';",
    ]);
  });

  it('a commented exception silences exactly one import', async () => {
    const found = await problems(
      'bench/probe.bench.ts',
      [
        '// eslint-disable-next-line glossa/import-boundaries',
        "import { renderMarkdown } from '../renderer/src/markdown/render-markdown';",
        "import { tooComplex } from '../renderer/src/markdown/markdown-limits';",
      ].join('\n'),
    );
    expect(found.map((m) => m.line)).toEqual([3]);
  });
});

describe('the messages', () => {
  it('name the layer, what it may import and where the import really leads', async () => {
    const [found] = await problems('renderer/src/probe.ts', "import { x } from './app/../../../data/store/../service.ts';");
    expect(found.message).toContain('renderer/ may import data/model/, renderer/');
    expect(found.message).toContain('data/service.ts');
    expect(found.message).toContain('0005-import-boundaries.md');
  });
});
