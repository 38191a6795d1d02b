import { WithStartWorkflowOperation } from '@temporalio/client';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { freePort, startChild, waitFor } from '../scripts/lib/processes';
import { ROOT } from '../scripts/lib/stack';
import { cpuDuring, cpuRow, cpuTableHead, type CpuByPart } from './cpu';
import { closedLoop, summarise, type Run } from './load';
import { fmt, ratio, spread, writeSection, type Spread, run } from './stats';
import {
  log,
  progressRequest,
  reportingUnits,
  type BenchSystem,
  type ReportingUnit,
  withSystem,
} from './system';
import { NOOP_TASK_QUEUE, touchUpdate } from './workflows/noop';

/**
 * Benchmark 2 (issue 7; HTTP limits from issue 17): a unit's task-progress command over HTTP —
 * JWT, validation, the assignment workflow's update, the chained append with its projection, the
 * reply read back from the projection — at 1, 10 and 50 concurrent clients, each client a
 * different unit. Three limits on the same machine and Temporal server, from as many concurrent
 * callers: an HTTP route of the same framework that does nothing; one that only sends a bare
 * update-with-start to a do-nothing workflow (bench/http-limit.ts); one whose update's handler
 * runs one local activity that does nothing (the Temporal part of our write path, with none of
 * our work); and the bare update sent straight from the client, no HTTP.
 * `npm run bench -- roundtrip [seconds per run]`.
 */
const SECONDS = Number(process.argv[2] ?? 10);
const CLIENTS = [1, 10, 50];
const RUNS = 3;

/** `clients` connections, each a unit posting progress on its own lead tasks, a new result each time. */
const ours = (sys: BenchSystem, units: ReportingUnit[], clients: number): Promise<Run> =>
  closedLoop(sys.base, clients, SECONDS, (c) => {
    const unit = units[c % units.length];
    let n = 0;
    return () => progressRequest(unit, ++n);
  });

/** The HTTP limits: the same number of connections on bench/http-limit.ts, connection c on workflow c. */
const httpLimit = (
  base: string,
  clients: number,
  route: 'noop' | 'update' | 'update-activity',
): Promise<Run> =>
  closedLoop(base, clients, SECONDS, (c) => () => ({
    path: route === 'noop' ? '/noop' : `/${route}/${c}`,
    body: {},
  }));

/** The same number of concurrent callers, each sending the do-nothing update to its own idle workflow. */
async function bare(sys: BenchSystem, clients: number): Promise<Run> {
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

const PATHS = {
  ours: 'ThiDua: HTTP → update → append + projection → reply',
  noop: 'HTTP route that does nothing (limit)',
  update: 'HTTP route that only sends a bare update (limit)',
  updateActivity: 'HTTP route whose update runs one do-nothing local activity (limit of our write path)',
  bare: 'bare update-with-start, no HTTP (limit)',
} as const;
type Path = keyof typeof PATHS;

run(() =>
  withSystem('roundtrip', async (sys) => {
    const most = Math.max(...CLIENTS);
    const units = await reportingUnits(sys, most);
    const port = await freePort();
    const limits = startChild(
      'http-limit',
      process.execPath,
      [path.join(ROOT, 'dist/bench/http-limit.js')],
      { TEMPORAL_ADDRESS: sys.stack.temporal.address, PORT: String(port) },
      path.join(ROOT, '.data/bench-logs/roundtrip/http-limit.log'),
    );
    const limitBase = `http://127.0.0.1:${port}`;
    await waitFor(
      'the HTTP limits',
      () => fetch(`${limitBase}/noop`, { method: 'POST' }).then((r) => r.ok),
      30_000,
      limits,
    );
    const measure: Record<Path, (clients: number) => Promise<Run>> = {
      ours: (clients) => ours(sys, units, clients),
      noop: (clients) => httpLimit(limitBase, clients, 'noop'),
      update: (clients) => httpLimit(limitBase, clients, 'update'),
      updateActivity: (clients) => httpLimit(limitBase, clients, 'update-activity'),
      bare: (clients) => bare(sys, clients),
    };
    try {
      log(`${most} units, each leading ${units[0].tasks.length} tasks; warming up`);
      for (const path of Object.keys(PATHS) as Path[]) await sys.alive(measure[path](10));

      const lines = [
        `${SECONDS} s per run, median (min–max) of ${RUNS} runs; the paths alternate within each run. Latency in ms. Ratio = ThiDua / that path (throughput): 1.00 would mean our work costs nothing beyond it.`,
        '',
        '| clients | path | commands/s | p50 ms | p95 ms | p99 ms | ThiDua / this |',
        '| --- | --- | --- | --- | --- | --- | --- |',
      ];
      const cpuLines = cpuTableHead(`command, all ${RUNS} runs together`);
      for (const clients of CLIENTS) {
        const runs: Record<Path, Run[]> = { ours: [], noop: [], update: [], updateActivity: [], bare: [] };
        const cpu: Record<Path, CpuByPart[]> = {
          ours: [],
          noop: [],
          update: [],
          updateActivity: [],
          bare: [],
        };
        for (let r = 0; r < RUNS; r++) {
          for (const path of Object.keys(PATHS) as Path[]) {
            const measured = await sys.alive(cpuDuring(() => measure[path](clients)));
            runs[path].push(measured.result);
            cpu[path].push(measured.cpu);
          }
          log(
            `${clients} client(s), run ${r + 1}: ` +
              (Object.keys(PATHS) as Path[])
                .map((p) => `${p} ${Math.round(runs[p][r].perSecond)}/s p50 ${runs[p][r].p50.toFixed(1)} ms`)
                .join('; '),
          );
        }
        for (const path of Object.keys(PATHS) as Path[]) {
          const failed = runs[path].filter((r) => Object.keys(r.failures).length > 0);
          if (failed.length > 0)
            throw new Error(
              `${path}: requests failed at ${clients} clients (status: count, 0 for connection errors) ${JSON.stringify(failed.map((r) => r.failures))}: the figures would lie`,
            );
        }
        const stat = (key: 'perSecond' | 'p50' | 'p95' | 'p99') => (rs: Run[]) =>
          spread(rs.map((r) => r[key]));
        const oursRate = stat('perSecond')(runs.ours);
        for (const path of Object.keys(PATHS) as Path[]) {
          const rate = stat('perSecond')(runs[path]);
          lines.push(
            `| ${clients} | ${PATHS[path]} | ${fmt(rate)} | ${ms(stat('p50')(runs[path]))} | ${ms(stat('p95')(runs[path]))} | ${ms(stat('p99')(runs[path]))} | ${path === 'ours' ? '' : ratio(oursRate.median, rate.median)} |`,
          );
          cpuLines.push(
            cpuRow(
              `${clients} client(s), ${PATHS[path]}`,
              runs[path].reduce((n, r) => n + r.count, 0),
              cpu[path],
            ),
          );
        }
      }
      writeSection('Command round trip', `npm run bench -- roundtrip ${SECONDS}`, [
        ...lines,
        '',
        ...cpuLines,
      ]);
    } finally {
      await limits.stop();
    }
  }),
);

const ms = (s: Spread): string => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
