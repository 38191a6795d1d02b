import path from 'node:path';
import { kimThanhUnits, plan863 } from '../libs/demo/src';
import { ROOT, startStack } from './lib/stack';

const log = (line: string) => console.log(`▸ ${line}`);

async function api<T>(
  base: string,
  method: string,
  route: string,
  token?: string,
  body?: unknown,
): Promise<T> {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = (await response.json()) as T;
  if (!response.ok) throw new Error(`${method} ${route} → ${response.status}: ${JSON.stringify(json)}`);
  return json;
}

/** Seeds the demo through the public API, like any client would; every step is idempotent. */
async function seedDemo(base: string): Promise<{ planId: string; status: string }> {
  const { accessToken } = await api<{ accessToken: string }>(base, 'POST', '/auth/login', undefined, {
    username: 'owner',
    password: 'demo',
  });
  const plan = await api<{ id: string; status: string }>(base, 'POST', '/plans', accessToken, plan863);
  const launched = await api<{ id: string; status: string }>(
    base,
    'POST',
    `/plans/${plan.id}/launch`,
    accessToken,
  );
  return { planId: launched.id, status: launched.status };
}

async function main(): Promise<void> {
  const started = Date.now();
  const port = Number(process.env.PORT ?? 3000);
  const stack = await startStack({
    dbName: 'thidua',
    temporalPort: Number(process.env.TEMPORAL_PORT ?? 7233),
    uiPort: Number(process.env.TEMPORAL_UI_PORT ?? 8233),
    temporalDbFile: path.join(ROOT, '.data/temporal/dev.sqlite'),
    apiPort: port,
    env: { DEMO_MODE: 'true', LOG_LEVEL: process.env.LOG_LEVEL ?? 'info' },
    log,
  });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log('stopping…');
    await stack.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);

  const demo = await seedDemo(stack.apiUrl).catch(async (error: unknown) => {
    await stack.stop();
    throw error;
  });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const unitUsers = kimThanhUnits.map((u) => u.code.toLowerCase()).filter((u) => u !== 'vhxh');
  const users = [
    'owner',
    'vhxh (standing agency)',
    'council1 … council5',
    'chairman',
    'auditor',
    'admin',
    ...unitUsers,
  ];
  console.log(`
ThiDua is running (healthy in ${seconds} s). Ctrl-C stops everything.

  API            ${stack.apiUrl}
  OpenAPI        ${stack.apiUrl}/docs
  Health         ${stack.apiUrl}/health
  Temporal UI    ${stack.temporal.uiUrl ?? '(headless)'}   (workflow plan-${demo.planId})
  Database       ${stack.databaseUrl}

  Demo plan      Kế hoạch ${plan863.number} — ${demo.status}  (GET /plans/${demo.planId})
  Demo logins    password "demo": ${users.join(', ')}
  Try            curl -s -X POST ${stack.apiUrl}/auth/login -H 'content-type: application/json' -d '{"username":"owner","password":"demo"}'
`);
}

main().catch((error: unknown) => {
  console.error('✗', error instanceof Error ? error.message : error);
  process.exit(1);
});
