// Flat config. The import rules below encode the layers of ARCHITECTURE.md.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'https', 'crypto', 'stream', 'child_process', 'url', 'net', 'events', 'buffer', 'util', 'zlib'];

export default tseslint.config(
  { ignores: ['node_modules/', 'app/dist/', 'out/', 'test-results/', 'playwright-report/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': 'off',
    },
  },
  {
    // The contract is the only file both sides import: zod, the wire names and the rules table.
    files: ['src-main/ipc/contract.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(?!zod$|\\./channels$|\\./rules$).*', message: 'contract.ts may import zod, ./channels and ./rules only.' }] }],
    },
  },
  {
    // The wire names are bundled into the preload: no imports at all (zod would add 190 KB).
    files: ['src-main/ipc/channels.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '.*', message: 'ipc/channels.ts is dependency-free (it is bundled into the preload).' }] }],
    },
  },
  {
    // The provider rules table is plain data: it imports nothing at all.
    files: ['src-main/ipc/rules.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '.*', message: 'ipc/rules.ts is dependency-free.' }] }],
    },
  },
  {
    // Plain Node modules: never Electron, never the emulator, never the renderer.
    files: ['src-main/storage/**/*.ts', 'src-main/links/**/*.ts', 'src-main/transfers/**/*.ts', 'src-main/profiles/**/*.ts', 'src-main/ipc/router.ts', 'src-main/ipc/handlers/**/*.ts'],
    ignores: ['src-main/profiles/safe-storage-cipher.ts', '**/*.test.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: [{ name: 'electron', message: 'Storage, links, profiles and the router are plain Node: no Electron here (see ARCHITECTURE.md).' }],
        patterns: [
          { group: ['**/emulator/**', '**/emulator'], message: 'Main-process modules do not import the emulator (only src-main/demo does).' },
          { group: ['**/src-renderer/**'], message: 'Main never imports renderer code.' },
        ],
      }],
    },
  },
  {
    // electron-builder loads its hooks with require(): CommonJS on purpose.
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The emulator shares no code with the app.
    files: ['emulator/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['electron'], patterns: [{ group: ['**/src-main/**', '**/src-renderer/**'], message: 'The emulator shares no code with the app.' }] }],
    },
  },
  {
    // The renderer talks to main only through window.api and the contract's types.
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // The sandboxed page has no Node (tsconfig.renderer.json has no Node types either).
      'no-restricted-globals': ['error', ...['process', 'Buffer', 'global', 'require', 'module', '__dirname', '__filename', 'setImmediate'].map((name) => ({ name, message: 'The renderer has no Node globals: ask main through window.api.' }))],
      'no-restricted-imports': ['error', {
        paths: [
          { name: 'electron', message: 'The renderer never imports Electron: use window.api.' },
          { name: 'react-i18next', importNames: ['useTranslation', 'I18nextProvider', 'withTranslation', 'Translation'], message: 'Use src-renderer/translation.tsx (one translator for the app; react-i18next 17 rebuilds its hook state on every call).' },
        ],
        patterns: [
          { group: nodeBuiltins, message: 'The renderer never imports Node modules.' },
          { regex: 'src-main/(?!ipc/contract$)', message: 'The renderer imports only src-main/ipc/contract.' },
          { group: ['**/emulator/**'], message: 'The renderer never imports the emulator.' },
        ],
      }],
    },
  },
);
