import { loadConfig } from '@platform/config';
import { randomUUID } from 'node:crypto';
import { cpuDuring, cpuRow, cpuTableHead, type CpuByPart } from './cpu';
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
 * its fan-out activity: one assignment workflow per unit, FAN_OUT_IN_FLIGHT of them in flight). The limit:
 * starting N empty workflows on the same server until all have run, at 16, 64 and 128 in flight:
 * the best of the three.
 * `npm run bench -- fanout [units]` (default 124, 1,000 and 3,321: every commune of Vietnam).
 */
const SIZES = process.argv[2] ? [Number(process.argv[2])] : [124, 1_000, 3_321];
const TASKS_PER_UNIT = 10;
const RUNS = 3;
/** The limit's concurrency sweep: its best is the limit, whatever our own choice is. */
const IN_FLIGHT = [16, 64, 128];

async function emptyWorkflows(sys: BenchSystem, count: number, inFlight: number): Promise<number> {
  const started = Date.now();
  await pool({ to: count, inFlight }, () =>
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
      `${TASKS_PER_UNIT} tasks per unit (a lead and 4 coordinating units per task), median (min–max) of ${RUNS} runs, a new plan each run; ThiDua and the limit alternate. ThiDua starts ${loadConfig({ ...process.env, DEMO_MODE: 'true' }).FAN_OUT_IN_FLIGHT} assignment workflows at once (FAN_OUT_IN_FLIGHT). The limit starts as many empty workflows at ${IN_FLIGHT.join(', ')} in flight; its best median is the limit. Ratio = limit time / ThiDua time.`,
      '',
      `| units | assignments | ThiDua: launch → every assignment visible | units/s | ${IN_FLIGHT.map((n) => `empty workflows, ${n} in flight`).join(' | ')} | units/s (best) | ratio |`,
      `| --- | --- | --- | --- | ${IN_FLIGHT.map(() => '---').join(' | ')} | --- | --- |`,
    ];
    const cpuLines = cpuTableHead(`unit, all ${RUNS} runs together`);
    for (const units of SIZES) {
      const ours: number[] = [];
      const limit: number[][] = IN_FLIGHT.map(() => []);
      const oursCpu: CpuByPart[] = [];
      const limitCpu: CpuByPart[][] = IN_FLIGHT.map(() => []);
      let assignments = 0;
      for (let r = 0; r < RUNS; r++) {
        const { result: launched, cpu } = await cpuDuring(() =>
          launchAndWait(sys, benchPlan(codes.slice(0, units), TASKS_PER_UNIT)),
        );
        assignments = launched.assignments;
        ours.push(launched.issuedMs);
        oursCpu.push(cpu);
        for (const [i, inFlight] of IN_FLIGHT.entries()) {
          const measured = await sys.alive(cpuDuring(() => emptyWorkflows(sys, units, inFlight)));
          limit[i].push(measured.result);
          limitCpu[i].push(measured.cpu);
        }
        log(
          `${units} units, run ${r + 1}: ${assignments} assignments visible in ${seconds(ours[r])}; ${units} empty workflows in ${IN_FLIGHT.map((n, i) => `${seconds(limit[i][r])} (${n} in flight)`).join(', ')}`,
        );
      }
      const o = spread(ours);
      const sweep = limit.map(spread);
      const best = sweep.reduce((a, b) => (b.median < a.median ? b : a));
      const bestAt = sweep.indexOf(best);
      cpuLines.push(
        cpuRow(`${units.toLocaleString('en-US')} units, ThiDua`, units * RUNS, oursCpu),
        cpuRow(
          `${units.toLocaleString('en-US')} units, empty workflows at ${IN_FLIGHT[bestAt]} in flight (the best)`,
          units * RUNS,
          limitCpu[bestAt],
        ),
      );
      const rate = (ms: number) => Math.round(units / (ms / 1000)).toLocaleString('en-US');
      lines.push(
        `| ${units.toLocaleString('en-US')} | ${assignments.toLocaleString('en-US')} | ${fmt(o, ' ms')} | ${rate(o.median)} | ${sweep.map((l) => fmt(l, ' ms')).join(' | ')} | ${rate(best.median)} | ${ratio(best.median, o.median)} |`,
      );
    }
    writeSection(
      'Plan launch fan-out',
      `npm run bench -- fanout${process.argv[2] ? ` ${process.argv[2]}` : ''}`,
      [...lines, '', ...cpuLines],
    );
  }),
);
