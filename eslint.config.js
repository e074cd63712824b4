// Lint, and the import rules of ARCHITECTURE.md: where a file lives says
// which runtime it may use, and this config checks it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const nodeBuiltins = ['node:*', 'fs', 'fs/*', 'path', 'os', 'crypto', 'http', 'https', 'child_process', 'url', 'net', 'stream', 'buffer', 'util', 'worker_threads'];
const uiPackages = ['react', 'react/*', 'react-dom', 'react-dom/*', 'dexie', 'pdfjs-dist', 'pdfjs-dist/*', 'cornerstone-core'];

const restrict = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'tests/.artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/server/**'],
    rules: {
      ...restrict(['electron', ...nodeBuiltins, ...uiPackages, '**/renderer/**', '**/electron/**', '**/server/**'], 'src/ is pure TypeScript shared by every process: no electron, node:*, react, dexie or DOM (ARCHITECTURE.md).'),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    files: ['src/server/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(['electron', ...uiPackages, '**/renderer/**', '**/electron/**'], 'The case service runs on Node alone: no electron or UI packages.'),
  },
  {
    files: ['electron/main/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict([...uiPackages, '**/renderer/**', '**/preload/**'], 'The main process imports src, node:* and electron only.'),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [{ regex: '^(?!electron$|\\.\\./\\.\\./src/host/contract$).*', message: 'The preload imports only electron and src/host/contract.' }],
      }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    rules: restrict(['electron', 'electron/*', ...nodeBuiltins, '**/electron/**', '**/server/**'], 'The renderer never imports electron, node:* or the server: it talks to its host through platform/host.ts.'),
  },
  {
    files: ['tests/**/*.ts', 'electron/*.mjs', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
);
