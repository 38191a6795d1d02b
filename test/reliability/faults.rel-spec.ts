import fs from 'node:fs';
import path from 'node:path';
import { Client as PgClient } from 'pg';
import { openDataSource } from '@platform/database';
import { verifyStore } from '@platform/event-store';
import { freePort } from '../../scripts/lib/processes';
import { seedDemo } from '../../scripts/lib/seed';
import { ROOT, startStack, type Stack } from '../../scripts/lib/stack';
import { recordSummary } from '../support/summary';

/**
 * Faults with the real processes, on a stack of this suite's own (its Temporal keeps state in
 * SQLite, so it survives a restart). Each burst sends COMMANDS task-progress commands from one
 * client per task (so a client's retry never races its own next command), injects a fault once
 * a third are acknowledged, and checks that every acknowledged command's event is in the store
 * exactly once and that the chain verifies.
 */
const COMMANDS = Number(process.env.FAULT_COMMANDS ?? 1000);
const run = Date.now().toString(36);

let stack: Stack;
const tokens = new Map<string, string>();
let tasks: Array<{ taskId: string; leadUnit: string }> = [];

async function request(
  method: string,
  route: string,
  token?: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${stack.apiUrl}${route}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(60_000),
  });
  return { status: response.status, body: (await response.json().catch(() => undefined)) as any };
}

async function token(username: string): Promise<string> {
  if (!tokens.has(username))
    tokens.set(
      username,
      (await request('POST', '/auth/login', undefined, { username, password: 'demo' })).body.accessToken,
    );
  return tokens.get(username)!;
}

/** Sends a command until it is acknowledged (2xx) or refused (4xx); network errors, 5xx and conflicts are retried. */
async function send(
  route: string,
  user: string,
  body: unknown,
  headers?: Record<string, string>,
): Promise<number> {
  for (let attempt = 0; ; attempt++) {
    try {
      const reply = await request('POST', route, await token(user), body, headers);
      // A version conflict means another writer went first: a client tries again, like on a 5xx.
      const transient = reply.status >= 500 || reply.status === 429 || reply.body?.code === 'CONFLICT';
      if (!transient) return reply.status;
    } catch {
      // connection refused or reset while a process is down: try again
    }
    if (attempt > 120) return 0;
    await new Promise((resolve) => setTimeout(resolve, Math.min(250 * 2 ** Math.min(attempt, 3), 2000)));
  }
}

interface Outcome {
  fault: string;
  commands: number;
  acknowledged: number;
  expected: number;
  found: number;
  duplicates: number;
  chainVerified: boolean;
}

async function burst(fault: string, inject: () => Promise<void>): Promise<Outcome> {
  const results = new Map<string, number>();
  let acknowledged = 0;
  let injected: Promise<void> | undefined;
  const perTask = Math.ceil(COMMANDS / tasks.length);
  await Promise.all(
    tasks.map(async (task, t) => {
      for (let i = 0; i < perTask && results.size < COMMANDS; i++) {
        const result = `${fault} ${run} #${t}.${i}`;
        results.set(result, 0);
        const status = await send(`/tasks/${task.taskId}/progress`, task.leadUnit.toLowerCase(), {
          status: 'in_progress',
          result,
        });
        if (status >= 200 && status < 300) {
          results.set(result, 1);
          acknowledged++;
        }
        if (!injected && acknowledged >= COMMANDS / 3) injected = inject();
      }
    }),
  );
  await injected;
  return check(fault, results, acknowledged);
}

