import { WithStartWorkflowOperation } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  assignmentCommandUpdate,
  assignmentRoute,
  assignmentWorkflowId,
} from '@modules/assignment/assignment.route';
import { loadConfig } from '@platform/config';
import { CommandGateway } from '@platform/temporal/command-gateway';
import { taskIdFor } from '@platform/ids';
import { SYSTEM_ACTOR } from '@kernel';
import { tasksByUnit } from '@modules/assignment/assignment.issue';
import {
  done,
  fmt,
  pool,
  progress as progressBar,
  ratio,
  spread,
  writeSection,
  type Spread,
  run,
} from './stats';
import { benchPlan, log, seconds, unitCode, withSystem } from './system';
import { NOOP_TASK_QUEUE, touchUpdate } from './workflows/noop';

/**
 * Benchmark 6 (issue 7; cache sizes and 100,000 open from issue 17): resident memory of our
 * worker process with N open unit-assignment workflows, its workflow cache set to each of the
 * given sizes (WORKFLOW_CACHE_SIZE), against the peer: a worker with the same cache size holding as
 * many open do-nothing workflows. The workflows are opened once; for each cache size both workers
 * restart with it and the most recently opened workflows are touched until the cache is full. Then
 * the latency of a task-progress update on a workflow still cached (among the last opened) and on
 * one long evicted (among the first opened, rebuilt from its history).
 * Only the workflows these steps touch get their 10 tasks, as a plan's launch issues them (one
 * start carrying the tasks, then an append): the first PROBES and the last ones up to the largest
 * cache. The rest are started as the launch starts them and wait, like the peer's: a workflow out
 * of the cache holds nothing in the worker whatever its history, and issuing tasks to all would
 * make opening (CPU-bound here) the whole benchmark's time.
 * `npm run bench -- memory [workflows] [cache sizes]` (default 100,000 and 1000,10000).
 */
const MOST = Number(process.argv[2] ?? 100_000);
const CACHES = (process.argv[3] ?? '1000,10000').split(',').map(Number);
const IN_FLIGHT = 32;
const SAMPLES = 5;
const PROBES = 20;

const rssMb = (pid: number): number =>
  Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? NaN) / 1024;

