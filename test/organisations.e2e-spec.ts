import { call, eventCount, login } from './support/client';
import { smallPlan } from './support/fixtures';

const laiKhePlan = () =>
  smallPlan({
    issuer: 'Ủy ban nhân dân xã Lai Khê',
    standingUnit: 'LK-VHXH',
    taskGroups: [
      {
        code: 'I',
        title: 'Truyền thông',
        tasks: [
          {
            code: 'I.1',
            title: 'Tuyên truyền chuyển đổi số',
            leadUnit: 'LK-TTVH',
            coordinatingUnits: ['LK-VHXH', 'LK-THONAT'],
            recurringYearly: true,
          },
        ],
      },
    ],
  });

describe('two communes under one city: each runs its own work, and neither sees the other', () => {
  it("lists and opens only one's own plans; the other's answer 404 and its units cannot be named", async () => {
    const [kimThanh, laiKhe] = [await login('owner'), await login('lk.owner')];
    const mine = await call('POST', '/plans', { token: laiKhe, body: laiKhePlan() });
    expect(mine.status).toBe(201);
    expect(mine.body.organisationCode).toBe('XA-LAI-KHE');
    const demoPlan = process.env.THIDUA_DEMO_PLAN_ID!;

    const theirs = (await call('GET', '/plans?limit=500', { token: laiKhe })).body.items;
    expect(theirs.map((p: { id: string }) => p.id)).toContain(mine.body.id);
    expect(theirs.every((p: { organisationCode: string }) => p.organisationCode === 'XA-LAI-KHE')).toBe(true);
    const ours = (await call('GET', '/plans?limit=500', { token: kimThanh })).body.items;
    expect(ours.map((p: { id: string }) => p.id)).not.toContain(mine.body.id);

    expect((await call('GET', `/plans/${demoPlan}`, { token: laiKhe })).status).toBe(404);
    expect((await call('GET', `/plans/${mine.body.id}`, { token: kimThanh })).status).toBe(404);
    const before = await eventCount();
    expect((await call('POST', `/plans/${demoPlan}/launch`, { token: laiKhe })).status).toBe(404);
    expect(
      (await call('PUT', `/plans/${mine.body.id}`, { token: kimThanh, body: laiKhePlan() })).status,
    ).toBe(404);

    // A plan names the units of its own commune only.
    const borrowing = laiKhePlan();
    borrowing.taskGroups[0].tasks[0].coordinatingUnits = ['VHXH'];
    const refused = await call('POST', '/plans', { token: laiKhe, body: borrowing });
    expect(refused).toMatchObject({
      status: 422,
      body: { code: 'UNKNOWN_UNIT', details: { field: 'taskGroups.0.tasks.0.coordinatingUnits.0' } },
    });
    expect(await eventCount()).toBe(before);
  });

  it("shows each commune its own units, and the city's admin both", async () => {
    const codes = async (username: string) =>
      (
        (await call('GET', '/units?limit=500', { token: await login(username) })).body.items as Array<{
          id: string;
        }>
      ).map((u) => u.id);
    const laiKhe = await codes('lk.owner');
    expect(laiKhe).toEqual(expect.arrayContaining(['XA-LAI-KHE', 'LK-VHXH', 'LK-THONAT']));
    expect(laiKhe).not.toContain('VHXH');
    expect(laiKhe).not.toContain('HP');
    const city = await codes('hp.quantri');
    expect(city).toEqual(expect.arrayContaining(['HP', 'XA-KIM-THANH', 'VHXH', 'XA-LAI-KHE', 'LK-VHXH']));

    // A unit goes under the registering account's commune; one of another commune cannot be its parent.
    const lk = await login('lk.owner');
    const tag = Date.now().toString(36).toUpperCase();
    const village = await call('POST', '/units', {
      token: lk,
      body: { code: `LK-T${tag}`, name: 'Thôn Lai Khê thử', kind: 'thon' },
    });
    expect(village.body.parentCode).toBe('XA-LAI-KHE');
    const before = await eventCount();
    const elsewhere = await call('POST', '/units', {
      token: lk,
      body: { code: `LK-U${tag}`, name: 'Thôn nhầm xã', kind: 'thon', parentCode: 'XA-KIM-THANH' },
    });
    expect(elsewhere).toMatchObject({
      status: 422,
      body: { code: 'UNKNOWN_UNIT', details: { field: 'parentCode' } },
    });
    expect((await call('GET', '/units/VHXH', { token: lk })).status).toBe(404);
    expect(
      (
        await call('POST', '/units/VHXH/restrictions', {
          token: await login('lk.vhxh'),
          body: { kind: 'inspection', reason: 'Thử' },
        })
      ).status,
    ).toBe(404);
    expect(await eventCount()).toBe(before);
  });

  it("reads the communes' plans from the city, but changes none of them", async () => {
    const city = await login('hp.quantri');
    const demoPlan = process.env.THIDUA_DEMO_PLAN_ID!;
    expect((await call('GET', `/plans/${demoPlan}`, { token: city })).status).toBe(200);
    const before = await eventCount();
    const write = await call('POST', `/plans/${demoPlan}/report-requests`, {
      token: city,
      body: {
        number: '1/UBND',
        subject: 'Thử',
        issuedOn: '2026-02-01',
        dueDate: '2026-03-01',
        units: ['TTVH'],
      },
    });
    expect(write.status).toBe(403);
    expect(await eventCount()).toBe(before);
  });

  it("shows each commune's auditor the refused attempts of its own accounts only", async () => {
    // A refusal of each commune's owner, recorded for auditors.
    await call('POST', `/plans/${process.env.THIDUA_DEMO_PLAN_ID}/launch`, {
      token: await login('lk.owner'),
    });
    await call('POST', '/units', {
      token: await login('owner'),
      body: { code: 'x y', name: 'Sai', kind: 'thon' },
    });
    const usernames = async (auditor: string) =>
      (
        (await call('GET', '/audit/attempts?limit=500', { token: await login(auditor) })).body
          .items as Array<{
          username: string | null;
        }>
      ).map((a) => a.username);
    const laiKhe = await usernames('lk.auditor');
    const kimThanh = await usernames('auditor');
    expect(laiKhe).toContain('lk.owner');
    expect(laiKhe).not.toContain('owner');
    expect(laiKhe).not.toContain(null);
    expect(kimThanh).toContain('owner');
    expect(kimThanh.some((u) => u?.startsWith('lk.') || u === null)).toBe(false);
  });
});

