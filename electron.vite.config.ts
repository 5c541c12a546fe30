import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

// Everything is bundled (no externals but electron), so app/ ships without node_modules.
export default defineConfig({
  main: {
    build: {
      outDir: 'app/dist/main',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src-main/index.ts') },
        external: ['electron'],
      },
    },
  },
  preload: {
    build: {
      outDir: 'app/dist/preload',
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve('src-main/preload.ts') },
        external: ['electron'],
        // A sandboxed preload must be CommonJS.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: 'src-renderer',
    plugins: [react()],
    base: './',
    build: {
      outDir: 'app/dist/renderer',
      rollupOptions: { input: { index: resolve('src-renderer/index.html') } },
    },
  },
});
