import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Our folders are not electron-vite's defaults (src/main, ...), so every entry is named.
// ESM-only packages are bundled into main, because main stays CommonJS (a sandboxed
// preload cannot be ESM, and both share package.json's module type).
export default defineConfig({
  main: {
    build: {
      externalizeDeps: { exclude: ['lowdb', 'marked', 'steno', 'approx-string-match'] },
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload can require only `electron`: bundle everything else (zod).
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') } },
    },
  },
  renderer: {
    root: 'renderer',
    plugins: [react()],
    build: {
      // electron-vite leaves the renderer unminified; a third of the bytes parse faster at start.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
