import fs from 'node:fs';
import path from 'node:path';
import type { WorkerOptions } from '@temporalio/worker';

const ROOT = path.resolve(__dirname, '../../..');

/** tsconfig's `paths` as webpack aliases: `@kernel` exactly, `@platform/*` as a prefix. */
function aliases(): Record<string, string> {
  const { paths } = JSON.parse(fs.readFileSync(path.join(ROOT, 'tsconfig.json'), 'utf8')).compilerOptions as {
    paths: Record<string, [string]>;
  };
  return Object.fromEntries(
    Object.entries(paths).map(([key, [target]]) =>
      key.endsWith('/*')
        ? [key.slice(0, -2), path.join(ROOT, target.slice(0, -2))]
        : [`${key}$`, path.join(ROOT, target)],
    ),
  );
}

/**
 * Workflow code bundled from TypeScript sources (replay tests) must resolve the tsconfig path
 * aliases itself; compiled code in dist/ has them rewritten to relative paths by tsc-alias.
 */
export const sourceBundlerOptions: WorkerOptions['bundlerOptions'] = {
  webpackConfigHook: (config) => ({
    ...config,
    resolve: {
      ...config.resolve,
      alias: { ...(config.resolve?.alias as Record<string, string> | undefined), ...aliases() },
    },
  }),
};

/** The entry point the worker registers: every module's workflows. */
export const workflowsEntry = require.resolve('./workflows');
