// @ts-check
import tseslint from 'typescript-eslint';
import { glossaLintPlugin } from './scripts/lint/import-boundaries.mjs';

/**
 * Environment globals data/model must not touch outside tests: it runs in the renderer, the
 * preload, the main process and the CLI alike (docs/decisions/0005-import-boundaries.md).
 * globalThis is here because globalThis.process would walk around the rest.
 */
const HOST_GLOBALS = [
  'process', 'Buffer', 'global', 'globalThis', 'require', 'module', 'exports', '__dirname', '__filename',
  'setImmediate', 'clearImmediate', 'window', 'self', 'document', 'navigator', 'location', 'history',
  'localStorage', 'sessionStorage', 'indexedDB', 'fetch', 'XMLHttpRequest', 'WebSocket', 'Worker',
];
const TEST_CODE = ['**/*.test.{ts,tsx}', '**/test-support/**', '**/test-support.{ts,tsx}', '**/fixtures/**'];

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
    // DESIGN.md's import rules: the layer table lives in scripts/lint/layers.mjs and every
    // import form is resolved to a path before it is checked (scripts/lint/import-boundaries.mjs).
    files: ['**/*.{ts,tsx,mts,cts,js,jsx,mjs,cjs}'],
    plugins: { glossa: glossaLintPlugin },
    rules: { 'glossa/import-boundaries': 'error' },
  },
  {
    files: ['data/model/**/*.{ts,tsx}'],
    ignores: TEST_CODE,
    rules: {
      'no-restricted-globals': [
        'error',
        ...HOST_GLOBALS.map((name) => ({ name, message: `data/model runs in every host: no ${name} (docs/decisions/0005-import-boundaries.md).` })),
      ],
    },
  },
);
