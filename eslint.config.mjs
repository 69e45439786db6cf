// typescript-eslint, type-aware, zero warnings (`npm run lint`, part of `npm test`).
// The import restrictions are the layering of docs/ARCHITECTURE.md:
//   - core is the engine: no IO, no LSP, no front end; front ends reach it only through core/index.ts;
//   - protocol is a leaf shared by the client and the server;
//   - the VS Code client imports no server code but the protocol module.
import tseslint from 'typescript-eslint';

const CORE_DEEP = {
  regex: '(^|/)core/.+',
  message: 'Import the engine through its one door, server/src/core (core/index.ts).',
};
const NO_LSP = {
  group: ['vscode-languageserver', 'vscode-languageserver/*', 'vscode-languageserver-textdocument', 'vscode-languageclient', 'vscode-languageclient/*'],
  message: 'Only server/src/lsp (and the client) know LSP.',
};

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '.e2e/**', 'server/src/core/schema/generated/**', 'test/e2e/**', '**/*.js', '**/*.mjs'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['server/src/cli/**/*.ts', 'server/src/node/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CORE_DEEP, NO_LSP, { regex: '(^|/)lsp(/|$)', message: 'The CLI and the reader do not depend on the language server.' }] }] },
  },
  {
    files: ['server/src/lsp/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [CORE_DEEP, { regex: '(^|/)cli(/|$)', message: 'The language server does not depend on the CLI.' }] }] },
  },
  {
    files: ['server/src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: ['fs', 'fs/promises', 'path', 'os', 'child_process', 'net', 'http', 'https', 'worker_threads', 'node:fs', 'node:path', 'node:os', 'node:child_process'].map((name) => ({ name, message: 'The engine does no IO: front ends read files and pass text.' })),
        patterns: [NO_LSP, { regex: '^\\.\\./(\\.\\./)*(cli|lsp|node)(/|$)', message: 'The engine does not depend on its front ends.' }],
      }],
    },
  },
  {
    files: ['server/src/protocol/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.', message: 'The protocol module is a leaf: it imports nothing of caselint.' }] }] },
  },
  {
    files: ['client/src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: 'server/src/(?!protocol$)', message: 'The client imports no server code but server/src/protocol.' }] }],
    },
  },
);