describe("an organisation's profile", () => {
  it('gives new plans their rule set; only its admins (or the city’s) set it, with a standing agency of its own', async () => {
    // A commune of its own, so that no other test's plans meet this rule set.
    const stamp = Date.now().toString(36).toUpperCase();
    const [commune, office] = [`XA-P${stamp}`, `P${stamp}-VH`];
    const cityAdmin = await login('hp.quantri');
    for (const unit of [
      { code: commune, name: `Xã Thử ${stamp}`, kind: 'xa', parentCode: 'HP' },
      { code: office, name: 'Phòng Văn hóa – Xã hội', kind: 'phong_ban', parentCode: commune },
    ])
      expect((await call('POST', '/units', { token: cityAdmin, body: unit })).status).toBe(201);
    const username = `cd.${stamp.toLowerCase()}`;
    await call('POST', `/organisations/${commune}/people`, {
      token: cityAdmin,
      body: {
        fullName: 'Ngô Văn Chủ',
        position: 'Phó Chủ tịch UBND xã',
        account: { username, password: 'lan-dau-2026-ok' },
        grants: [{ role: 'owner' }],
      },
    });
    const first = (await call('POST', '/auth/login', { body: { username, password: 'lan-dau-2026-ok' } }))
      .body;
    await call('POST', '/auth/password', {
      token: first.accessToken,
      body: { currentPassword: 'lan-dau-2026-ok', newPassword: 'rieng-cua-chu-1' },
    });
    const owner = first.accessToken;

    const jurisdiction = `KT${stamp}`;
    const created = await call('POST', '/rule-sets', {
      token: await login('admin'),
      body: { jurisdiction, effectiveFrom: '2025-01-01', name: 'Quy chế thi đua thử', postingWorkingDays: 3 },
    });
    expect(created.status).toBe(201);
    const profile = { issuingBody: `Ủy ban nhân dân xã Thử ${stamp}`, standingUnit: office, jurisdiction };
    const route = `/organisations/${commune}/profile`;
    const before = await eventCount();
    expect((await call('PUT', route, { token: await login('lk.quantri'), body: profile })).status).toBe(404);
    expect((await call('PUT', route, { token: owner, body: profile })).status).toBe(403);
    const notOurs = await call('PUT', route, {
      token: cityAdmin,
      body: { ...profile, standingUnit: 'VHXH' },
    });
    expect(notOurs.status).toBe(422);
    expect(notOurs.body.details.field).toBe('standingUnit');
    const aUnit = await call('PUT', `/organisations/${office}/profile`, { token: cityAdmin, body: profile });
    expect(aUnit.status).toBe(422);
    expect(await eventCount()).toBe(before);

    const set = await call('PUT', route, { token: cityAdmin, body: profile });
    expect(set.body.profile).toEqual(profile);
    const ours = (overrides = {}) =>
      smallPlan({
        issuer: profile.issuingBody,
        standingUnit: office,
        indicators: [],
        taskGroups: [
          {
            code: 'I',
            title: 'Truyền thông',
            tasks: [
              {
                code: 'I.1',
                title: 'Tuyên truyền',
                leadUnit: office,
                coordinatingUnits: [],
                recurringYearly: true,
              },
            ],
          },
        ],
        ...overrides,
      });
    const plan = await call('POST', '/plans', { token: owner, body: ours() });
    expect(plan.body).toMatchObject({ organisationCode: commune, definition: { jurisdiction } });
    // A plan naming its own rule set keeps it.
    const named = await call('POST', '/plans', { token: owner, body: ours({ jurisdiction: 'VN' }) });
    expect(named.body.definition.jurisdiction).toBe('VN');
  });
});
