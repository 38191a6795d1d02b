import { NativeConnection, Worker } from '@temporalio/worker';
import { NOOP_TASK_QUEUE, type NoopActivities } from './workflows/noop';

const activities: NoopActivities = { nothing: async () => undefined };

/** The worker process of the limit: our worker's defaults, hosting only bench/workflows/noop. */
async function main(): Promise<void> {
  const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS });
  const worker = await Worker.create({
    connection,
    taskQueue: NOOP_TASK_QUEUE,
    workflowsPath: require.resolve('./workflows/noop'),
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
