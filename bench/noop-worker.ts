import { NativeConnection, Worker } from '@temporalio/worker';
import { sandboxSetup } from '../apps/worker/src/workflow-bundle';
import { NOOP_TASK_QUEUE, type NoopActivities } from './workflows/noop';

const activities: NoopActivities = { nothing: async () => undefined };

/** The worker process of the limit: our worker's defaults, hosting only bench/workflows/noop. */
async function main(): Promise<void> {
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS });
  const worker = await Worker.create({
    connection,
    taskQueue: NOOP_TASK_QUEUE,
    workflowsPath: require.resolve('./workflows/noop'),
    // Its sandbox set up as ours is, so that the limit gains what ours gains.
    bundlerOptions: { preloadModules: [sandboxSetup] },
    activities,
    // The same cache as the worker it is compared with.
    ...(Number(process.env.WORKFLOW_CACHE_SIZE) > 0 && {
      maxCachedWorkflows: Number(process.env.WORKFLOW_CACHE_SIZE),
    }),
  });
  await worker.run();
  await connection.close();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
