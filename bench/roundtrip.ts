import { WithStartWorkflowOperation } from '@temporalio/client';
import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { api } from '../scripts/lib/api';
import { fmt, percentile, ratio, spread, writeSection, type Spread, run } from './stats';
import {
  benchPlan,
  createAccounts,
  launchAndWait,
  log,
  registerUnits,
  type BenchSystem,
  withSystem,
} from './system';
import { NOOP_TASK_QUEUE, touchUpdate } from './workflows/noop';

/**
 * Benchmark 2 (issue 7): a unit's task-progress command over HTTP — JWT, validation, the
 * assignment workflow's update, the chained append with its projection, the reply read back
 * from the projection — at 1, 10 and 50 concurrent clients, each client a different unit.
 * The limit: a bare update-with-start on as many do-nothing workflows on the same Temporal
 * server, from as many concurrent callers. `npm run bench -- roundtrip [seconds per run]`.
 */
const SECONDS = Number(process.argv[2] ?? 10);
const CLIENTS = [1, 10, 50];
const RUNS = 3;

interface Run {
  perSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Answers other than 200, by status. */
  failures: Record<number, number>;
}

const summarise = (latencies: number[], elapsedMs: number, failures: Record<number, number> = {}): Run => ({
  perSecond: latencies.length / (elapsedMs / 1000),
  p50: percentile(latencies, 50),
  p95: percentile(latencies, 95),
  p99: percentile(latencies, 99),
  failures,
});

/** `clients` connections, each a unit posting progress on its own lead tasks, a new result each time. */
async function ours(sys: BenchSystem, units: Unit[], clients: number): Promise<Run> {
  const latencies: number[] = [];
  const failures: Record<number, number> = {};
  let connection = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: sys.base,
        connections: clients,
        duration: SECONDS,
        setupClient(client) {
          const unit = units[connection++ % clients];
          let n = 0;
          client.setRequests([
            {
              method: 'POST',
              headers: { authorization: `Bearer ${unit.token}`, 'content-type': 'application/json' },
              setupRequest: (request) => ({
                ...request,
                path: `/tasks/${unit.tasks[n % unit.tasks.length]}/progress`,
                body: JSON.stringify({
                  status: 'in_progress',
                  result: `Đã triển khai bước ${++n} tại cơ sở`,
                }),
              }),
            },
          ]);
        },
      },
      (error, result) => (error ? reject(error) : resolve(result)),
    );
    instance.on('response', (_client, status, _body, ms) => {
      if (status === 200) latencies.push(ms);
      else failures[status] = (failures[status] ?? 0) + 1;
    });
  });
  if (result.errors + result.timeouts > 0) failures[0] = result.errors + result.timeouts;
  return summarise(latencies, result.duration * 1000, failures);
}

/** The same number of concurrent callers, each sending the do-nothing update to its own idle workflow. */
async function limit(sys: BenchSystem, clients: number): Promise<Run> {
  const latencies: number[] = [];
  const started = performance.now();
  const end = started + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async (_, c) => {
      while (performance.now() < end) {
        const sent = performance.now();
        await sys.temporal.workflow.executeUpdateWithStart(touchUpdate, {
          args: [{}],
          startWorkflowOperation: new WithStartWorkflowOperation('idleWorkflow', {
            workflowId: `bench-idle-${c}`,
            taskQueue: NOOP_TASK_QUEUE,
            workflowIdConflictPolicy: 'USE_EXISTING',
          }),
        });
        latencies.push(performance.now() - sent);
      }
    }),
  );
  return summarise(latencies, performance.now() - started);
}

interface Unit {
  token: string;
  tasks: string[];
}

