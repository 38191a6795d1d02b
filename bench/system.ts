import { Client, Connection } from '@temporalio/client';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { hashPassword } from '../libs/platform/src/database/password';
import { launchedDefinition, type PlanDefinition, type UnitKind } from '@modules/plan/plan.definition';
import type { PlanView } from '@modules/plan/plan.entity';
import { api, login } from '../scripts/lib/api';
import { seedUnits } from '../scripts/lib/seed';
import { freePort, startChild, type Child } from '../scripts/lib/processes';
import { ROOT, startStack, type Stack, type StackOptions } from '../scripts/lib/stack';
import { describeEnvironment, done, progress } from './stats';

export const log = (line: string): void => console.log(`▸ ${line}`);

/**
 * The system under test, as `npm start` runs it (PostgreSQL, the Temporal dev server, our worker,
 * the API) or, with PROFILE=production, as `npm run start:production` does, plus what the limits need on the same server: a Temporal client and a second worker
 * process hosting only the do-nothing workflows of bench/workflows/noop.
 */
export interface BenchSystem {
  stack: Stack;
  base: string;
  temporal: Client;
  readonly noopWorker: Child;
  /** Rejects `work` as soon as a process of the system exits: a dead worker would leave it waiting forever. */
  alive<T>(work: Promise<T>): Promise<T>;
  /** The plan owner's token. */
  owner: string;
  sql<T = any>(text: string, params?: unknown[]): Promise<T[]>;
  /** Restarts our workers and the noop worker with more environment (empty caches, new settings). */
  restartWorkers(env: NodeJS.ProcessEnv): Promise<void>;
  stop(): Promise<void>;
}

/** What to start: by default the profile, workers and API processes the environment names (PROFILE, WORKERS, API_PROCESSES). */
export type SystemOptions = Pick<StackOptions, 'profile' | 'workers' | 'apiProcesses'> & {
  /** More environment for the worker and API processes. */
  env?: NodeJS.ProcessEnv;
};

async function startSystem(name: string, options: SystemOptions): Promise<BenchSystem> {
  const stack = await startStack({
    ...options,
    dbName: `thidua_test_bench_${name}`,
    scratchDatabase: true,
    temporalPort: await freePort(),
    apiPort: await freePort(),
    logDir: path.join(ROOT, '.data/bench-logs', name),
    env: { DEMO_MODE: 'true', LOG_LEVEL: 'warn', CHECKPOINT_MINUTES: '0', ...options.env },
    log,
  });
  try {
    return await around(stack, name);
  } catch (error) {
    // Leave nothing running behind a failed start.
    await stack.stop();
    throw error;
  }
}

/** What the benchmarks add around a started stack: the noop worker, a client, the owner's login. */
async function around(stack: Stack, name: string): Promise<BenchSystem> {
  // The owner works for the demo's commune: the units a benchmark registers go under it.
  await seedUnits(stack.apiUrl, log);
  const startNoopWorker = () =>
    startChild(
      'noop-worker',
      process.execPath,
      [path.join(ROOT, 'dist/bench/noop-worker.js')],
      // The same workflow cache as our workers; nothing else of theirs (no database, no secret).
      { TEMPORAL_ADDRESS: stack.temporal.address, WORKFLOW_CACHE_SIZE: stack.env.WORKFLOW_CACHE_SIZE },
      path.join(ROOT, '.data/bench-logs', name, 'noop-worker.log'),
    );
  let noopWorker = startNoopWorker();
  let stopping = false;
  // Processes stopped on purpose (a restart) are no failure.
  const retired = new Set<Child['process']>();
  let fail!: (error: Error) => void;
  const died = new Promise<never>((_, reject) => (fail = reject));
  died.catch(() => undefined);
  const watch = (children: Child[]) => {
    for (const child of children)
      child.process.once('exit', (code) => {
        if (!stopping && !retired.has(child.process))
          fail(new Error(`${child.name} exited (${code}): see .data/bench-logs/${name}/`));
      });
  };
  watch([...stack.workers, stack.api, noopWorker]);
  const connection = await Connection.connect({ address: stack.temporal.address });
  const pg = new PgClient({ connectionString: stack.databaseUrl });
  await pg.connect();
  // What the figures were measured on, asked of the servers rather than typed.
  const [settings] = (
    await pg.query(
      `SELECT current_setting('server_version') AS version, current_setting('fsync') AS fsync,
              current_setting('synchronous_commit') AS sync`,
    )
  ).rows as Array<{ version: string; fsync: string; sync: string }>;
  const { serverVersion } = await connection.workflowService.getSystemInfo({});
  describeEnvironment(
    `PostgreSQL ${settings.version} (fsync ${settings.fsync}, synchronous_commit ${settings.sync}); Temporal server ${serverVersion} (${
      stack.profile === 'production'
        ? 'production profile: the server on PostgreSQL for persistence and visibility'
        : 'dev server, SQLite in memory'
    })`,
    `${stack.workers.length} worker process(es), ${stack.env.API_PROCESSES} API process(es)`,
  );
  return {
    stack,
    base: stack.apiUrl,
    temporal: new Client({ connection }),
    get noopWorker() {
      return noopWorker;
    },
    alive: (work) => Promise.race([work, died]),
    owner: await login(stack.apiUrl, 'owner'),
    sql: async (text, params = []) => (await pg.query(text, params)).rows,
    async restartWorkers(env) {
      Object.assign(stack.env, env);
      for (const child of [...stack.workers, noopWorker]) retired.add(child.process);
      await Promise.all([stack.restartWorker(), noopWorker.stop()]);
      noopWorker = startNoopWorker();
      watch([...stack.workers, noopWorker]);
    },
    async stop() {
      stopping = true;
      await pg.end();
      await connection.close();
      await noopWorker.stop();
      await stack.stop();
    },
  };
}

