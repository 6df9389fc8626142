// Layering rules (docs/architecture.md): shared/ is pure, renderer/ never reaches Node or the
// main process, and only the Electron entry points import `electron`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'fs/promises', 'path', 'os', 'child_process', 'crypto', 'http', 'url', 'worker_threads', 'stream', 'events', 'util', 'net'];

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bin/**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'react', 'react-dom', ...nodeBuiltins],
          patterns: [
            { group: ['node:*'], message: 'shared/ is pure: no Node APIs.' },
            { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ imports nothing from other layers.' },
            { group: ['react', 'react-dom', 'react/*', '@codemirror/*'], message: 'shared/ has no UI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'require', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.ts', 'renderer/**/*.tsx'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', ...nodeBuiltins],
          patterns: [
            { group: ['node:*'], message: 'renderer/ talks to Node only through the typed API.' },
            { group: ['**/electron/**'], message: 'renderer/ never imports the main process.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/ipc.ts', 'electron/app/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Services are plain Node modules; only main/preload/ipc import electron.' }] }],
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**', 'bin/**', 'test/**/*.ts', 'bench/**', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
);
