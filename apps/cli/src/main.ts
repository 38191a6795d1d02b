import 'reflect-metadata';
import { Client, Connection } from '@temporalio/client';
import { Worker } from '@temporalio/worker';
import { loadConfig } from '@platform/config';
import { migrateDatabase, openDataSource } from '@platform/database';
import { createCheckpoint, rebuildProjections, verifyStore } from '@platform/event-store';
import { projections } from '@modules/projections';
import { bundlerOptions, workflowsEntry } from '../../worker/src/workflow-bundle';
import { exportSheet, importSheet } from './onboarding';
import { progressBar } from './progress';

/** The CLI signs no tokens, so it runs without JWT_SECRET. */
const operatorConfig = () => loadConfig(process.env, { requireSecret: false });

const USAGE = `usage: npm run cli -- <command>

commands:
  db migrate                 create the database if missing and apply pending migrations
  audit verify               check every event chain and checkpoint (exit 0 when intact, 1 otherwise)
  audit checkpoint           record every stream's head, chained to the previous checkpoint
  audit rebuild              recompute every projection from the events and compare with the live tables
  audit replay [--plan ID]   replay the plan's workflows (all plans by default) from Temporal against this code
  onboarding import FILE [--preview]
                             organisations, units, people and accounts from an XLSX or CSV sheet, through
                             the API (THIDUA_API_URL, THIDUA_USER, THIDUA_PASSWORD); errors by row first
  onboarding export ORG FILE the organisation's sheet (FILE.xlsx or FILE.csv), in the import's columns`;

async function withDb<T>(work: (db: Awaited<ReturnType<typeof openDataSource>>) => Promise<T>): Promise<T> {
  const db = await openDataSource(operatorConfig().DATABASE_URL, 4);
  try {
    return await work(db);
  } finally {
    await db.destroy();
  }
}

async function migrate(): Promise<number> {
  const applied = await migrateDatabase(operatorConfig().DATABASE_URL);
  console.log(applied.length ? `applied: ${applied.join(', ')}` : 'database is up to date');
  return 0;
}

async function verify(): Promise<number> {
  return withDb(async (db) => {
    const bar = progressBar('verifying');
    const report = await verifyStore(db, { onProgress: (n) => bar.update(n) });
    bar.done();
    console.log(
      `${report.events} events in ${report.streams} streams, ${report.checkpoints} checkpoints, ${report.eventsPerSecond} events/s`,
    );
    if (report.latestCheckpoint)
      console.log(`latest checkpoint #${report.latestCheckpoint.id}: ${report.latestCheckpoint.hash}`);
    if (report.ok) {
      console.log('✓ intact: every chain and checkpoint verifies');
      return 0;
    }
    console.log(`✗ ${report.breaks.length} break(s); first: ${JSON.stringify(report.breaks[0])}`);
    for (const b of report.breaks.slice(1, 20))
      console.log(`  ${b.kind} ${b.streamId} v${b.version ?? '-'} @${b.position ?? '-'}: ${b.detail}`);
    return 1;
  });
}

async function checkpoint(): Promise<number> {
  return withDb(async (db) => {
    const c = await createCheckpoint(db);
    console.log(`checkpoint #${c.id}: ${c.streams} streams, ${c.events} events, hash ${c.hash}`);
    return 0;
  });
}

async function rebuild(): Promise<number> {
  return withDb(async (db) => {
    const bar = progressBar('rebuilding');
    const report = await rebuildProjections(db, projections, {
      onProgress: (done, total) => bar.update(done, total),
    });
    bar.done();
    console.log(
      `${report.events} events folded in ${(report.elapsedMs / 1000).toFixed(1)} s (${report.eventsPerSecond} events/s)`,
    );
    for (const t of report.tables) console.log(`  ${t.table.padEnd(20)} ${t.rows} rows`);
    if (report.differences.length === 0) {
      console.log('✓ no differences: every live projection equals its rebuild from the events');
      return 0;
    }
    for (const d of report.differences)
      console.log(
        `✗ ${d.table}: ${d.onlyRebuilt} rows only in the rebuild, ${d.onlyLive} only live; e.g. ${JSON.stringify(d.samples[0])}`,
      );
    return 1;
  });
}

async function replay(args: string[]): Promise<number> {
  const planAt = args.indexOf('--plan');
  const planId = planAt >= 0 ? args[planAt + 1] : undefined;
  const config = operatorConfig();
  // Aggregate workflows are named after their streams: the store lists a plan's workflows.
  const ids: string[] = await withDb(async (db) =>
    (
      await db.query(
        `SELECT stream_id FROM streams WHERE plan_id IS NOT NULL AND ($1::uuid IS NULL OR plan_id = $1::uuid) ORDER BY stream_id`,
        [planId ?? null],
      )
    ).map((r: { stream_id: string }) => r.stream_id),
  );
  const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS });
  const client = new Client({ connection, namespace: config.TEMPORAL_NAMESPACE });
  try {
    async function* histories() {
      for (const workflowId of ids) {
        try {
          yield { workflowId, history: await client.workflow.getHandle(workflowId).fetchHistory() };
        } catch {
          console.log(`  – ${workflowId}: no history on this Temporal server (skipped)`);
        }
      }
    }
    let failed = 0;
    let replayed = 0;
    const results = Worker.runReplayHistories({ workflowsPath: workflowsEntry, bundlerOptions }, histories());
    for await (const result of results) {
      replayed++;
      if (result.error) {
        failed++;
        console.log(`✗ ${result.workflowId}: ${result.error.message}`);
      }
    }
    console.log(`${replayed} workflow histories replayed, ${failed} non-deterministic`);
    return failed ? 1 : 0;
  } finally {
    await connection.close();
  }
}

const commands: Record<string, (args: string[]) => Promise<number>> = {
  'db migrate': migrate,
  'audit verify': verify,
  'audit checkpoint': checkpoint,
  'audit rebuild': rebuild,
  'audit replay': replay,
  'onboarding import': importSheet,
  'onboarding export': exportSheet,
};

async function main(argv: string[]): Promise<number> {
  const command = commands[argv.slice(0, 2).join(' ')];
  if (!command) {
    console.error(USAGE);
    return 2;
  }
  return command(argv.slice(2));
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('✗', error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
