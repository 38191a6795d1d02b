import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { apiUrl, call, databaseUrl, login, temporalAddress } from './support/client';

const run = promisify(execFile);
const ROOT = path.resolve(__dirname, '..');

/** The operator CLI, as built, against the test stack's database and Temporal server. */
async function cli(...args: string[]): Promise<{ code: number; stdout: string }> {
  try {
    const { stdout } = await run('node', [path.join(ROOT, 'dist/apps/cli/src/main.js'), ...args], {
      env: { ...process.env, DATABASE_URL: databaseUrl(), TEMPORAL_ADDRESS: temporalAddress() },
      maxBuffer: 10 * 1024 * 1024,
    });
    return { code: 0, stdout };
  } catch (error) {
    const failed = error as { code: number; stdout: string };
    return { code: failed.code, stdout: failed.stdout };
  }
}

const demoPlan = () => process.env.THIDUA_DEMO_PLAN_ID as string;

describe('audit (runs after every other suite)', () => {
  it('keeps auditors read-only and logs what they tried', async () => {
    const auditor = await login('auditor');
    const refused = await call('POST', `/plans/${demoPlan()}/launch`, { token: auditor });
    expect(refused.status).toBe(403);
    const objection = await call('POST', `/nominations/${process.env.THIDUA_DEMO_NOMINATION_ID}/objections`, {
      token: auditor,
      body: { text: 'Thử' },
    });
    expect(objection.status).toBe(403);
    const { body } = await call('GET', '/audit/attempts?limit=5', { token: auditor });
    expect(body.items[0]).toMatchObject({
      username: 'auditor',
      role: 'auditor',
      status: 403,
      code: 'FORBIDDEN',
    });
  });

  it('lists a plan’s history with actor, role and unit, and exports it as JSON Lines and CSV', async () => {
    const auditor = await login('auditor');
    const first = await call('GET', `/audit/plans/${demoPlan()}/events?limit=5`, { token: auditor });
    expect(first.body.items.map((e: any) => e.type).slice(0, 2)).toEqual(['PlanDrafted', 'PlanLaunched']);
    expect(first.body.items[0]).toMatchObject({ username: 'owner', role: 'owner', version: 1 });
    const next = await call('GET', `/audit/plans/${demoPlan()}/events?limit=5&after=${first.body.next}`, {
      token: auditor,
    });
    expect(next.body.items[0].position).toBeGreaterThan(first.body.items[4].position);

    const jsonl = await fetch(`${apiUrl()}/audit/plans/${demoPlan()}/events/export?format=jsonl`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    const lines = (await jsonl.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const units = new Set(lines.map((l) => l.unitCode).filter(Boolean));
    expect(units.has('TTVH')).toBe(true);
    expect(lines.map((l) => l.type)).toEqual(
      expect.arrayContaining(['TaskAssigned', 'ReviewClosed', 'VoteCast', 'DecisionSigned']),
    );
    const csv = await fetch(`${apiUrl()}/audit/plans/${demoPlan()}/events/export?format=csv`, {
      headers: { authorization: `Bearer ${auditor}` },
    });
    const bytes = Buffer.from(await csv.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 mark, so spreadsheets read the diacritics
    const rows = bytes.toString('utf8', 3).trim().split('\r\n');
    expect(rows[0]).toBe(
      'position,recordedAt,occurredAt,streamId,version,type,username,role,unitCode,eventId,hash,data',
    );
    expect(rows.length).toBeGreaterThanOrEqual(lines.length + 1);
  });

  it('shows the demo plan as it stood between two events: the earlier facts, not the later ones', async () => {
    const auditor = await login('auditor');
    const lines: any[] = [];
    for (let after = 0; ;) {
      const { body } = await call('GET', `/audit/plans/${demoPlan()}/events?limit=1000&after=${after}`, {
        token: auditor,
      });
      lines.push(...body.items);
      if (body.next === null) break;
      after = body.next;
    }
    const closed = lines.findIndex((e) => e.type === 'ReviewClosed');
    const before = lines
      .slice(0, closed)
      .filter((e) => e.recordedAt < lines[closed].recordedAt)
      .at(-1);
    const between = new Date(
      (Date.parse(before.recordedAt) + Date.parse(lines[closed].recordedAt)) / 2,
    ).toISOString();
    const earlier = await call(
      'GET',
      `/audit/plans/${demoPlan()}/state?asOf=${encodeURIComponent(between)}`,
      { token: auditor },
    );
    expect(earlier.body.plan).toMatchObject({ status: 'launched', number: '863/KH-UBND' });
    expect(earlier.body.reviews).toEqual([expect.objectContaining({ status: 'open', scores: null })]);
    expect(earlier.body.nominations).toEqual([]);
    expect(earlier.body.tasks.length).toBeGreaterThan(13);

    const now = await call(
      'GET',
      `/audit/plans/${demoPlan()}/state?asOf=${encodeURIComponent(new Date().toISOString())}`,
      {
        token: auditor,
      },
    );
    expect(now.body.reviews).toEqual([expect.objectContaining({ status: 'closed' })]);
    expect(now.body.nominations).toEqual([expect.objectContaining({ status: 'decided' })]);
    const live = await call('GET', `/nominations/${process.env.THIDUA_DEMO_NOMINATION_ID}`, {
      token: auditor,
    });
    expect(now.body.nominations[0].state).toEqual(live.body.state);

    const tooEarly = await call('GET', `/audit/plans/${demoPlan()}/state?asOf=2000-01-01T00:00:00Z`, {
      token: auditor,
    });
    expect(tooEarly.status).toBe(404);
  });

  it('verifies the whole store intact, through the API and the CLI', async () => {
    const report = await call('POST', '/audit/verify', { token: await login('auditor') });
    expect(report.status).toBe(200);
    expect(report.body).toMatchObject({ ok: true, breaks: [] });
    expect(report.body.events).toBeGreaterThan(100);
    const checkpoint = await call('POST', '/audit/checkpoints', { token: await login('admin') });
    expect(checkpoint.status).toBe(201);
    const viaCli = await cli('audit', 'verify');
    expect(viaCli.stdout).toContain('intact');
    expect(viaCli.code).toBe(0);
  });

  it('rebuilds every projection from the events with no difference from the live tables', async () => {
    const { code, stdout } = await cli('audit', 'rebuild');
    expect(stdout).toContain('no differences');
    expect(code).toBe(0);
  });

  it('replays the demo plan’s workflows from Temporal against the current code', async () => {
    const { code, stdout } = await cli('audit', 'replay', '--plan', demoPlan());
    expect(stdout).toMatch(/(\d+) workflow histories replayed, 0 non-deterministic/);
    expect(Number(/(\d+) workflow histories/.exec(stdout)![1])).toBeGreaterThan(5);
    expect(code).toBe(0);
  });
});
