import { call, eventCount, login } from './support/client';
import {
  CITY,
  COLUMNS,
  MATRIX,
  OTHER_COMMUNE,
  prepareCallers,
  SUBTREE_FAMILIES,
  type Cell,
  type Column,
} from './support/routes';
import { recordSummary } from './support/summary';

/**
 * Each matrix test makes well over a thousand requests one after another (and counts the events
 * around every refused write): minutes on a loaded machine, not the default minute.
 */
const MATRIX_TIMEOUT_MS = 300_000;
/** The routes that name an object (`{id}`, `{code}`): what another organisation's callers try. */
const OBJECT_ROUTES = Object.entries(MATRIX).filter(([key]) => /\{(id|code)\}/.test(key));

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
      const { cells, failures } = await objectRoutesAs(
        OTHER_COMMUNE,
        ({ key, username, status, rolePasses }) => ({
          refused: true,
          failure: (rolePasses ? status !== 404 : ![403, 404].includes(status))
            ? `${key} as ${username}: ${status} (expected ${rolePasses ? 404 : '403 or 404'})`
            : undefined,
        }),
      );
      recordSummary('authorisation matrix, other commune', {
        routes: OBJECT_ROUTES.length,
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
      const { cells, failures } = await objectRoutesAs(
        CITY,
        ({ key, cell, username, status, rolePasses }) => {
          const [method, route] = key.split(' ');
          const family = route.split('/')[1] === 'audit' ? route.split('/')[2] : route.split('/')[1];
          const manages = SUBTREE_FAMILIES.includes(family);
          const reads = method === 'GET' || cell.reads;
          const expected = !rolePasses ? 'refused' : reads || manages ? 'allowed' : 'refused';
          // Allowed: past the guard and the scope; a route naming no real object is then the handler's 404.
          const ok =
            expected === 'allowed'
              ? status < 400 || [400, 409, 422].includes(status) || (status === 404 && !callers.exists(key))
              : status === 403;
          return {
            refused: expected === 'refused',
            failure: ok
              ? undefined
              : `${key} as ${username}: ${status} (expected ${expected === 'allowed' ? 'allowed' : 403})`,
          };
        },
      );
      recordSummary('authorisation matrix, the city over its communes', {
        routes: OBJECT_ROUTES.length,
        callers: CITY.length,
        cells,
        failures: failures.length,
      });
      expect(failures).toEqual([]);
    },
    MATRIX_TIMEOUT_MS,
  );

  /**
   * Each caller of `group` (of another organisation) calls every route naming an object of this
   * one; `judge` says what was wrong with the reply and whether the call was refused, and a
   * refused write must have written no event.
   */
  async function objectRoutesAs(
    group: Array<{ username: string; as: Column[] }>,
    judge: (attempt: { key: string; cell: Cell; username: string; status: number; rolePasses: boolean }) => {
      failure?: string;
      refused: boolean;
    },
  ): Promise<{ cells: number; failures: string[] }> {
    const failures: string[] = [];
    let cells = 0;
    for (const { username, as } of group) {
      const token = await login(username);
      for (const [key, cell] of OBJECT_ROUTES) {
        cells++;
        const method = key.split(' ')[0];
        const path = `${callers.path(key)}${cell.query ? `?${cell.query}` : ''}`;
        const before = method !== 'GET' ? await eventCount() : 0;
        const body = typeof cell.body === 'function' ? cell.body(as[0]) : (cell.body ?? {});
        const reply = await call(method, path, { token, body: method === 'GET' ? undefined : body });
        const rolePasses = as.some((column) => cell.allow.includes(column));
        const { failure, refused } = judge({ key, cell, username, status: reply.status, rolePasses });
        if (failure) failures.push(failure);
        if (refused && method !== 'GET' && (await eventCount()) !== before)
          failures.push(`${key} as ${username}: a refused write wrote events`);
      }
    }
    return { cells, failures };
  }
});
