import { performance } from 'node:perf_hooks';
import { assignmentCommandUpdate, assignmentWorkflowId } from '@modules/assignment/assignment.route';
import type { PlanDefinition } from '@modules/plan/plan.definition';
import { fmt, pool, ratio, spread, writeSection, run } from './stats';
import { benchPlan, launchAndWait, log, registerUnits, type BenchSystem, withSystem } from './system';

/**
 * Benchmark 5 (issue 7): the consolidated report (appendix of tasks with lead results and
 * contributions, indicators, timeliness) as JSON, XLSX and DOCX over HTTP, for 124 units × 30
 * tasks and 3,321 units × 10 tasks, every task with its lead's result. The limit: the rows any
 * format must read — the plan's assignments with their units' names — SELECTed and turned to
 * JSON, nothing else. `npm run bench -- report [units×tasks, e.g. 124x30]`.
 */
const SIZES: Array<[number, number]> = process.argv[2]
  ? [process.argv[2].split('x').map(Number) as [number, number]]
  : [
      [124, 30],
      [3_321, 10],
    ];
const RUNS = 5;
const FORMATS = ['json', 'xlsx', 'docx'] as const;

/** Every lead reports its task done, through the assignment workflows as the API would send it. */
async function reportResults(sys: BenchSystem, planId: string, definition: PlanDefinition): Promise<void> {
  const tasks = definition.taskGroups.flatMap((g) => g.tasks);
  await pool({ to: tasks.length, inFlight: 16, label: 'lead results recorded' }, (i) => {
    const { leadUnit: unitCode, code, title } = tasks[i];
    return sys.temporal.workflow
      .getHandle(assignmentWorkflowId(planId, unitCode))
      .executeUpdate(assignmentCommandUpdate, {
        args: [
          {
            type: 'RecordProgress',
            data: {
              taskCode: code,
              status: 'done',
              result: `Đã hoàn thành ${title.toLowerCase()} theo kế hoạch`,
            },
            actor: {
              userId: unitCode.toLowerCase(),
              username: unitCode.toLowerCase(),
              role: 'unit',
              unitCode,
            },
          },
        ],
      });
  });
}

async function time(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * How long the API kept others waiting while `work` ran: the slowest of the `GET /health` it
 * was asked, one after another, meanwhile (its event loop's stall as a client meets it).
 */
async function stallDuring(base: string, work: () => Promise<unknown>): Promise<number> {
  let running = true;
  let slowest = 0;
  const pings = (async () => {
    while (running) {
      const started = performance.now();
      await (await fetch(`${base}/health`)).arrayBuffer();
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  })();
  await work();
  running = false;
  await pings;
  return slowest;
}

run(() =>
  withSystem('report', async (sys) => {
    const codes = await registerUnits(sys, Math.max(...SIZES.map(([units]) => units)));
    const lines = [
      `Every task has its lead’s result. HTTP round trip of \`GET /plans/:id/reports/consolidated?format=…\`, median (min–max) of ${RUNS} runs, ms. Ratio = limit time / format time.`,
      '',
      '| units × tasks | appendix rows | plain SELECT → JSON (limit) | JSON | XLSX | DOCX | ratio JSON | ratio XLSX | ratio DOCX | API stall during JSON / XLSX / DOCX (slowest `/health`) |',
      '| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |',
    ];
    for (const [units, tasksPerUnit] of SIZES) {
      const definition = benchPlan(codes.slice(0, units), tasksPerUnit);
      const { planId } = await launchAndWait(sys, definition);
      await sys.alive(reportResults(sys, planId, definition));
      const limit: number[] = [];
      const formats = { json: [] as number[], xlsx: [] as number[], docx: [] as number[] };
      const stalls = { json: [] as number[], xlsx: [] as number[], docx: [] as number[] };
      let bytes = '';
      for (let r = 0; r < RUNS; r++) {
        limit.push(
          await time(async () =>
            JSON.stringify(
              await sys.sql(
                `SELECT a.*, u.name AS unit_name FROM assignments a JOIN units u ON u.id = a.unit_code
               WHERE a.plan_id = $1 ORDER BY a.seq, a.unit_code`,
                [planId],
              ),
            ),
          ),
        );
        for (const format of FORMATS) {
          let size = 0;
          let took = 0;
          stalls[format].push(
            await stallDuring(sys.base, async () => {
              took = await time(async () => {
                const response = await fetch(
                  `${sys.base}/plans/${planId}/reports/consolidated?format=${format}`,
                  {
                    headers: { authorization: `Bearer ${sys.owner}` },
                  },
                );
                if (!response.ok) throw new Error(`${format}: ${response.status} ${await response.text()}`);
                size = (await response.arrayBuffer()).byteLength;
              });
            }),
          );
          formats[format].push(took);
          if (r === 0) bytes += ` ${format} ${(size / 1024).toFixed(0)} KB`;
        }
        log(
          `${units} × ${tasksPerUnit}, run ${r + 1}: limit ${limit[r].toFixed(0)} ms, ${FORMATS.map((f) => `${f} ${formats[f][r].toFixed(0)} ms (stall ${stalls[f][r].toFixed(0)} ms)`).join(', ')}`,
        );
      }
      log(`${units} × ${tasksPerUnit}: sizes${bytes}`);
      const l = spread(limit);
      const [json, xlsx, docx] = FORMATS.map((f) => spread(formats[f]));
      const rows = definition.taskGroups.reduce((n, g) => n + g.tasks.length, 0);
      lines.push(
        `| ${units.toLocaleString('en-US')} × ${tasksPerUnit} | ${rows.toLocaleString('en-US')} | ${fmt(l)} | ${fmt(json)} | ${fmt(xlsx)} | ${fmt(docx)} | ${ratio(l.median, json.median)} | ${ratio(l.median, xlsx.median)} | ${ratio(l.median, docx.median)} | ${FORMATS.map((f) => fmt(spread(stalls[f]))).join(' / ')} |`,
      );
    }
    lines.push(
      '',
      'Every format is read, built and written in a worker thread of the API (piscina); the stall column is the slowest `GET /health` answered while each was made, the event-loop delay as a client meets it.',
    );
    writeSection(
      'Consolidated report',
      `npm run bench -- report${process.argv[2] ? ` ${process.argv[2]}` : ''}`,
      lines,
    );
  }),
);