/** Runs `body` on a fresh system and stops every process of it however `body` ends. */
export async function withSystem(
  name: string,
  body: (sys: BenchSystem) => Promise<void>,
  options: SystemOptions = {},
): Promise<void> {
  const sys = await startSystem(name, options);
  try {
    await body(sys);
  } finally {
    await sys.stop();
  }
}

export const KINDS: UnitKind[] = ['phong_ban', 'thon', 'thi_tu', 'trung_tam', 'doan_the', 'doanh_nghiep'];
export const unitCode = (i: number): string => `DV${String(i + 1).padStart(5, '0')}`;

/** Registers `count` units (numbered from `from`) through the API (one directory workflow, so at most a few in flight). */
export async function registerUnits(sys: BenchSystem, count: number, from = 0): Promise<string[]> {
  const codes = Array.from({ length: count }, (_, i) => unitCode(from + i));
  const started = Date.now();
  const report = progress('units registered', count);
  for (let i = 0; i < count; i += 8) {
    await Promise.all(
      codes.slice(i, i + 8).map((code, k) =>
        api(sys.base, 'POST', '/units', sys.owner, {
          code,
          name: `Ủy ban nhân dân xã thử nghiệm số ${from + i + k + 1}`,
          kind: KINDS[(from + i + k) % KINDS.length],
        }),
      ),
    );
    report(Math.min(i + 8, count));
  }
  done();
  log(`${count} units registered in ${seconds(Date.now() - started)}`);
  return codes;
}

/**
 * Logins for bench units (password `demo`). There is no API for accounts: like the demo's,
 * they are rows beside the event store, written here directly.
 */
export async function createAccounts(sys: BenchSystem, codes: string[]): Promise<Map<string, string>> {
  const hash = await hashPassword('demo');
  await sys.sql(
    `INSERT INTO users (username, password_hash, role, unit_code, display_name)
     SELECT lower(code), $2, 'unit', code, 'Cán bộ ' || code FROM unnest($1::text[]) AS code
     ON CONFLICT (username) DO NOTHING`,
    [codes, hash],
  );
  const tokens = new Map<string, string>();
  for (const code of codes) tokens.set(code, await login(sys.base, code.toLowerCase()));
  return tokens;
}

/**
 * A plan in which each of `codes` holds `tasksPerUnit` tasks, `tasksPerUnit / team` of them as
 * lead: every task has a lead and `team - 1` coordinating units, as a provincial plan names a few
 * units per task. Task t is led by unit t (mod N), its coordinators spaced N / team apart.
 */
