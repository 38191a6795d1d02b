import 'reflect-metadata';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import pino from 'pino';
import { loadConfig } from '@platform/config';
import { openDataSource } from '@platform/database';
import { createCheckpoint, EventStore } from '@platform/event-store';
import { projections } from '@modules/projections';
import { CommandGateway } from '@platform/temporal/command-gateway';
import { createActivities } from './activities';
import { bundlerOptions, workflowsEntry } from './workflow-bundle';

async function main(): Promise<void> {
  const config = loadConfig();
  const log = pino({ name: 'worker', level: config.LOG_LEVEL });
  Runtime.install({
    logger: new DefaultLogger('WARN', (entry) => log.warn({ meta: entry.meta }, entry.message)),
  });
  const dataSource = await openDataSource(config.DATABASE_URL);
  const store = new EventStore(dataSource, projections);
  const connection = await NativeConnection.connect({ address: config.TEMPORAL_ADDRESS });
  // Activities that send other aggregates commands (the plan's fan-out, a register's number,
  // a quota's results) go through the same door as the API.
  const gateway = new CommandGateway(config);
  const worker = await Worker.create({
    connection,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
    workflowsPath: workflowsEntry,
    bundlerOptions,
    ...(config.WORKFLOW_CACHE_SIZE > 0 && { maxCachedWorkflows: config.WORKFLOW_CACHE_SIZE }),
    activities: createActivities({
      store,
      db: dataSource,
      gateway,
      fanOutInFlight: config.FAN_OUT_IN_FLIGHT,
    }),
  });
  log.info({ taskQueue: config.TEMPORAL_TASK_QUEUE, temporal: config.TEMPORAL_ADDRESS }, 'worker started');
  // Checkpoints bound what an attacker could rewrite unseen to the events since the last one.
  const checkpoints =
    config.CHECKPOINT_MINUTES > 0
      ? setInterval(() => {
          // Half the period: another worker's checkpoint of this round counts, one of the last does not.
          createCheckpoint(dataSource, (config.CHECKPOINT_MINUTES * 60_000) / 2).then(
            (c) =>
              c && log.info({ checkpoint: c.id, hash: c.hash, streams: c.streams }, 'checkpoint recorded'),
            (error: unknown) => log.error({ err: error }, 'checkpoint failed'),
          );
        }, config.CHECKPOINT_MINUTES * 60_000)
      : undefined;
  // Worker.run resolves after SIGINT/SIGTERM once in-flight tasks are done (Runtime handles the signals).
  await worker.run();
  clearInterval(checkpoints);
  await connection.close();
  await gateway.onModuleDestroy();
  await dataSource.destroy();
  log.info('worker stopped');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
