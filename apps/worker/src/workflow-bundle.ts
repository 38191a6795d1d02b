import path from 'node:path';
import type { WorkerOptions } from '@temporalio/worker';

const ROOT = path.resolve(__dirname, '../../..');

/**
 * Workflow code bundled from TypeScript sources (replay tests) must resolve the tsconfig path
 * aliases itself; compiled code in dist/ has them rewritten to relative paths by tsc-alias.
 */
export const sourceBundlerOptions: WorkerOptions['bundlerOptions'] = {
  webpackConfigHook: (config) => ({
    ...config,
    resolve: {
      ...config.resolve,
      alias: {
        ...(config.resolve?.alias as Record<string, string> | undefined),
        '@kernel$': path.join(ROOT, 'libs/kernel/src'),
        '@platform': path.join(ROOT, 'libs/platform/src'),
        '@modules': path.join(ROOT, 'modules'),
      },
    },
  }),
};

/** The entry point the worker registers: every module's workflows. */
export const workflowsEntry = require.resolve('./workflows');
