import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  // Electron's binary cannot run under vitest: every test gets the one shared fake (typed against electron.d.ts).
  resolve: { alias: [{ find: /^electron$/, replacement: fileURLToPath(new URL('./src-main/testing/electron-fake.ts', import.meta.url)) }] },
  test: {
    include: ['{src-main,src-renderer,emulator,bench,scripts,e2e}/**/*.test.{ts,tsx}'],
    exclude: ['e2e/specs/**', 'node_modules/**'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    // No test reaches past loopback (see the file).
    setupFiles: ['scripts/test-setup/loopback-only.ts'],
  },
});
