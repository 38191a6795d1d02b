import { WithStartWorkflowOperation } from '@temporalio/client';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { assignmentCommandUpdate, assignmentWorkflowId } from '@modules/assignment/assignment.route';
import { TASK_QUEUE } from '@platform/workflow/contracts';
import { taskIdFor } from '@platform/ids';
import { SYSTEM_ACTOR } from '@kernel';
import { tasksByUnit } from '@modules/assignment/assignment.issue';
import { fmt, pool, ratio, spread, writeSection, type Spread, run } from './stats';
import { benchPlan, log, unitCode, withSystem } from './system';
import { NOOP_TASK_QUEUE, touchUpdate } from './workflows/noop';

/**
 * Benchmark 6 (issue 7): resident memory of our worker process with N open unit-assignment
 * workflows (each issued its 10 tasks by the command the plan's fan-out sends), against the peer:
 * a worker with the same SDK defaults holding as many open do-nothing workflows.
 * `npm run bench -- memory [workflows]` measures at a tenth of that and at that (default 10,000).
 */
const MOST = Number(process.argv[2] ?? 10_000);
const STEPS = [0, MOST / 10, MOST];
const IN_FLIGHT = 32;
const SAMPLES = 5;

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

run(() =>
  withSystem('memory', async (sys) => {
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

    const lines = [
      `RSS of the worker process (/proc/<pid>/status), median (min–max) of ${SAMPLES} samples a second apart after 5 s at rest, MB. Ratio = ThiDua / peer.`,
      '',
      '| open workflows | ThiDua worker (assignment workflows) | bare worker (idle workflows, peer) | ratio |',
      '| --- | --- | --- | --- |',
    ];
    for (let s = 0; s < STEPS.length; s++) {
      const [from, to] = [STEPS[s - 1] ?? 0, STEPS[s]];
      await sys.alive(
        pool({ from, to, inFlight: IN_FLIGHT, label: 'assignment workflows open' }, openAssignment),
      );
      const ours = await sampleRss(sys.stack.workers[0].process.pid!);
      await sys.alive(pool({ from, to, inFlight: IN_FLIGHT, label: 'idle workflows open' }, openIdle));
      const peer = await sampleRss(sys.noopWorker.process.pid!);
      log(`${to} open: ThiDua worker ${fmt(ours, ' MB')}, bare worker ${fmt(peer, ' MB')}`);
      lines.push(
        `| ${to.toLocaleString('en-US')} | ${fmt(ours, ' MB')} | ${fmt(peer, ' MB')} | ${ratio(ours.median, peer.median)} |`,
      );
    }
    lines.push(
      '',
      'What bounds it: the worker’s workflow cache. Each cached run keeps its state and handlers in the worker’s V8 context, for ours and the bare worker alike; the SDK caps the cache from the heap limit and evicts beyond it, so past that cap the resident size is the cache plus what V8 keeps after evictions, not one copy per open workflow.',
    );
    writeSection(
      'Worker memory',
      `npm run bench -- memory${process.argv[2] ? ` ${process.argv[2]}` : ''}`,
      lines,
    );
  }),
);
