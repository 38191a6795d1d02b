import { WithStartWorkflowOperation } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { performance } from 'node:perf_hooks';
import { assignmentCommandUpdate, assignmentWorkflowId } from '@modules/assignment/assignment.route';
import { TASK_QUEUE } from '@platform/workflow/contracts';
import { taskIdFor } from '@platform/ids';
import { SYSTEM_ACTOR } from '@kernel';
import { tasksByUnit } from '@modules/assignment/assignment.issue';
import { fmt, pool, ratio, spread, writeSection, type Spread, run } from './stats';
import { benchPlan, log, unitCode, withSystem } from './system';
import { NOOP_TASK_QUEUE, touchUpdate } from './workflows/noop';

/**
 * Benchmark 6 (issue 7; cache sizes and 100,000 open from issue 17): resident memory of our
 * worker process with N open unit-assignment workflows (each issued its 10 tasks by the command
 * the plan's fan-out sends), its workflow cache set to each of the given sizes (WORKFLOW_CACHE_SIZE),
 * against the peer: a worker with the same cache size holding as many open do-nothing workflows.
 * Then the latency of a task-progress update on a workflow still cached (among the last opened)
 * and on one long evicted (among the first opened, rebuilt from its history).
 * `npm run bench -- memory [workflows] [cache sizes]` (default 100,000 and 1000,10000).
 */
const MOST = Number(process.argv[2] ?? 100_000);
const CACHES = (process.argv[3] ?? '1000,10000').split(',').map(Number);
const STEPS = [MOST / 10, MOST];
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

run(async () => {
  const lines = [
    `RSS of the worker process (/proc/<pid>/status), median (min–max) of ${SAMPLES} samples a second apart after 5 s at rest, MB; one worker process, a fresh system per cache size. Ratio = ThiDua / peer. Latency: a task-progress update sent to ${PROBES} workflows each, straight to Temporal, median (max).`,
    '',
    '| workflow cache | open workflows | ThiDua worker (assignment workflows) | bare worker (idle workflows, peer) | ratio | update on a cached workflow | update on an evicted one |',
    '| --- | --- | --- | --- | --- | --- | --- |',
  ];
  for (const cache of CACHES) {
    await withSystem(
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
        const openAssignment = (i: number) => {
          const code = unitCode(i);
          return sys.temporal.workflow.executeUpdateWithStart(assignmentCommandUpdate, {
            args: [
              {
                type: 'IssueTasks',
                data: { planId, unitCode: code, unitKind: 'thon', tasks: byUnit.get(code)!, indicators: [] },
                actor: SYSTEM_ACTOR,
              },
            ],
            startWorkflowOperation: new WithStartWorkflowOperation('assignmentWorkflow', {
              workflowId: assignmentWorkflowId(planId, code),
              taskQueue: TASK_QUEUE,
              args: [{ planId, unitCode: code }],
              workflowIdConflictPolicy: 'USE_EXISTING',
            }),
          });
        };
        const openIdle = (i: number) =>
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
        for (let s = 0; s < STEPS.length; s++) {
          const [from, to] = [STEPS[s - 1] ?? 0, STEPS[s]];
          await sys.alive(
            pool({ from, to, inFlight: IN_FLIGHT, label: 'assignment workflows open' }, openAssignment),
          );
          const ours = await sampleRss(sys.stack.workers[0].process.pid!);
          await sys.alive(pool({ from, to, inFlight: IN_FLIGHT, label: 'idle workflows open' }, openIdle));
          const peer = await sampleRss(sys.noopWorker.process.pid!);
          let latency = ' | ';
          if (s === STEPS.length - 1) {
            const cached: number[] = [];
            const evicted: number[] = [];
            for (let k = 0; k < PROBES; k++) {
              evicted.push(await sys.alive(progress(k)));
              cached.push(await sys.alive(progress(to - 1 - k)));
            }
            latency = `${ms(cached)} | ${ms(evicted)}`;
          }
          log(
            `cache ${cache}, ${to} open: ThiDua worker ${fmt(ours, ' MB')}, bare worker ${fmt(peer, ' MB')} ${latency}`,
          );
          lines.push(
            `| ${cache.toLocaleString('en-US')} | ${to.toLocaleString('en-US')} | ${fmt(ours, ' MB')} | ${fmt(peer, ' MB')} | ${ratio(ours.median, peer.median)} | ${latency} |`,
          );
        }
      },
      { workers: 1, env: { WORKFLOW_CACHE_SIZE: String(cache) } },
    );
  }
  writeSection('Worker memory', `npm run bench -- memory ${MOST} ${CACHES.join(',')}`, lines);
});
