import { Client, Connection } from '@temporalio/client';
import type { AssignedTask, AssignmentCommand } from '@modules/assignment/assignment.decider';
import { assignmentRoute, assignmentStateQuery } from '@modules/assignment/assignment.route';
import { loadConfig } from '@platform/config';
import { CommandGateway } from '@platform/temporal/command-gateway';
import { call, eventCount, eventually, launched, login, sql, temporalAddress } from './support/client';
import { smallPlan } from './support/fixtures';

describe('walking skeleton: login → draft → launch → workflow → events → projection', () => {
  it('runs a plan from draft to launched through Temporal and the event store', async () => {
    const owner = await login('owner');
    const definition = smallPlan();

    const drafted = await call('POST', '/plans', { token: owner, body: definition });
    expect(drafted.status).toBe(201);
    expect(drafted.body).toMatchObject({ number: definition.number, status: 'draft', version: 1 });
    const planId: string = drafted.body.id;

    const launched = await call('POST', `/plans/${planId}/launch`, { token: owner });
    expect(launched.status).toBe(200);
    expect(launched.body).toMatchObject({ id: planId, status: 'launched', version: 2 });

    const listed = await call('GET', '/plans?limit=500', { token: await login('auditor') });
    expect(listed.body.items.find((p: { id: string }) => p.id === planId)).toMatchObject({
      status: 'launched',
    });

    const events = await sql(
      'SELECT type, stream_version, metadata FROM events WHERE stream_id = $1 ORDER BY stream_version',
      [`plan-${planId}`],
    );
    expect(events.map((e) => e.type).slice(0, 2)).toEqual(['PlanDrafted', 'PlanLaunched']);
    expect(events[1].metadata.actor).toMatchObject({ username: 'owner', role: 'owner' });
    expect(events[1].metadata.workflowId).toBe(`plan-${planId}`);

    const connection = await Connection.connect({ address: temporalAddress() });
    try {
      const description = await new Client({ connection }).workflow.getHandle(`plan-${planId}`).describe();
      expect(description.status.name).toBe('RUNNING');
      expect(description.type).toBe('planWorkflow');
    } finally {
      await connection.close();
    }
  });

  it('treats a repeated create or launch as the same request, and refuses a different plan under the same number', async () => {
    const owner = await login('owner');
    const definition = smallPlan();
    const first = await call('POST', '/plans', { token: owner, body: definition });
    const again = await call('POST', '/plans', { token: owner, body: definition });
    expect(again.status).toBe(201);
    expect(again.body.id).toBe(first.body.id);

    const clash = await call('POST', '/plans', {
      token: owner,
      body: { ...definition, title: 'Một kế hoạch khác' },
    });
    expect(clash.status).toBe(409);
    expect(clash.body).toMatchObject({ code: 'ALREADY_EXISTS', details: { field: 'number' } });

    await call('POST', `/plans/${first.body.id}/launch`, { token: owner });
    const relaunch = await call('POST', `/plans/${first.body.id}/launch`, { token: owner });
    expect(relaunch.body).toMatchObject({ status: 'launched' });
    const launches = await sql(`SELECT 1 FROM events WHERE stream_id = $1 AND type = 'PlanLaunched'`, [
      `plan-${first.body.id}`,
    ]);
    expect(launches).toHaveLength(1);
  });

  it('reloads an assignment the launch starts again over a stream it already wrote (a lost Temporal run), and sends the tasks as an update to a run still going', async () => {
    const owner = await login('owner');
    const drafted = await call('POST', '/plans', { token: owner, body: smallPlan() });
    const planId: string = drafted.body.id;
    await launched(planId, owner);
    const [{ unit_code: unitCode }] = await sql(
      `SELECT unit_code FROM assignments WHERE plan_id = $1 LIMIT 1`,
      [planId],
    );
    const key = { planId, unitCode, launched: true as const };
    const streamId = assignmentRoute.workflowId(key);
    const stored = await sql(`SELECT type, data FROM events WHERE stream_id = $1 ORDER BY stream_version`, [
      streamId,
    ]);
    const opened = stored.find((e) => e.type === 'AssignmentOpened')!.data;
    const tasks: AssignedTask[] = stored.filter((e) => e.type === 'TaskAssigned').map((e) => e.data.task);
    const issue: AssignmentCommand = {
      type: 'IssueTasks',
      data: { planId, unitCode, unitKind: opened.unitKind, tasks, indicators: opened.indicators },
      actor: { userId: 'owner', username: 'owner', role: 'owner' },
    };
    const gateway = new CommandGateway(
      loadConfig({ TEMPORAL_ADDRESS: temporalAddress(), DEMO_MODE: 'true' }),
    );
    const connection = await Connection.connect({ address: temporalAddress() });
    try {
      const handle = new Client({ connection }).workflow.getHandle(streamId);
      // Once the run has carried out its first command: the start does not wait for it.
      const versionOf = () =>
        eventually(
          async () => {
            const state = await handle.query(assignmentStateQuery).catch(() => undefined);
            return state?.version === stored.length ? state.version : undefined;
          },
          30_000,
          `the assignment run to stand at version ${stored.length}`,
        );
      // The run is lost; the launch's fan-out, retried, starts a new one that believes the stream new.
      await handle.terminate('a lost run, for the test');
      await gateway.open(assignmentRoute, key, issue);
      // Its first append conflicted on its expected version; reloaded, the tasks were already there.
      expect(await versionOf()).toBe(stored.length);
      // Retried once more while that run goes on: the tasks go to it as an update, which changes nothing.
      await gateway.open(assignmentRoute, key, issue);
      expect(await versionOf()).toBe(stored.length);
      const runs = await sql(`SELECT count(*)::int AS n FROM events WHERE stream_id = $1`, [streamId]);
      expect(runs[0].n).toBe(stored.length);
      const { events } = await handle.fetchHistory();
      expect(events!.filter((e) => e.workflowExecutionUpdateAcceptedEventAttributes)).toHaveLength(1);
    } finally {
      await gateway.onModuleDestroy();
      await connection.close();
    }
  });

  it('revises a draft, and refuses to revise a launched plan', async () => {
    const owner = await login('owner');
    const definition = smallPlan();
    const { body: plan } = await call('POST', '/plans', { token: owner, body: definition });
    const revised = await call('PUT', `/plans/${plan.id}`, {
      token: owner,
      body: { ...definition, signer: 'Lê Văn Ký' },
    });
    expect(revised.body).toMatchObject({ version: 2, definition: { signer: 'Lê Văn Ký' } });
    await call('POST', `/plans/${plan.id}/launch`, { token: owner });
    const late = await call('PUT', `/plans/${plan.id}`, { token: owner, body: definition });
    expect(late.status).toBe(409);
    expect(late.body.code).toBe('PLAN_NOT_DRAFT');
  });

  describe('bad input gets a 400 naming the field and writes nothing', () => {
    const cases: Array<[string, (p: Record<string, unknown>) => unknown, string]> = [
      ['a missing field', ({ title: _t, ...rest }) => rest, 'title'],
      ['a wrong type', (p) => ({ ...p, number: 863 }), 'number'],
      ['an unknown field', (p) => ({ ...p, approvedBy: 'someone' }), 'approvedBy'],
      ['an impossible date', (p) => ({ ...p, issuedOn: '2025-02-30' }), 'issuedOn'],
      [
        'a nested error',
        (p) => ({ ...p, phases: [{ ...(p.phases as object[])[0], review: 'midterm' }] }),
        'phases.0.review',
      ],
    ];
    it.each(cases)('%s', async (_name, mutate, field) => {
      const owner = await login('owner');
      const before = await eventCount();
      const reply = await call('POST', '/plans', { token: owner, body: mutate(smallPlan() as never) });
      expect(reply.status).toBe(400);
      expect(reply.body.code).toBe('VALIDATION_FAILED');
      expect(reply.body.details.map((d: { field: string }) => d.field)).toContain(field);
      expect(await eventCount()).toBe(before);
    });

    it('a domain rule: overlapping phases (422 naming the phase)', async () => {
      const owner = await login('owner');
      const before = await eventCount();
      const plan = smallPlan();
      plan.phases[1].startsOn = '2026-12-01';
      const reply = await call('POST', '/plans', { token: owner, body: plan });
      expect(reply.status).toBe(422);
      expect(reply.body).toMatchObject({ code: 'PLAN_DEFINITION_INVALID', details: { field: 'phases.1' } });
      expect(await eventCount()).toBe(before);
    });

    it('a malformed plan id', async () => {
      const reply = await call('POST', '/plans/not-a-uuid/launch', { token: await login('owner') });
      expect(reply.status).toBe(400);
      expect(reply.body.details).toMatchObject({ field: 'id' });
    });
  });

  describe('authentication and roles', () => {
    it('401 without a token, with a forged token, with a wrong password', async () => {
      expect((await call('POST', '/plans', { body: smallPlan() })).status).toBe(401);
      const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiIsInJvbGUiOiJhZG1pbiJ9.c2lnbmF0dXJl';
      expect((await call('GET', '/plans', { token: forged })).status).toBe(401);
      const wrong = await call('POST', '/auth/login', { body: { username: 'owner', password: 'nope' } });
      expect(wrong.status).toBe(401);
      expect(wrong.body.code).toBe('UNAUTHENTICATED');
    });

    it('403 for roles that may not create or launch plans, and nothing is written', async () => {
      const owner = await login('owner');
      const { body: plan } = await call('POST', '/plans', { token: owner, body: smallPlan() });
      const before = await eventCount();
      for (const user of ['vhxh', 'ttvh', 'council1', 'chairman', 'auditor']) {
        const token = await login(user);
        expect((await call('POST', '/plans', { token, body: smallPlan() })).status).toBe(403);
        expect((await call('POST', `/plans/${plan.id}/launch`, { token })).status).toBe(403);
      }
      expect(await eventCount()).toBe(before);
      expect((await call('GET', `/plans/${plan.id}`, { token: await login('ttvh') })).body.status).toBe(
        'draft',
      );
    });

    it('404 for a plan that does not exist', async () => {
      const reply = await call('POST', '/plans/00000000-0000-4000-8000-000000000000/launch', {
        token: await login('admin'),
      });
      expect(reply.status).toBe(404);
      expect(reply.body.code).toBe('NOT_FOUND');
    });
  });

  it('reports health and serves the OpenAPI document', async () => {
    const health = await call('GET', '/health');
    expect(health.body).toEqual({
      status: 'ok',
      checks: { database: { status: 'up' }, temporal: { status: 'up' } },
    });
    const docs = await call('GET', '/docs-json');
    expect(Object.keys(docs.body.paths)).toEqual(
      expect.arrayContaining(['/plans', '/plans/{id}/launch', '/auth/login']),
    );
  });
});
