import type { NestExpressApplication } from '@nestjs/platform-express';
import { DataSource } from 'typeorm';
import { createApp } from '../apps/api/src/bootstrap';
import { databaseUrl, jwtSecret, temporalAddress } from './support/client';

/**
 * Commands answer from the update's result, not by reading projections back. The API runs in
 * this process, on the test stack's database and Temporal, with every SQL statement it sends
 * recorded: a task's progress reads the task's rows once, before the update (to route and
 * authorise it), and nothing after.
 */
let app: NestExpressApplication;
let base: string;
const statements: string[] = [];

beforeAll(async () => {
  Object.assign(process.env, {
    DATABASE_URL: databaseUrl(),
    TEMPORAL_ADDRESS: temporalAddress(),
    JWT_SECRET: jwtSecret(),
    LOG_LEVEL: 'silent',
    // Login attempts are counted in the shared database: the same limit as the stack's API.
    LOGIN_ATTEMPTS_PER_MINUTE: process.env.THIDUA_LOGIN_LIMIT,
  });
  app = await createApp();
  await app.listen(0, '127.0.0.1');
  base = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  const logger = app.get(DataSource).logger;
  const logQuery = logger.logQuery.bind(logger);
  logger.logQuery = (query, parameters, runner) => {
    statements.push(query);
    return logQuery(query, parameters, runner);
  };
}, 60_000);

afterAll(() => app?.close());

async function call(method: string, route: string, token?: string, body?: unknown) {
  const response = await fetch(`${base}${route}`, {
    method,
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as any };
}

const readsOf = (table: string) =>
  statements.filter((q) => /^\s*SELECT/i.test(q) && q.includes(`"${table}"`));

it('answers a task-progress command without reading the projection back', async () => {
  const owner = (await call('POST', '/auth/login', undefined, { username: 'owner', password: 'demo' })).body
    .accessToken;
  const ttvh = (await call('POST', '/auth/login', undefined, { username: 'ttvh', password: 'demo' })).body
    .accessToken;
  const planId = process.env.THIDUA_DEMO_PLAN_ID!;
  const tasks = (await call('GET', `/plans/${planId}/tasks?limit=100`, owner)).body.items;
  const task = tasks.find((t: any) => t.leadUnit === 'TTVH');

  statements.length = 0;
  const result = `Cập nhật lúc ${new Date().toISOString()}`;
  const reply = await call('POST', `/tasks/${task.taskId}/progress`, ttvh, { status: 'in_progress', result });

  expect(reply.status).toBe(200);
  expect(reply.body).toMatchObject({ taskId: task.taskId, status: 'in_progress', result });
  expect(readsOf('assignments')).toHaveLength(1);
  // …and the answer is what a read now finds.
  expect((await call('GET', `/tasks/${task.taskId}`, ttvh)).body).toMatchObject({
    status: 'in_progress',
    result,
  });
});
