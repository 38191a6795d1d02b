import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { api, login } from '../scripts/lib/api';
import { freePort, waitFor } from '../scripts/lib/processes';
import { seedDemo } from '../scripts/lib/seed';
import { ROOT, startStack, type Stack } from '../scripts/lib/stack';

/**
 * The production profile on one machine: the real Temporal server on PostgreSQL, two workers and
 * two API processes behind one port. The demo runs on it as on the dev server; what the API
 * processes must share (login attempts) is shared; one that dies is replaced while the other serves.
 */
const LOGIN_LIMIT = 4;
const logDir = path.join(ROOT, '.data/production-test');
let stack: Stack;

/** A request on a connection of its own, so that the cluster hands it to the next API process. */
function freshConnection(method: string, route: string, body?: unknown): Promise<number> {
  const url = new URL(route, stack.apiUrl);
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      { method, agent: false, headers: { 'content-type': 'application/json' } },
      (response) => response.resume().on('end', () => resolve(response.statusCode ?? 0)),
    );
    request.setTimeout(5000, () => request.destroy(new Error(`${method} ${route}: no answer in 5 s`)));
    request.on('error', reject);
    request.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

/** The API processes that logged a request to `route` (pino writes each process's pid on every line). */
function pidsServing(route: string): Set<number> {
  const lines = fs.readFileSync(path.join(logDir, 'api.log'), 'utf8').split('\n');
  return new Set(
    lines.filter((l) => l.includes(`"url":"${route}"`)).map((l) => Number(/"pid":(\d+)/.exec(l)?.[1])),
  );
}

const apiChildren = (): number[] =>
  execFileSync('pgrep', ['-P', String(stack.api.process.pid)], { encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map(Number);

beforeAll(async () => {
  fs.rmSync(logDir, { recursive: true, force: true });
  stack = await startStack({
    dbName: 'thidua_test_production',
    scratchDatabase: true,
    profile: 'production',
    workers: 2,
    apiProcesses: 2,
    temporalPort: await freePort(),
    apiPort: await freePort(),
    logDir,
    env: { DEMO_MODE: 'true', LOG_LEVEL: 'info', LOGIN_ATTEMPTS_PER_MINUTE: String(LOGIN_LIMIT) },
    log: () => undefined,
  });
}, 180_000);

afterAll(async () => {
  await stack?.stop();
});

it('runs the demo plan on the real Temporal server with two workers and two API processes', async () => {
  expect(stack.workers).toHaveLength(2);
  expect(apiChildren()).toHaveLength(2);
  const { planId, assignments } = await seedDemo(stack.apiUrl);
  expect(assignments).toBeGreaterThan(0);
  const owner = await login(stack.apiUrl, 'owner');
  const { items } = await api<{ items: Array<{ taskId: string; leadUnit: string }> }>(
    stack.apiUrl,
    'GET',
    `/plans/${planId}/tasks?limit=5`,
    owner,
  );
  const [task] = items;
  const unit = await login(stack.apiUrl, task.leadUnit.toLowerCase());
  const result = 'Đã tổ chức 3 buổi tuyên truyền tại nhà văn hóa thôn';
  await api(stack.apiUrl, 'POST', `/tasks/${task.taskId}/progress`, unit, { status: 'in_progress', result });
  const seen = await api<{ status: string; result: string }>(
    stack.apiUrl,
    'GET',
    `/tasks/${task.taskId}`,
    owner,
  );
  expect(seen).toMatchObject({ status: 'in_progress', result });
}, 180_000);

it('counts login attempts across the API processes: the limit is one limit, not one per process', async () => {
  const guess = { username: 'nguoi-la', password: 'đoán-sai' };
  const answers: number[] = [];
  for (let i = 0; i <= LOGIN_LIMIT; i++) answers.push(await freshConnection('POST', '/auth/login', guess));
  expect(answers).toEqual([...Array<number>(LOGIN_LIMIT).fill(401), 429]);
  // The attempts really were spread over both processes.
  expect(pidsServing('/auth/login').size).toBe(2);
});

it('replaces an API process that dies while the other keeps answering', async () => {
  const [victim] = apiChildren();
  process.kill(victim, 'SIGKILL');
  // A connection handed over in the instant of death is lost with it, as with any crash; from
  // the moment the primary has reaped the process, every request goes to the survivor.
  await waitFor('the primary to reap it', async () => !fs.existsSync(`/proc/${victim}`), 10_000);
  // An unauthenticated /me: logged by whichever process answers (/health is not logged).
  const answers: number[] = [];
  for (let i = 0; i < 10; i++) answers.push(await freshConnection('GET', '/me'));
  expect(answers).toEqual(Array<number>(10).fill(401));
  const survivors = pidsServing('/me');
  expect(survivors.size).toBe(1);
  await waitFor(
    'a new API process',
    async () => apiChildren().length === 2 && !apiChildren().includes(victim),
    30_000,
  );
  await waitFor(
    'the new process to serve',
    async () => {
      await Promise.all(Array.from({ length: 6 }, () => freshConnection('GET', '/me')));
      return [...pidsServing('/me')].some((pid) => !survivors.has(pid));
    },
    30_000,
  );
}, 60_000);
