import { randomUUID } from 'node:crypto';
import { fmt, ratio, spread, writeSection, run, pool } from './stats';
import {
  benchPlan,
  launchAndWait,
  log,
  registerUnits,
  seconds,
  type BenchSystem,
  withSystem,
} from './system';
import { NOOP_TASK_QUEUE } from './workflows/noop';

/**
 * Benchmark 3 (issue 7): a plan launched to N units with 10 tasks each, timed from the launch
 * request until the projection shows every assignment (the plan's workflow issues them through
 * its fan-out activity: one assignment workflow per unit, a pool of 16 in flight). The limit: starting N
 * empty workflows on the same server, 16 in flight, until all have run.
 * `npm run bench -- fanout [units]` (default 124, 1,000 and 3,321: every commune of Vietnam).
 */
const SIZES = process.argv[2] ? [Number(process.argv[2])] : [124, 1_000, 3_321];
const TASKS_PER_UNIT = 10;
const RUNS = 3;
/** As many in flight as the fan-out activity keeps (apps/worker/src/activities.ts). */
const IN_FLIGHT = 16;

async function emptyWorkflows(sys: BenchSystem, count: number): Promise<number> {
  const started = Date.now();
  await pool({ to: count, inFlight: IN_FLIGHT }, () =>
    sys.temporal.workflow.execute('emptyWorkflow', {
      workflowId: `bench-empty-${randomUUID()}`,
      taskQueue: NOOP_TASK_QUEUE,
    }),
  );
  return Date.now() - started;
}

run(() =>
  withSystem('fanout', async (sys) => {
    const codes = await registerUnits(sys, Math.max(...SIZES));
    const lines = [
      `${TASKS_PER_UNIT} tasks per unit (a lead and 4 coordinating units per task), median (min–max) of ${RUNS} runs, a new plan each run; ThiDua and the limit alternate. Ratio = limit time / ThiDua time.`,
      '',
      '| units | assignments | ThiDua: launch → every assignment visible | units/s | empty workflows started and run (limit) | units/s | ratio |',
      '| --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const units of SIZES) {
      const ours: number[] = [];
      const limit: number[] = [];
      let assignments = 0;
      for (let r = 0; r < RUNS; r++) {
        const launched = await launchAndWait(sys, benchPlan(codes.slice(0, units), TASKS_PER_UNIT));
        assignments = launched.assignments;
        ours.push(launched.issuedMs);
        limit.push(await sys.alive(emptyWorkflows(sys, units)));
        log(
          `${units} units, run ${r + 1}: ${assignments} assignments visible in ${seconds(ours[r])}; ${units} empty workflows in ${seconds(limit[r])}`,
        );
      }
      const [o, l] = [spread(ours), spread(limit)];
      const rate = (ms: number) => Math.round(units / (ms / 1000)).toLocaleString('en-US');
      lines.push(
        `| ${units.toLocaleString('en-US')} | ${assignments.toLocaleString('en-US')} | ${fmt(o, ' ms')} | ${rate(o.median)} | ${fmt(l, ' ms')} | ${rate(l.median)} | ${ratio(l.median, o.median)} |`,
      );
    }
    lines.push(
      '',
      'Bound: the Temporal dev server — even the limit starts only ≈ 80 empty workflows a second with 16 in flight (one server process on SQLite, sharing the 2 cores with the worker and PostgreSQL). Per unit the fan-out makes an update-with-start (a start, a workflow task, an update) where the limit makes a start and a completion, and adds one chained append of 11 events with their projection rows. What would move it: more starts in flight against a Temporal server on PostgreSQL with cores of its own, and the assignment opened with its tasks in the workflow’s start input instead of a separate update.',
    );
    writeSection(
      'Plan launch fan-out',
      `npm run bench -- fanout${process.argv[2] ? ` ${process.argv[2]}` : ''}`,
      lines,
    );
  }),
);
