import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const NODE_IO = ['node:*', 'fs', 'path', 'net', 'http', 'https', 'child_process', 'crypto', 'os'];

export default tseslint.config(
  { ignores: ['**/lint-fixtures/**', '**/node_modules/**', '**/dist/**', 'var/**', 'apps/cli/bin/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'max-lines': ['error', { max: 400, skipBlankLines: true, skipComments: true }],
      'no-console': 'off',
    },
  },
  {
    // Shared packages never reach into the apps.
    files: ['packages/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@lens/server', '@lens/cli', '@lens/web', '**/apps/**'],
              message: 'Packages must not import app code.',
            },
          ],
        },
      ],
    },
  },
  {
    // The core is pure: no I/O, no database, no HTTP, no UI. Adapters depend on it, never the
    // reverse. This block comes after the one above: ESLint replaces a rule's options with the
    // last matching block's, so the core's list repeats the apps (eslint-rule.test.ts checks it).
    files: ['packages/core/src/**/*.ts'],
    ignores: ['packages/core/src/**/*.test.ts'], // tests may read their fixture files
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: NODE_IO,
              message: 'packages/core does no I/O: take a port (packages/core/src/ports) instead.',
            },
            {
              group: [
                'kysely',
                'better-sqlite3',
                'pg',
                'fastify',
                '@fastify/*',
                'react',
                'react-dom',
                '@lens/db',
                '@lens/server',
                '@lens/cli',
                '@lens/contract',
                '@lens/web',
                '**/apps/**',
              ],
              message: 'packages/core must not depend on adapters or apps.',
            },
          ],
        },
      ],
    },
  },
  {
    // The command line runs the use cases through the core and the Node adapters, never the
    // server (`lens serve` is the server's own entry, dispatched by bin/lens.mjs; ADR 17).
    files: ['apps/cli/src/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@lens/server', '**/apps/server/**'],
              message: 'The CLI does not import the server.',
            },
          ],
        },
      ],
    },
  },
  {
    // A route parses, calls one use case of the composition root, replies (ADR 17).
    files: ['apps/server/src/**/*.routes.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "MemberExpression[property.name='store']",
          message: 'Routes call use cases (lens.<useCase>), never the store.',
        },
      ],
    },
  },
  {
    files: ['**/*.test.ts', '**/e2e/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unnecessary-type-assertion': 'off',
    },
  },
  { files: ['**/*.js', '**/*.mjs'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.js', '**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', performance: 'readonly' } },
  },
  {
    // The service worker runs in the browser's worker scope.
    files: ['apps/web/public/sw.js'],
    languageOptions: {
      globals: { self: 'readonly', caches: 'readonly', fetch: 'readonly', URL: 'readonly', Response: 'readonly' },
    },
  },
);
