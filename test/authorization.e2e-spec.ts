import { call, eventCount, login } from './support/client';
import {
  CITY,
  COLUMNS,
  MATRIX,
  OTHER_COMMUNE,
  prepareCallers,
  SUBTREE_FAMILIES,
  type Column,
} from './support/routes';
import { recordSummary } from './support/summary';

/**
 * Each matrix test makes well over a thousand requests one after another (and counts the events
 * around every refused write): minutes on a loaded machine, not the default minute.
 */
const MATRIX_TIMEOUT_MS = 300_000;

describe('authorisation matrix: every route × every caller', () => {
  let callers: Awaited<ReturnType<typeof prepareCallers>>;
  beforeAll(async () => {
    callers = await prepareCallers();
  });

  it('covers every route the API serves, and nothing else', async () => {
    const { body } = await call('GET', '/docs-json');
    const served = Object.entries(body.paths as Record<string, object>).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(served.filter((r) => !MATRIX[r])).toEqual([]);
    expect(Object.keys(MATRIX).filter((r) => !served.includes(r))).toEqual([]);
  });

  it(
    'allows exactly the expected callers; denied writes change nothing',
    async () => {
      const failures: string[] = [];
      let cells = 0;
      for (const [key, cell] of Object.entries(MATRIX)) {
        const method = key.split(' ')[0];
        const path = `${callers.path(key)}${cell.query ? `?${cell.query}` : ''}`;
        for (const column of COLUMNS) {
          cells++;
          const allowed = cell.allow.includes(column);
          const before = !allowed && method !== 'GET' ? await eventCount() : 0;
          const body = typeof cell.body === 'function' ? cell.body(column) : (cell.body ?? {});
          const reply = await call(method, path, {
            token: callers.tokens[column],
            body: method === 'GET' ? undefined : body,
          });
          const denied = reply.status === 401 || reply.status === 403;
          const expectedDenial = (['none', 'expired', 'forged'] as Column[]).includes(column) ? 401 : 403;
          if (allowed && (denied || reply.status >= 500))
            failures.push(`${key} as ${column}: ${reply.status} (expected allowed)`);
          if (!allowed && reply.status !== expectedDenial)
            failures.push(`${key} as ${column}: ${reply.status} (expected ${expectedDenial})`);
          if (!allowed && method !== 'GET' && (await eventCount()) !== before)
            failures.push(`${key} as ${column}: a denied write wrote events`);
        }
      }
      recordSummary('authorisation matrix', {
        routes: Object.keys(MATRIX).length,
        callers: COLUMNS.length,
        cells,
        failures: failures.length,
      });
      expect(failures).toEqual([]);
    },
    MATRIX_TIMEOUT_MS,
  );

  it(
    "refuses another commune's callers every object of this one (404 where the role would pass); denied writes change nothing",
    async () => {
      const failures: string[] = [];
      let cells = 0;
      const objectRoutes = Object.entries(MATRIX).filter(([key]) => /\{(id|code)\}/.test(key));
      for (const { username, as } of OTHER_COMMUNE) {
        const token = await login(username);
        for (const [key, cell] of objectRoutes) {
          cells++;
          const method = key.split(' ')[0];
          const path = `${callers.path(key)}${cell.query ? `?${cell.query}` : ''}`;
          const before = method !== 'GET' ? await eventCount() : 0;
          const body = typeof cell.body === 'function' ? cell.body(as[0]) : (cell.body ?? {});
          const reply = await call(method, path, { token, body: method === 'GET' ? undefined : body });
          const rolePasses = as.some((column) => cell.allow.includes(column));
          if (rolePasses ? reply.status !== 404 : ![403, 404].includes(reply.status))
            failures.push(
              `${key} as ${username}: ${reply.status} (expected ${rolePasses ? 404 : '403 or 404'})`,
            );
          if (method !== 'GET' && (await eventCount()) !== before)
            failures.push(`${key} as ${username}: a refused write wrote events`);
        }
      }
      recordSummary('authorisation matrix, other commune', {
        routes: objectRoutes.length,
        callers: OTHER_COMMUNE.length,
        cells,
        failures: failures.length,
      });
      expect(failures).toEqual([]);
    },
    MATRIX_TIMEOUT_MS,
  );

  it(
    "lets the city's callers read their communes' work where their role may, and change none of it but the subtree's directory and accounts",
    async () => {
      const failures: string[] = [];
      let cells = 0;
      const objectRoutes = Object.entries(MATRIX).filter(([key]) => /\{(id|code)\}/.test(key));
      for (const { username, as } of CITY) {
        const token = await login(username);
        for (const [key, cell] of objectRoutes) {
          cells++;
          const [method, route] = key.split(' ');
          const path = `${callers.path(key)}${cell.query ? `?${cell.query}` : ''}`;
          const before = method !== 'GET' ? await eventCount() : 0;
          const body = typeof cell.body === 'function' ? cell.body(as[0]) : (cell.body ?? {});
          const reply = await call(method, path, { token, body: method === 'GET' ? undefined : body });
          const rolePasses = as.some((column) => cell.allow.includes(column));
          const family = route.split('/')[1] === 'audit' ? route.split('/')[2] : route.split('/')[1];
          const manages = SUBTREE_FAMILIES.includes(family);
          const reads = method === 'GET' || cell.reads;
          const expected = !rolePasses ? 'refused' : reads || manages ? 'allowed' : 'refused';
          // Allowed: past the guard and the scope; a route naming no real object is then the handler's 404.
          const ok =
            expected === 'allowed'
              ? reply.status < 400 ||
                [400, 409, 422].includes(reply.status) ||
                (reply.status === 404 && !callers.exists(key))
              : reply.status === 403;
          if (!ok)
            failures.push(
              `${key} as ${username}: ${reply.status} (expected ${expected === 'allowed' ? 'allowed' : 403})`,
            );
          if (expected === 'refused' && method !== 'GET' && (await eventCount()) !== before)
            failures.push(`${key} as ${username}: a refused write wrote events`);
        }
      }
      recordSummary('authorisation matrix, the city over its communes', {
        routes: objectRoutes.length,
        callers: CITY.length,
        cells,
        failures: failures.length,
      });
      expect(failures).toEqual([]);
    },
    MATRIX_TIMEOUT_MS,
  );
});
