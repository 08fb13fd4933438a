// @ts-check
import tseslint from 'typescript-eslint';

/**
 * DESIGN.md's import rules, enforced here rather than remembered:
 *  - renderer/ imports data/model only (and its own files);
 *  - electron/preload imports electron and data/model;
 *  - electron/main and cli/ may import any of data/;
 *  - nothing imports renderer/, electron/ or cli/ from outside;
 *  - data/model imports nothing environment-specific.
 */
const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'child_process', 'http', 'https', 'net', 'url', 'util', 'stream', 'worker_threads'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'reports/**', 'test-results/**', 'playwright-report/**', 'bin/**', '**/golden/**', '**/fixtures/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // CommonJS entry points (bin/, scripts/) load with require by design.
    files: ['**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['data/model/**/*.ts'],
    rules: restrict(
      [...NODE_BUILTINS, 'electron', 'lowdb', 'jsdom', 'iconv-lite', 'react', 'react-dom', '**/store', '**/store/**', '**/import', '**/import/**', '**/service', '**/renderer/**', '**/electron/**', '**/cli/**'],
      'data/model is pure TypeScript: no Node, DOM, Electron or store/import code (DESIGN.md).',
    ),
    ignores: ['data/model/**/*.test.ts'],
  },
  {
    files: ['data/store/**/*.ts', 'data/import/**/*.ts', 'data/export-folder/**/*.ts', 'data/service.ts'],
    rules: restrict(
      ['electron', 'react', 'react-dom', '**/renderer/**', '**/electron/**', '**/cli/**'],
      'data/ is usable without Electron and never imports the hosts (DESIGN.md).',
    ),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict(
      [...NODE_BUILTINS, 'electron', 'lowdb', 'jsdom', 'iconv-lite', '**/data/store/**', '**/data/import/**', '**/data/service', '**/data/store', '**/data/import', '**/electron/**', '**/cli/**'],
      'renderer/ may import data/model only (DESIGN.md); it reaches the notebook through renderer/src/api.ts.',
    ),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: restrict(
      [...NODE_BUILTINS, 'lowdb', 'jsdom', 'iconv-lite', '**/data/store/**', '**/data/import/**', '**/data/service', '**/data/store', '**/data/import', '**/renderer/**', '**/main/**', '**/cli/**'],
      'the preload imports electron and data/model only (DESIGN.md).',
    ),
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: restrict(['**/renderer/**', '**/preload/**', '**/cli/**'], 'electron/main may import data/, never renderer/, preload or cli/ (DESIGN.md).'),
  },
  {
    files: ['cli/**/*.ts'],
    rules: restrict(['electron', '**/renderer/**', '**/electron/**'], 'cli/ may import data/, never renderer/ or electron/ (DESIGN.md).'),
  },
  {
    files: ['e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: restrict(['**/renderer/src/**', '**/electron/**'], 'tests and tools drive the app from outside; they do not import renderer/ or electron/ code.'),
  },
);
