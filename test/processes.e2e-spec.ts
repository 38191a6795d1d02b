import { Client as PgClient } from 'pg';
import { demoDossier, plan863 } from '@demo';
import { jurisdictionOf } from '@modules/rule-set/rule-set.policy';
import { api, login } from '../scripts/lib/api';
import { freePort } from '../scripts/lib/processes';
import { seedDemo } from '../scripts/lib/seed';
import { startStack, type Stack } from '../scripts/lib/stack';

/**
 * Processes that touch several aggregates (a council's quota over many nominations; a decision
 * that takes a register number and is then signed) run as workflow code, so Temporal finishes
 * them whatever happens to the worker. This suite kills the worker (kill -9) in the middle of
 * each, on a stack of its own, and checks that every step happened exactly once.
 */
let stack: Stack;
let db: PgClient;
let planId: string;
let reviewId: string;
const tokens = new Map<string, string>();

const token = async (user: string) => {
  if (!tokens.has(user)) tokens.set(user, await login(stack.apiUrl, user));
  return tokens.get(user)!;
};
const call = async <T = any>(user: string, method: string, route: string, body?: unknown): Promise<T> =>
  api<T>(stack.apiUrl, method, route, await token(user), body);

/** Proposes, files the dossier, submits, appraises and votes (9 yes): the nomination's id. */
async function throughTheVote(subject: object, form: string, proposer: string): Promise<string> {
  const { id } = await call<{ id: string }>(proposer, 'POST', `/reviews/${reviewId}/nominations`, {
    subject,
    form,
    achievement: 'Hoàn thành xuất sắc nhiệm vụ chuyển đổi số năm 2026',
  });
  for (const doc of demoDossier) {
    const body = new FormData();
    body.append('kind', doc.kind);
    body.append('file', new Blob([doc.text], { type: 'text/plain' }), doc.fileName);
    const response = await fetch(`${stack.apiUrl}/nominations/${id}/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${await token(proposer)}` },
      body,
    });
    if (!response.ok) throw new Error(`dossier: ${response.status} ${await response.text()}`);
  }
  await call(proposer, 'POST', `/nominations/${id}/submit`);
  await call('vhxh', 'POST', `/nominations/${id}/appraisal`, { outcome: 'accept' });
  for (let n = 1; n <= 9; n++)
    await call(`council${n}`, 'POST', `/nominations/${id}/votes`, { choice: 'yes' });
  await call('council1', 'POST', `/nominations/${id}/vote/close`);
  return id;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, ms = 60_000): Promise<T> {
  for (const deadline = Date.now() + ms; ;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const countEvents = async (type: string, ids: string[]): Promise<number> =>
  Number(
    (
      await db.query(`SELECT count(*) AS n FROM events WHERE type = $1 AND data->>'nominationId' = ANY($2)`, [
        type,
        ids,
      ])
    ).rows[0].n,
  );

/** Freezes the worker at once, then kill -9: it gets no chance to finish the step it is in. */
async function killWorkerNow(): Promise<void> {
  for (const worker of stack.workers) worker.process.kill('SIGSTOP');
  await stack.killWorker();
}

beforeAll(async () => {
  stack = await startStack({
    dbName: 'thidua_test_processes',
    scratchDatabase: true,
    temporalPort: await freePort(),
    apiPort: await freePort(),
    env: { DEMO_MODE: 'true', LOG_LEVEL: 'warn', LOGIN_ATTEMPTS_PER_MINUTE: '1000', CHECKPOINT_MINUTES: '0' },
    log: () => undefined,
  });
  db = new PgClient({ connectionString: stack.databaseUrl });
  await db.connect();
  ({ planId } = await seedDemo(stack.apiUrl));
  // The final phase's review, opened early and closed: Bằng khen is a form of the final review.
  const review = await call<{ id: string; scores: unknown[] }>('owner', 'POST', `/plans/${planId}/reviews`, {
    phaseCode: 'GD2',
  });
  reviewId = review.id;
  await call('vhxh', 'POST', `/reviews/${reviewId}/close`);
}, 180_000);

afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

it('allocates all 5 places of a quota exactly once although the worker is killed halfway', async () => {
  const { scores } = await call<{ scores: Array<{ unitCode: string }> }>(
    'owner',
    'GET',
    `/reviews/${reviewId}`,
  );
  // A quota that gives exactly 5 places out of the units the review scored.
  await call('admin', 'POST', '/rule-sets', {
    jurisdiction: jurisdictionOf(plan863),
    effectiveFrom: '2026-01-01',
    name: 'Chỉ tiêu Bằng khen thử nghiệm: 5 tập thể',
    quotas: { bang_khen_chu_tich_thanh_pho: { collectivePercent: Math.ceil(500 / scores.length) } },
  });
  const units = scores.map((s) => s.unitCode).slice(0, 6);
  const ids: string[] = [];
  for (const unitCode of units)
    ids.push(await throughTheVote({ kind: 'collective', unitCode }, 'bang_khen_chu_tich_thanh_pho', 'vhxh'));

  const result = call<Array<{ id: string; state: { quota: { selected: boolean } } }>>(
    'council1',
    'POST',
    `/reviews/${reviewId}/council-results`,
    { form: 'bang_khen_chu_tich_thanh_pho' },
  );
  await until('the first place to be applied', async () =>
    (await countEvents('QuotaApplied', ids)) > 0 ? true : undefined,
  );
  await killWorkerNow();
  const appliedAtKill = await countEvents('QuotaApplied', ids);
  expect(appliedAtKill).toBeGreaterThan(0);
  expect(appliedAtKill).toBeLessThan(ids.length);

  stack.startWorker();
  const rows = await result;
  expect(rows).toHaveLength(ids.length);
  const applied = await db.query(
    `SELECT data->>'nominationId' AS id, count(*)::int AS n, bool_or((data->>'selected')::boolean) AS selected
     FROM events WHERE type = 'QuotaApplied' AND data->>'nominationId' = ANY($1) GROUP BY 1`,
    [ids],
  );
  expect(applied.rows).toHaveLength(ids.length);
  expect(applied.rows.every((r) => r.n === 1)).toBe(true);
  expect(applied.rows.filter((r) => r.selected)).toHaveLength(5);
}, 180_000);

it('signs 5 decisions with 5 consecutive numbers, none twice, although the worker is killed halfway', async () => {
  const people = ['Nguyễn Văn An', 'Trần Thị Bình', 'Lê Văn Cường', 'Phạm Thị Dung', 'Hoàng Văn Em'];
  const ids: string[] = [];
  for (const name of people)
    ids.push(
      await throughTheVote(
        { kind: 'individual', unitCode: 'VP', name, position: 'Công chức Văn phòng' },
        'giay_khen_chu_tich_xa',
        'vhxh',
      ),
    );
  // Posting lasts 0 days in the demo's rules: the workflows end it by themselves.
  for (const id of ids)
    await until(`nomination ${id} to await its decision`, async () =>
      (await call('owner', 'GET', `/nominations/${id}`)).status === 'awaiting_decision' ? true : undefined,
    );
  const numbersBefore = Number(
    (await db.query(`SELECT count(*) AS n FROM events WHERE type = 'DecisionNumberAssigned'`)).rows[0].n,
  );

  const signing = Promise.all(ids.map((id) => call('chairman', 'POST', `/nominations/${id}/decision`)));
  await until('the first number to be given', async () =>
    (await countEvents('DecisionNumberAssigned', ids)) > 0 ? true : undefined,
  );
  await killWorkerNow();
  expect(await countEvents('DecisionSigned', ids)).toBeLessThan(ids.length);

  stack.startWorker();
  const signed = await signing;
  const numbers = signed.map((n: any) => n.state.decision.number as string);
  expect(new Set(numbers).size).toBe(ids.length);
  // Each nomination took one number and signed with it; the register has no number without a decision.
  const given = await db.query(
    `SELECT data->>'nominationId' AS id, data->>'number' AS number, (data->>'seq')::int AS seq
     FROM events WHERE type = 'DecisionNumberAssigned' AND data->>'nominationId' = ANY($1) ORDER BY 3`,
    [ids],
  );
  expect(given.rows).toHaveLength(ids.length);
  expect(given.rows.map((r) => r.seq)).toEqual(
    Array.from({ length: ids.length }, (_, i) => numbersBefore + i + 1),
  );
  expect(await countEvents('DecisionSigned', ids)).toBe(ids.length);
  expect([...numbers].sort()).toEqual(given.rows.map((r) => r.number).sort());
}, 180_000);
