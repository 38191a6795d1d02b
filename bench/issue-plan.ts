import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { kimThanhUnits } from '../libs/demo/src';
import type { PlanDefinition, UnitKind } from '../libs/domain/src';
import { freePort } from '../scripts/lib/processes';
import { ROOT, startStack } from '../scripts/lib/stack';

/**
 * Issue-3 benchmark: a plan of 124 units × 30 tasks (every unit holds every task, as lead or
 * coordinator: 3,720 assignments). Measures launch → every assignment visible through the
 * API, then the consolidated DOCX (and XLSX) over HTTP. Run with `npm run bench`.
 */
const UNITS = Number(process.env.BENCH_UNITS ?? 124);
const TASKS = Number(process.env.BENCH_TASKS ?? 30);
const DOCX_RUNS = 5;
const KINDS: UnitKind[] = ['phong_ban', 'thon', 'thi_tu', 'trung_tam', 'doan_the', 'doanh_nghiep'];

const log = (line: string) => console.log(`▸ ${line}`);
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function main(): Promise<void> {
  const stack = await startStack({
    dbName: 'thidua_bench',
    freshDatabase: true,
    temporalPort: await freePort(),
    apiPort: await freePort(),
    logDir: path.join(ROOT, '.data/bench-logs'),
    env: { DEMO_MODE: 'true', LOG_LEVEL: 'warn' },
    log,
  });
  try {
    const results = await run(stack.apiUrl);
    record(results);
  } finally {
    await stack.stop();
  }
}

async function run(base: string) {
  const call = async (method: string, route: string, token?: string, body?: unknown) => {
    const response = await fetch(`${base}${route}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${route} → ${response.status}: ${await response.text()}`);
    return response;
  };
  const json = async <T = any>(method: string, route: string, token?: string, body?: unknown): Promise<T> =>
    (await call(method, route, token, body)).json() as Promise<T>;
  const token = (
    await json<{ accessToken: string }>('POST', '/auth/login', undefined, {
      username: 'owner',
      password: 'demo',
    })
  ).accessToken;

  // The demo units (which have accounts, so they can report results) lead; the others coordinate.
  const units = [
    ...kimThanhUnits,
    ...Array.from({ length: UNITS - kimThanhUnits.length }, (_, i) => ({
      code: `DV${String(i + 1).padStart(3, '0')}`,
      name: `Đơn vị thử nghiệm số ${i + 1}`,
      kind: KINDS[i % KINDS.length],
    })),
  ];
  const codes = units.map((u) => u.code);
  const leads = kimThanhUnits.map((u) => u.code);
  const registerStarted = Date.now();
  for (let i = 0; i < units.length; i += 8) {
    await Promise.all(units.slice(i, i + 8).map((unit) => call('POST', '/units', token, unit)));
  }
  log(`${UNITS} units registered in ${seconds(Date.now() - registerStarted)}`);

  const definition: PlanDefinition = {
    number: `${Date.now()}/KH-BENCH`,
    issuer: 'Ủy ban nhân dân xã Đo Lường',
    issuedOn: '2026-01-05',
    signer: 'Nguyễn Văn Đo',
    title: 'Kế hoạch đo hiệu năng giao nhiệm vụ',
    legalBasis: [],
    standingUnit: codes[0],
    startsOn: '2026-01-05',
    endsOn: '2030-12-31',
    phases: [
      {
        code: 'GD1',
        name: 'Giai đoạn 1',
        startsOn: '2026-01-05',
        endsOn: '2027-06-30',
        review: 'preliminary',
      },
      { code: 'GD2', name: 'Giai đoạn 2', startsOn: '2027-07-01', endsOn: '2030-12-31', review: 'final' },
    ],
    indicators: [
      { code: 'CT01', name: 'Tỷ lệ hồ sơ trực tuyến', comparator: '>=', targetPercent: 80, unitKinds: KINDS },
    ],
    rewards: [],
    taskGroups: [0, 1, 2].map((g) => ({
      code: ['I', 'II', 'III'][g],
      title: `Nhóm nhiệm vụ ${g + 1}`,
      tasks: Array.from({ length: TASKS / 3 }, (_, t) => {
        const n = g * (TASKS / 3) + t;
        const lead = leads[n % leads.length];
        return {
          code: `${['I', 'II', 'III'][g]}.${t + 1}`,
          title: `Nhiệm vụ thử nghiệm số ${n + 1} về chuyển đổi số`,
          leadUnit: lead,
          coordinatingUnits: codes.filter((c) => c !== lead),
          recurringYearly: true,
        };
      }),
    })),
    reporting: {
      quarterlyDueBeforeDay: 15,
      annualDueBefore: { day: 5, month: 12 },
      remindDaysBefore: [7, 1],
    },
  };
  const expected = TASKS * UNITS;
  const plan = await json('POST', '/plans', token, definition);
  const launchStarted = Date.now();
  await call('POST', `/plans/${plan.id}/launch`, token);
  const launchAnswered = Date.now() - launchStarted;
  let visible = 0;
  while (visible < expected) {
    visible = (await json('GET', `/plans/${plan.id}/assignments?limit=1`, token)).total;
    if (Date.now() - launchStarted > 10 * 60_000)
      throw new Error(`only ${visible}/${expected} assignments after 10 min`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const issuedIn = Date.now() - launchStarted;
  log(
    `${expected} assignments visible ${seconds(issuedIn)} after launch (launch answered in ${launchAnswered} ms)`,
  );

  // Give every task a lead result so the appendix is full, as it would be at a reporting date.
  const tasks = await json('GET', `/plans/${plan.id}/tasks?limit=500`, token);
  await Promise.all(
    tasks.items.map(async (task: { taskId: string; leadUnit: string }) => {
      const login = { username: task.leadUnit.toLowerCase(), password: 'demo' };
      const unitToken = (await json('POST', '/auth/login', undefined, login)).accessToken;
      await call('POST', `/tasks/${task.taskId}/progress`, unitToken, {
        status: 'done',
        result: 'Đã hoàn thành theo kế hoạch',
      });
    }),
  );

  const time = async (format: string) => {
    const runs: number[] = [];
    let bytes = 0;
    for (let i = 0; i < DOCX_RUNS; i++) {
      const started = Date.now();
      bytes = (
        await (
          await call('GET', `/plans/${plan.id}/reports/consolidated?format=${format}`, token)
        ).arrayBuffer()
      ).byteLength;
      runs.push(Date.now() - started);
    }
    runs.sort((a, b) => a - b);
    log(
      `consolidated ${format}: median ${runs[Math.floor(runs.length / 2)]} ms, max ${runs.at(-1)} ms, ${bytes} bytes`,
    );
    return { median: runs[Math.floor(runs.length / 2)], max: runs.at(-1) as number, bytes };
  };
  return { expected, issuedIn, launchAnswered, docx: await time('docx'), xlsx: await time('xlsx') };
}

function record(r: Awaited<ReturnType<typeof run>>): void {
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  const line = `| ${new Date().toISOString().slice(0, 10)} | ${UNITS} × ${TASKS} = ${r.expected} | ${seconds(r.issuedIn)} | ${r.docx.median} ms (max ${r.docx.max}) | ${r.xlsx.median} ms (max ${r.xlsx.max}) | ${os.cpus().length} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GB |`;
  console.log(`\n${line}`);
  const file = path.join(ROOT, 'BENCHMARKS.md');
  fs.appendFileSync(file, `${line}\n`);
  log(`appended to ${path.relative(ROOT, file)}`);
}

main().catch((error: unknown) => {
  console.error('✗', error instanceof Error ? error.message : error);
  process.exit(1);
});
