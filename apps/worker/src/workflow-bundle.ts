import fs from 'node:fs';
import path from 'node:path';
import type { WorkerOptions } from '@temporalio/worker';

/** The repository's root, or dist/ when compiled. */
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

/** The entry point the worker registers: every module's workflows. */
export const workflowsEntry = require.resolve('./workflows');

/**
 * The pure domain, evaluated once per workflow thread and shared by its workflows instead of
 * evaluated anew for each (a tenth of a new workflow's cost): every module's decider, with what
 * it imports (the kernel, rules, errors). They hold no state, the SDK freezes them, and none
 * may import the workflow API; the workflows and routes that do stay per workflow.
 */
function domainModules(): string[] {
  const modules = path.join(ROOT, 'modules');
  return fs
    .readdirSync(modules, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.decider\.(js|ts)$/.test(file))
    .map((file) => path.join(modules, file));
}

/** Set up the workflow sandbox before anything else runs in it (see the module). */
export const sandboxSetup = require.resolve('./sandbox-setup');

/** How the worker bundles workflow code: the sandbox set up first, then the shared domain. */
export const bundlerOptions = {
  preloadModules: [sandboxSetup, ...domainModules()],
} satisfies WorkerOptions['bundlerOptions'];

/**
 * Workflow code bundled from TypeScript sources (replay tests) must resolve the tsconfig path
 * aliases itself; compiled code in dist/ has them rewritten to relative paths by tsc-alias.
 */
export const sourceBundlerOptions: WorkerOptions['bundlerOptions'] = {
  ...bundlerOptions,
  webpackConfigHook: (config) => ({
    ...config,
    resolve: {
      ...config.resolve,
      alias: { ...(config.resolve?.alias as Record<string, string> | undefined), ...aliases() },
    },
  }),
};