async function check(fault: string, results: Map<string, number>, acknowledged: number): Promise<Outcome> {
  const db = new PgClient({ connectionString: stack.databaseUrl });
  await db.connect();
  const rows = (
    await db.query(
      `SELECT data->>'result' AS result, count(*)::int AS n FROM events
       WHERE type = 'TaskProgressRecorded' AND data->>'result' LIKE $1 GROUP BY 1`,
      [`${fault} ${run} #%`],
    )
  ).rows as Array<{ result: string; n: number }>;
  await db.end();
  const stored = new Map(rows.map((r) => [r.result, r.n]));
  const ackedResults = [...results].filter(([, ok]) => ok).map(([result]) => result);
  const source = await openDataSource(stack.databaseUrl, 2);
  const report = await verifyStore(source);
  await source.destroy();
  const outcome = {
    fault,
    commands: results.size,
    acknowledged,
    expected: ackedResults.length,
    found: ackedResults.filter((r) => (stored.get(r) ?? 0) >= 1).length,
    duplicates: rows.filter((r) => r.n > 1).length,
    chainVerified: report.ok,
  };
  recordSummary('faults', outcome);
  return outcome;
}

const expectNothingLost = (o: Outcome) => {
  expect(o.acknowledged).toBeGreaterThan(0);
  expect(o.found).toBe(o.expected);
  expect(o.duplicates).toBe(0);
  expect(o.chainVerified).toBe(true);
};

describe('faults with the real processes: nothing acknowledged is lost or doubled', () => {
  beforeAll(async () => {
    const dataDir = path.join(ROOT, '.data/faults');
    fs.rmSync(dataDir, { recursive: true, force: true });
    stack = await startStack({
      dbName: 'thidua_test_faults',
      scratchDatabase: true,
      temporalPort: await freePort(),
      temporalDbFile: path.join(dataDir, 'temporal.sqlite'),
      apiPort: await freePort(),
      logDir: dataDir,
      env: { DEMO_MODE: 'true', LOG_LEVEL: 'warn', LOGIN_ATTEMPTS_PER_MINUTE: '1000' },
      log: () => undefined,
    });
    const demo = await seedDemo(stack.apiUrl);
    const listed = await request('GET', `/plans/${demo.planId}/tasks?limit=100`, await token('owner'));
    tasks = listed.body.items.map((t: any) => ({ taskId: t.taskId, leadUnit: t.leadUnit }));
  }, 180_000);

  afterAll(async () => {
    await stack?.stop();
  });

  it('survives kill -9 of the worker mid-burst', async () => {
    const outcome = await burst('kill-worker', async () => {
      await stack.killWorker();
      await new Promise((resolve) => setTimeout(resolve, 1500));
      stack.startWorker();
    });
    expectNothingLost(outcome);
  }, 600_000);

  it('survives a restart of the Temporal server mid-burst', async () => {
    const outcome = await burst('restart-temporal', async () => {
      await stack.restartTemporal(1500);
      // A supervisor restarts a worker that gave up while its server was away.
      stack.startWorker();
    });
    expectNothingLost(outcome);
  }, 600_000);

  it('survives PostgreSQL dropping every connection mid-burst', async () => {
    const outcome = await burst('drop-connections', async () => {
      const admin = new PgClient({ connectionString: stack.databaseUrl });
      await admin.connect();
      for (let i = 0; i < 3; i++) {
        await admin.query(
          `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
        );
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
      await admin.end();
    });
    expectNothingLost(outcome);
  }, 600_000);

  it('records a request sent twice with one Idempotency-Key once', async () => {
    const results = new Map<string, number>();
    let acknowledged = 0;
    await Promise.all(
      tasks.map(async (task, t) => {
        for (let i = 0; i < Math.ceil(200 / tasks.length); i++) {
          const result = `idempotency ${run} #${t}.${i}`;
          const key = { 'idempotency-key': `${run}-${t}-${i}` };
          const body = { status: 'in_progress', result };
          const user = task.leadUnit.toLowerCase();
          const [a, b] = await Promise.all([
            send(`/tasks/${task.taskId}/progress`, user, body, key),
            send(`/tasks/${task.taskId}/progress`, user, body, key),
          ]);
          results.set(result, a === 200 && b === 200 ? 1 : 0);
          if (a === 200 && b === 200) acknowledged++;
        }
      }),
    );
    expectNothingLost(await check('idempotency', results, acknowledged));
  }, 600_000);
});
