// Workflows run in Temporal's deterministic sandbox: Node built-ins, I/O and our infrastructure
// libraries must never reach them or the rules they run; lint bans those imports there, and keeps
// each module's rules to the kernel and itself (design.md §1).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import { builtinModules } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`]);
const modules = fs
  .readdirSync(path.join(import.meta.dirname, 'modules'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Files that run inside Temporal's deterministic sandbox or are shared with it: no I/O, no clock. */
function pure(files, patterns, ignores = []) {
  return {
    files,
    // Projections, entities, queries and stores do I/O by nature; specs are tests.
    ignores: ['modules/*/*.{projection,entity,query,store}.ts', '**/*.spec.ts', ...ignores],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
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
            ...patterns,
          ],
        },
      ],
      'no-restricted-globals': ['error', 'setTimeout', 'setInterval', 'fetch', 'process'],
    },
  };
}

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
  // Kernel: framework-free rules every module is written in.
  pure(
    ['libs/kernel/**/*.ts'],
    [
      {
        group: ['@temporalio/*', '@platform/*', '@modules/*', '@demo'],
        message: 'The kernel depends on nothing of ours.',
      },
    ],
  ),
  // The workflow host and the deterministic side of the platform.
  pure(
    ['libs/platform/src/workflow/**/*.ts', 'bench/workflows/**/*.ts'],
    [
      {
        group: ['@platform/*', '!@platform/workflow', '@modules/*', '@demo'],
        message: 'Workflow code imports the kernel only.',
      },
    ],
  ),
  // A module's rules (decider, policy, route, workflow, labels, errors…): its own files and the
  // kernel at run time; another module's route only for its types, which vanish when compiled.
  ...modules.flatMap((name) => {
    const patterns = [
      {
        group: ['@modules/*', `!@modules/${name}`],
        allowTypeImports: true,
        message:
          'Another module is reached through its route or query class, and from rule files only for types.',
      },
      {
        group: ['@platform/*', '!@platform/workflow', '../*', '@demo'],
        message: 'Rule files import the kernel and their own module only.',
      },
    ];
    const workflowApi = [`modules/${name}/*.{workflow,route}.ts`];
    return [
      pure(workflowApi, patterns),
      // The rest is evaluated once per workflow thread and shared by its workflows
      // (apps/worker/src/workflow-bundle.ts): it must not reach the workflow API, not even through its workflow or route.
      pure(
        [`modules/${name}/*.ts`],
        [
          ...patterns,
          {
            group: ['@temporalio/workflow', '@platform/workflow', '@platform/workflow/*', './*.workflow', './*.route'],
            allowTypeImports: true,
            message:
              'Only workflows and routes use the workflow API; the domain is shared by every workflow of a thread.',
          },
        ],
        workflowApi,
      ),
    ];
  }),
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