/** Lets the worker settle, then RSS once a second. */
async function sampleRss(pid: number): Promise<Spread> {
  const samples: number[] = [];
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  for (let i = 0; i < SAMPLES; i++) {
    samples.push(rssMb(pid));
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  return spread(samples);
}

const ms = (values: number[]): string => {
  const { median, max } = { ...spread(values), max: Math.max(...values) };
  return `${median.toFixed(0)} ms (max ${max.toFixed(0)})`;
};

run(() =>
  withSystem(
    'memory',
    async (sys) => {
      const planId = randomUUID();
      const byUnit = tasksByUnit(
        benchPlan(
          Array.from({ length: MOST }, (_, i) => unitCode(i)),
          10,
        ),
        (code) => taskIdFor(planId, code),
      );
      // Through the launch's own door: each unit's tasks in its workflow's start input.
      const config = loadConfig({ TEMPORAL_ADDRESS: sys.stack.temporal.address, DEMO_MODE: 'true' });
      const gateway = new CommandGateway(config);
      const withTasks = (i: number) => i < PROBES || i >= MOST - Math.max(...CACHES);
      const openAssignment = async (i: number) => {
        const key = { planId, unitCode: unitCode(i), launched: true as const };
        if (!withTasks(i)) {
          await sys.temporal.workflow.start(assignmentRoute.workflowType, {
            workflowId: assignmentRoute.workflowId(key),
            taskQueue: config.TEMPORAL_TASK_QUEUE,
            args: [assignmentRoute.input(key)],
          });
          return;
        }
        const tasks = byUnit.get(key.unitCode)!;
        await gateway.open(assignmentRoute, key, {
          type: 'IssueTasks',
          data: { planId, unitCode: key.unitCode, unitKind: 'thon', tasks, indicators: [] },
          actor: SYSTEM_ACTOR,
        });
      };
      const openIdle = async (i: number) => {
        await sys.temporal.workflow.start('idleWorkflow', {
          workflowId: `bench-idle-memory-${i}`,
          taskQueue: NOOP_TASK_QUEUE,
        });
      };
      const touchIdle = (i: number) =>
        sys.temporal.workflow.executeUpdateWithStart(touchUpdate, {
          args: [{}],
          startWorkflowOperation: new WithStartWorkflowOperation('idleWorkflow', {
            workflowId: `bench-idle-memory-${i}`,
            taskQueue: NOOP_TASK_QUEUE,
            workflowIdConflictPolicy: 'USE_EXISTING',
          }),
        });
      /** The unit's progress on its first lead task, as the unit would send it, timed. */
      const progress = async (i: number): Promise<number> => {
        const code = unitCode(i);
        const task = byUnit.get(code)!.find((t) => t.role === 'lead')!;
        const started = performance.now();
        await sys.temporal.workflow
          .getHandle(assignmentWorkflowId(planId, code))
          .executeUpdate(assignmentCommandUpdate, {
            args: [
              {
                type: 'RecordProgress',
                data: { taskCode: task.code, status: 'in_progress', result: `Đã triển khai lần đo ${i}` },
                actor: {
                  userId: code.toLowerCase(),
                  username: code.toLowerCase(),
                  role: 'unit',
                  unitCode: code,
                },
              },
            ],
          });
        return performance.now() - started;
      };
      const started = Date.now();

      await sys.alive(
        pool({ to: MOST, inFlight: IN_FLIGHT, label: 'assignment workflows started' }, openAssignment),
      );
      // Started is not yet open: wait until every one given tasks has recorded them.
      const tasked = Array.from({ length: MOST }, (_, i) => i).filter(withTasks).length;
      const report = progressBar('assignment workflows with their tasks', tasked);
      await sys.alive(
        (async () => {
          for (let open = 0; open < tasked;) {
            await new Promise((resolve) => setTimeout(resolve, 1_000));
            [{ open }] = await sys.sql<{ open: number }>(
              `SELECT count(*)::int AS open FROM streams WHERE plan_id = $1`,
              [planId],
            );
            report(open);
          }
        })(),
      );
      done();
      await sys.alive(pool({ to: MOST, inFlight: IN_FLIGHT, label: 'idle workflows started' }, openIdle));
      // And the others until the last started of each kind has run its first workflow task
      // (started, task scheduled, started, completed): the workers take them in order.
      const lastEmpty = [...Array(MOST).keys()].reverse().find((i) => !withTasks(i));
      await sys.alive(
        Promise.all(
          [
            ...(lastEmpty === undefined
              ? []
              : [assignmentRoute.workflowId({ planId, unitCode: unitCode(lastEmpty) })]),
            `bench-idle-memory-${MOST - 1}`,
          ].map(async (workflowId) => {
            const handle = sys.temporal.workflow.getHandle(workflowId);
            while ((await handle.describe()).historyLength < 4)
              await new Promise((resolve) => setTimeout(resolve, 1_000));
          }),
        ),
      );
      log(`${MOST} assignment and ${MOST} idle workflows open in ${seconds(Date.now() - started)}`);

      const lines = [
        `${MOST.toLocaleString('en-US')} open workflows of each kind, opened once (${tasked.toLocaleString('en-US')} of ours with their 10 tasks: those the steps below touch); for each cache size both workers restart with it and the last opened workflows are touched until their cache is full. RSS of the worker process (/proc/<pid>/status), median (min–max) of ${SAMPLES} samples a second apart after 5 s at rest, MB. Ratio = ThiDua / peer. Latency: a task-progress update sent straight to Temporal to ${PROBES} workflows each, median (max).`,
        '',
        '| workflow cache | open workflows | ThiDua worker (assignment workflows) | bare worker (idle workflows, peer) | ratio | update on a cached workflow | update on an evicted one |',
        '| --- | --- | --- | --- | --- | --- | --- |',
      ];
      for (const cache of CACHES) {
        await sys.restartWorkers({ WORKFLOW_CACHE_SIZE: String(cache) });
        const filled = Math.min(cache, MOST);
        await sys.alive(
          pool(
            { from: MOST - filled, to: MOST, inFlight: IN_FLIGHT, label: `cache of ${cache}: ours filled` },
            progress,
          ),
        );
        await sys.alive(
          pool(
            { from: MOST - filled, to: MOST, inFlight: IN_FLIGHT, label: `cache of ${cache}: peer filled` },
            touchIdle,
          ),
        );
        const ours = await sampleRss(sys.stack.workers[0].process.pid!);
        const peer = await sampleRss(sys.noopWorker.process.pid!);
        const cached: number[] = [];
        const evicted: number[] = [];
        for (let k = 0; k < PROBES; k++) {
          evicted.push(await sys.alive(progress(k)));
          cached.push(await sys.alive(progress(MOST - 1 - k)));
        }
        const latency = `${ms(cached)} | ${ms(evicted)}`;
        log(
          `cache ${cache}, ${MOST} open: ThiDua worker ${fmt(ours, ' MB')}, bare worker ${fmt(peer, ' MB')} | ${latency}`,
        );
        lines.push(
          `| ${cache.toLocaleString('en-US')} | ${MOST.toLocaleString('en-US')} | ${fmt(ours, ' MB')} | ${fmt(peer, ' MB')} | ${ratio(ours.median, peer.median)} | ${latency} |`,
        );
      }
      writeSection('Worker memory', `npm run bench -- memory ${MOST} ${CACHES.join(',')}`, lines);
      await gateway.onModuleDestroy();
    },
    { workers: 1, env: { WORKFLOW_CACHE_SIZE: String(CACHES[0]) } },
  ),
);