run(() =>
  withSystem('roundtrip', async (sys) => {
    const most = Math.max(...CLIENTS);
    const codes = await registerUnits(sys, most);
    const { planId } = await launchAndWait(sys, benchPlan(codes, 10));
    const tokens = await createAccounts(sys, codes);
    const { items } = await api<{ items: Array<{ taskId: string; leadUnit: string }> }>(
      sys.base,
      'GET',
      `/plans/${planId}/tasks?limit=500`,
      sys.owner,
    );
    const units: Unit[] = codes.map((code) => ({
      token: tokens.get(code)!,
      tasks: items.filter((t) => t.leadUnit === code).map((t) => t.taskId),
    }));
    log(`${most} units, each leading ${units[0].tasks.length} tasks; warming up`);
    await sys.alive(ours(sys, units, 10));
    await sys.alive(limit(sys, 10));

    const lines = [
      `${SECONDS} s per run, median (min–max) of ${RUNS} runs; ThiDua and the limit alternate. Latency in ms. Ratio = ThiDua / limit (throughput) and limit / ThiDua (p50 latency): 1.00 would mean our work costs nothing.`,
      '',
      '| clients | path | commands/s | p50 ms | p95 ms | p99 ms | throughput ratio | p50 ratio |',
      '| --- | --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const clients of CLIENTS) {
      const runs = { ours: [] as Run[], limit: [] as Run[] };
      for (let r = 0; r < RUNS; r++) {
        runs.ours.push(await sys.alive(ours(sys, units, clients)));
        runs.limit.push(await sys.alive(limit(sys, clients)));
        const [o, l] = [runs.ours[r], runs.limit[r]];
        log(
          `${clients} client(s), run ${r + 1}: ThiDua ${Math.round(o.perSecond)}/s p50 ${o.p50.toFixed(1)} ms` +
            ` ${JSON.stringify(o.failures)}; bare update ${Math.round(l.perSecond)}/s p50 ${l.p50.toFixed(1)} ms`,
        );
      }
      const failed = runs.ours.filter((r) => Object.keys(r.failures).length > 0);
      if (failed.length > 0)
        throw new Error(
          `commands failed at ${clients} clients (status: count, 0 for connection errors) ${JSON.stringify(failed.map((r) => r.failures))}: the figures would lie`,
        );
      const stat = (key: 'perSecond' | 'p50' | 'p95' | 'p99') => (rs: Run[]) => spread(rs.map((r) => r[key]));
      const [oursRate, limitRate] = [stat('perSecond')(runs.ours), stat('perSecond')(runs.limit)];
      const [oursP50, limitP50] = [stat('p50')(runs.ours), stat('p50')(runs.limit)];
      const row = (path: string, rs: Run[], rate: Spread, p50: Spread, ratios: string) =>
        `| ${clients} | ${path} | ${fmt(rate)} | ${ms(p50)} | ${ms(stat('p95')(rs))} | ${ms(stat('p99')(rs))} | ${ratios} |`;
      lines.push(
        row(
          'ThiDua: HTTP → update → append + projection → reply',
          runs.ours,
          oursRate,
          oursP50,
          `${ratio(oursRate.median, limitRate.median)} | ${ratio(limitP50.median, oursP50.median)}`,
        ),
        row('bare update-with-start, no work (limit)', runs.limit, limitRate, limitP50, '1.00 | 1.00'),
      );
    }
    lines.push(
      '',
      'Bound: Temporal and the 2 shared cores — each command, ours or the limit’s, is an update-with-start, one workflow task on a worker and its history written to the dev server’s SQLite. Ours holds that workflow task open while a local activity appends (one PostgreSQL commit with the chain and the projection; its marker joins the same task), and the API adds JWT (an account lookup, cached for 3 s) and validation and reads the task’s rows once, before the update, to route and authorise it; the reply comes from the rows the update returns. Temporal, PostgreSQL, the worker, the API and autocannon all share the 2 cores. What would move it: the Temporal server on PostgreSQL on cores of its own, and checking the unit’s assignment in the workflow’s validator instead of a query before it.',
    );
    writeSection('Command round trip', `npm run bench -- roundtrip ${SECONDS}`, lines);
  }),
);

const ms = (s: Spread): string => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
