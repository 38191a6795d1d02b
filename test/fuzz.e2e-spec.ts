import fc from 'fast-check';
import { call, eventCount } from './support/client';
import { MATRIX, prepareCallers, type Column } from './support/routes';
import { recordSummary } from './support/summary';

/** Requests in all: a few hundred in `npm test`, 10,000 in the reliability run. */
const TOTAL = Number(process.env.FUZZ_REQUESTS ?? 300);

const deep = (depth: number): unknown => (depth === 0 ? 'đáy' : { a: [deep(depth - 1)] });

/** Values that break naive code: wrong types, extremes, Unicode traps, impossible dates, depth. */
const nasty: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, true, false, 0, -1, -0.5, 1.5, 1e308, Number.MAX_SAFE_INTEGER + 2, '', [], {}),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom(
    'Tho\u0302n Kim Lu\u031bo\u031bng', // combining marks
    'Thôn Kim Lương', // precomposed
    '\u200b',
    'a\u200db\u200c',
    '\u202eđảo ngược',
    '\ud800',
    '😀'.repeat(2_000),
    'x'.repeat(200_000),
    '<script>alert(1)</script>',
    "'; DROP TABLE events; --",
  ),
  fc.constantFrom(
    '0000-00-00',
    '2025-02-30',
    '9999-12-31',
    '1900-01-01',
    '2026-13-01',
    '2026-11-23T25:61:00Z',
    '23/11/2026',
  ),
  fc.array(fc.anything({ maxDepth: 2 }), { maxLength: 5 }),
  fc.object({ maxDepth: 2 }),
  fc.constant(deep(300)),
);

type Mutation =
  | { kind: 'replace' | 'delete'; path: number[]; value: unknown }
  | { kind: 'extra'; key: string; value: unknown }
  | { kind: 'whole'; value: unknown };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('replace' as const),
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    value: nasty,
  }),
  fc.record({
    kind: fc.constant('delete' as const),
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 4 }),
    value: fc.constant(null),
  }),
  fc.record({
    kind: fc.constant('extra' as const),
    key: fc.string({ minLength: 1, maxLength: 20 }),
    value: nasty,
  }),
  fc.record({ kind: fc.constant('whole' as const), value: nasty }),
);

/** Applies a mutation to a copy of a valid body; indices pick keys at each level, so every field is reachable. */
function mutate(base: unknown, m: Mutation): unknown {
  if (m.kind === 'whole') return m.value;
  const body = structuredClone(base ?? {}) as Record<string, unknown>;
  if (m.kind === 'extra') return { ...body, [m.key]: m.value };
  let node: Record<string, unknown> = body;
  for (let depth = 0; depth < m.path.length; depth++) {
    const keys = Object.keys(node);
    if (keys.length === 0) break;
    const key = keys[m.path[depth] % keys.length];
    const child = node[key];
    const last = depth === m.path.length - 1 || child === null || typeof child !== 'object';
    if (last) {
      if (m.kind === 'delete') delete node[key];
      else node[key] = m.value;
      break;
    }
    node = child as Record<string, unknown>;
  }
  return body;
}

const PREFERRED: Column[] = ['unitOwn', 'standing', 'owner', 'admin', 'council', 'chairman', 'none'];

describe('input fuzzing over every write endpoint', () => {
  it(
    `answers ${TOTAL} generated requests with 4xx, never 5xx, and writes nothing when it refuses`,
    async () => {
      const callers = await prepareCallers();
      const writes = Object.entries(MATRIX).filter(([key]) => !key.startsWith('GET '));
      const perRoute = Math.ceil(TOTAL / writes.length);
      const counts = { sent: 0, ok: 0, refused: 0, serverErrors: 0, writtenByRefused: 0 };
      const problems: string[] = [];
      let events = await eventCount();
      for (const [key, cell] of writes) {
        const method = key.split(' ')[0];
        const column = PREFERRED.find((c) => cell.allow.includes(c))!;
        // Logins are throttled per user name: fuzz a name no suite logs in with.
        const base =
          key === 'POST /auth/login'
            ? { username: 'fuzz-nobody', password: 'x' }
            : typeof cell.body === 'function'
              ? cell.body(column)
              : cell.body;
        await fc.assert(
          fc.asyncProperty(mutation, async (m) => {
            const body = mutate(base ?? {}, m);
            const reply = await call(method, callers.path(key), { token: callers.tokens[column], body });
            const now = await eventCount();
            counts.sent++;
            if (reply.status >= 500) {
              counts.serverErrors++;
              problems.push(`${key} ${JSON.stringify(m).slice(0, 200)} → ${reply.status}`);
            } else if (reply.status >= 400) {
              counts.refused++;
              if (now !== events) {
                counts.writtenByRefused++;
                problems.push(`${key} refused with ${reply.status} yet wrote ${now - events} event(s)`);
              }
            } else counts.ok++;
            events = now;
          }),
          { numRuns: perRoute, seed: Number(process.env.FUZZ_SEED ?? 20261123) },
        );
      }
      recordSummary('input fuzzing', { ...counts, routes: writes.length });
      expect(problems.slice(0, 20)).toEqual([]);
      expect(counts.sent).toBeGreaterThanOrEqual(TOTAL);
    },
    Math.max(60_000, TOTAL * 60),
  );
});