export function benchPlan(codes: string[], tasksPerUnit: number, team = 5): PlanDefinition {
  const n = codes.length;
  if (tasksPerUnit % team !== 0 || n < team)
    throw new Error(`${tasksPerUnit} tasks per unit do not split in teams of ${team}`);
  const stride = Math.floor(n / team);
  const tasks = Array.from({ length: (n * tasksPerUnit) / team }, (_, t) => ({
    t,
    lead: codes[t % n],
    coordinating: Array.from({ length: team - 1 }, (_, j) => codes[(t + (j + 1) * stride) % n]),
  }));
  const GROUP = 500; // the most tasks a group may hold
  return {
    number: `${Date.now()}/KH-BENCH`,
    issuer: 'Ủy ban nhân dân tỉnh Đo Lường',
    issuedOn: '2026-01-05',
    signer: 'Nguyễn Văn Đo',
    title: `Kế hoạch thử nghiệm giao nhiệm vụ cho ${codes.length} đơn vị`,
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
    taskGroups: Array.from({ length: Math.ceil(tasks.length / GROUP) }, (_, g) => ({
      code: `N${g + 1}`,
      title: `Nhóm nhiệm vụ ${g + 1}`,
      tasks: tasks.slice(g * GROUP, (g + 1) * GROUP).map(({ t, lead, coordinating }) => ({
        code: `NV${t + 1}`,
        title: `Nhiệm vụ số ${t + 1}: chuyển đổi số tại cơ sở`,
        leadUnit: lead,
        coordinatingUnits: coordinating,
        recurringYearly: true,
      })),
    })),
    reporting: {
      quarterlyDueBeforeDay: 15,
      annualDueBefore: { day: 5, month: 12 },
      remindDaysBefore: [7, 1],
    },
  };
}

/** Drafts and launches a plan, then waits until the projection shows every assignment. */
export async function launchAndWait(
  sys: BenchSystem,
  definition: PlanDefinition,
): Promise<{ planId: string; assignments: number; issuedMs: number }> {
  const plan = await api<{ id: string }>(sys.base, 'POST', '/plans', sys.owner, definition);
  const started = Date.now();
  await api(sys.base, 'POST', `/plans/${plan.id}/launch`, sys.owner);
  // Counted on the plan as launched: coordinating groups are resolved into units at launch.
  const launched = await api<PlanView>(sys.base, 'GET', `/plans/${plan.id}`, sys.owner);
  const expected = launchedDefinition(launched).taskGroups.reduce(
    (n, g) => n + g.tasks.reduce((m, t) => m + 1 + t.coordinatingUnits.length, 0),
    0,
  );
  const report = progress('assignments visible', expected);
  await sys.alive(
    (async () => {
      for (let visible = 0; visible < expected;) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        const route = `/plans/${plan.id}/assignments?limit=1`;
        visible = (await api<{ total: number }>(sys.base, 'GET', route, sys.owner)).total;
        report(visible);
        if (Date.now() - started > 30 * 60_000)
          throw new Error(`only ${visible}/${expected} assignments after 30 min`);
      }
    })(),
  );
  const issuedMs = Date.now() - started;
  done();
  return { planId: plan.id, assignments: expected, issuedMs };
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** A unit that reports: its login and the tasks it leads. */
export interface ReportingUnit {
  token: string;
  tasks: string[];
}

/**
 * Units with logins, each leading tasks of a launched plan (10 tasks per unit, 2 as lead): `count`
 * new units, or the already registered `codes`.
 */
export async function reportingUnits(sys: BenchSystem, units: number | string[]): Promise<ReportingUnit[]> {
  const codes = typeof units === 'number' ? await registerUnits(sys, units) : units;
  const { planId } = await launchAndWait(sys, benchPlan(codes, 10));
  const tokens = await createAccounts(sys, codes);
  const { items } = await api<{ items: Array<{ taskId: string; leadUnit: string }> }>(
    sys.base,
    'GET',
    `/plans/${planId}/tasks?limit=500`,
    sys.owner,
  );
  return codes.map((code) => ({
    token: tokens.get(code)!,
    tasks: items.filter((t) => t.leadUnit === code).map((t) => t.taskId),
  }));
}

export interface BenchRequest {
  path: string;
  headers?: Record<string, string>;
  body: unknown;
}

/** The unit's n-th progress report, on its lead tasks in turn, a new result each time. */
export const progressRequest = (unit: ReportingUnit, n: number): BenchRequest => ({
  path: `/tasks/${unit.tasks[n % unit.tasks.length]}/progress`,
  headers: { authorization: `Bearer ${unit.token}` },
  body: { status: 'in_progress', result: `Đã triển khai bước ${n} tại cơ sở` },
});
