// Workflows run in Temporal's deterministic sandbox: Node built-ins, I/O and our
// infrastructure libraries must never reach them, so lint bans those imports there.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';

const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.tools/**', '.data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests and benchmarks read untyped JSON replies.
    files: ['test/**/*.ts', 'bench/**/*.ts', '**/*.spec.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['workflows/**/*.ts', 'bench/workflows/**/*.ts'],
    ignores: ['workflows/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeBuiltins,
          patterns: [
            {
              group: [
                '@temporalio/client',
                '@temporalio/worker',
                '@temporalio/activity',
                '@nestjs/*',
                'typeorm',
                'pg',
                'pino*',
              ],
              message: 'Workflow code must stay deterministic: no I/O or infrastructure imports.',
            },
            {
              group: [
                '**/event-store/**',
                '**/projections/**',
                '**/database/**',
                '**/apps/**',
                '**/config/**',
              ],
              message: 'Workflows may import only libs/domain and libs/contracts.',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'fetch', 'process'],
    },
  },
  {
    files: ['scripts/**/*.js', 'test/**/*.js', '*.js', '*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    // CommonJS config files for Jest and Node.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
