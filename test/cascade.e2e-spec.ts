import { randomUUID } from 'node:crypto';
import { call, docxText, eventually, launched, login } from './support/client';
import { smallPlan } from './support/fixtures';

describe('plans cascade from the city to its communes', () => {
  it('gives three communes tasks; one issues its implementing plan, and the city’s consolidated report rolls it up', async () => {
    const third = `XA-T${randomUUID().slice(0, 6).toUpperCase()}`;
    const registered = await call('POST', '/units', {
      token: await login('hp.quantri'),
      body: { code: third, name: 'Xã Thử Nghiệm', kind: 'xa', parentCode: 'HP' },
    });
    expect(registered.status).toBe(201);

    const cityOwner = await login('hp.owner');
    const cityPlan = smallPlan({
      issuer: 'Ủy ban nhân dân thành phố Hải Phòng',
      standingUnit: 'HP-BTDKT',
      taskGroups: [
        {
          code: 'I',
          title: 'Chuyển đổi số cấp xã',
          tasks: [
            {
              code: 'I.1',
              title: 'Ban hành và thực hiện kế hoạch chuyển đổi số của xã',
              leadUnit: 'XA-KIM-THANH',
              coordinatingUnits: ['XA-LAI-KHE', third],
              recurringYearly: false,
            },
            {
              code: 'I.2',
              title: 'Báo cáo kết quả hằng năm',
              leadUnit: 'XA-LAI-KHE',
              coordinatingUnits: [],
              recurringYearly: true,
            },
            {
              code: 'I.3',
              title: 'Tổ chức ngày hội chuyển đổi số',
              leadUnit: 'HP-BTDKT',
              coordinatingUnits: [],
              coordinatingGroups: [{ label: 'các xã, phường', kinds: ['xa', 'phuong'] }],
              recurringYearly: false,
            },
          ],
        },
      ],
    });
    const drafted = await call('POST', '/plans', { token: cityOwner, body: cityPlan });
    expect(drafted.body).toMatchObject({ organisationCode: 'HP' });
    const cityId: string = drafted.body.id;
    await launched(cityId, cityOwner);
    // “Các xã, phường” meant the city's communes on launch day, and the launch recorded them.
    const cityNow = (await call('GET', `/plans/${cityId}`, { token: cityOwner })).body;
    // The definition keeps the group as drafted; the launch holds its units, once for its tasks.
    const i3 = cityNow.definition.taskGroups[0].tasks.find((t: { code: string }) => t.code === 'I.3');
    expect(i3.coordinatingUnits).toEqual([]);
    const [party] = cityNow.launchParties;
    expect(party).toMatchObject({ label: 'các xã, phường', taskCodes: ['I.3'] });
    expect(party.units).toEqual(expect.arrayContaining(['XA-KIM-THANH', 'XA-LAI-KHE', third]));
    expect(party.units).not.toContain('HP-BTDKT');
    const history = (
      await call('GET', `/audit/plans/${cityId}/events?limit=50`, { token: await login('hp.auditor') })
    ).body;
    const launch = (history.items ?? history).find((e: { type: string }) => e.type === 'PlanLaunched');
    expect(launch.data.parties).toEqual([
      { label: 'các xã, phường', taskCodes: ['I.3'], units: party.units },
    ]);

    // The commune sees the city's plan that gives it tasks, not the work of the city's units.
    const owner = await login('owner');
    const above = (await call('GET', '/plans?from=above&limit=100', { token: owner })).body.items;
    expect(above.map((p: { id: string }) => p.id)).toContain(cityId);
    const own = (await call('GET', '/plans?limit=500', { token: owner })).body.items;
    expect(own.map((p: { id: string }) => p.id)).not.toContain(cityId);
    expect((await call('GET', `/plans/${cityId}`, { token: owner })).status).toBe(200);
    expect((await call('GET', `/plans/${cityId}/tasks`, { token: owner })).status).toBe(404);
    expect((await call('POST', `/plans/${cityId}/launch`, { token: owner })).status).toBe(404);

    // Its implementing plan cites the city's plan and the task it answers: only one it was given.
    const implementing = (basis: object) =>
      smallPlan({ issuer: 'Ủy ban nhân dân xã Kim Thành', basis } as never);
    const wrongTask = await call('POST', '/plans', {
      token: owner,
      body: implementing({ planId: cityId, taskCode: 'I.2' }),
    });
    expect(wrongTask.status).toBe(422);
    expect(wrongTask.body.details.field).toBe('basis.taskCode');
    const unknown = await call('POST', '/plans', {
      token: owner,
      body: implementing({ planId: randomUUID(), taskCode: 'I.1' }),
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.details.field).toBe('basis.planId');
    const child = await call('POST', '/plans', {
      token: owner,
      body: implementing({ planId: cityId, taskCode: 'I.1' }),
    });
    expect(child.status).toBe(201);
    expect(child.body).toMatchObject({ parentPlanId: cityId, parentTaskCode: 'I.1' });
    await launched(child.body.id, owner);
    const { body: tasks } = await call('GET', `/plans/${child.body.id}/tasks`, { token: owner });
    const i1 = tasks.items.find((t: { code: string }) => t.code === 'I.1').taskId;
    await call('POST', `/tasks/${i1}/progress`, {
      token: await login('ttvh'),
      body: { status: 'done', result: 'Đã tuyên truyền tại 12 thôn' },
    });
    await call('POST', `/plans/${child.body.id}/indicator-values`, {
      token: await login('vhxh'),
      body: { indicatorCode: 'CT01', period: '2026', numerator: 9, denominator: 10 },
    });

    // The commune itself, granted the unit role for its own code, reports on the city's task.
    const username = `kt.${Date.now().toString(36)}`;
    const opened = await call('POST', '/organisations/XA-KIM-THANH/people', {
      token: await login('quantri'),
      body: {
        fullName: 'Vũ Thị Tổng Hợp',
        position: 'Công chức Văn phòng HĐND và UBND xã',
        account: { username, password: 'lan-dau-2026-kt' },
        grants: [{ role: 'unit', unitCode: 'XA-KIM-THANH' }],
      },
    });
    expect(opened.status).toBe(201);
    const first = (await call('POST', '/auth/login', { body: { username, password: 'lan-dau-2026-kt' } }))
      .body;
    await call('POST', '/auth/password', {
      token: first.accessToken,
      body: { currentPassword: 'lan-dau-2026-kt', newPassword: 'cua-xa-kim-thanh-1' },
    });
    const commune = first.accessToken;
    const mine = (await call('GET', '/me/tasks?limit=100', { token: commune })).body.items;
    const given = mine.find(
      (t: { planId: string; taskCode: string }) => t.planId === cityId && t.taskCode === 'I.1',
    );
    expect(given).toBeDefined();
    // Each commune learns a group of coordinators by its label and size, not thousands of codes.
    const grouped = mine.find(
      (t: { planId: string; taskCode: string }) => t.planId === cityId && t.taskCode === 'I.3',
    );
    expect(grouped).toMatchObject({ role: 'coordinating', coordinatingUnits: [] });
    expect((await call('GET', `/tasks/${grouped.taskId}`, { token: commune })).body).toMatchObject({
      leadUnit: 'HP-BTDKT',
      coordinatingUnits: [],
      coordinatingGroups: [{ label: 'các xã, phường', units: party.units.length }],
    });
    expect((await call('GET', `/tasks/${given.taskId}`, { token: commune })).body).toMatchObject({
      coordinatingUnits: ['XA-LAI-KHE', third],
      coordinatingGroups: [],
    });
    expect((await call('GET', `/tasks/${given.taskId}`, { token: await login('lk.owner') })).status).toBe(
      404,
    );
    const progress = await call('POST', `/tasks/${given.taskId}/progress`, {
      token: commune,
      body: { status: 'done', result: 'Đã ban hành Kế hoạch triển khai và thực hiện' },
    });
    expect(progress.status).toBe(200);

    const report = await eventually(async () => {
      const reply = await call('GET', `/plans/${cityId}/reports/consolidated`, { token: cityOwner });
      const kimThanh = reply.body.implementation?.find((o: any) => o.organisationCode === 'XA-KIM-THANH');
      return kimThanh?.planTasksDone === 1 && kimThanh.tasksDone === 1 && kimThanh.indicators[0].denominator
        ? reply.body
        : undefined;
    });
    const ours = report.implementation.filter((o: any) =>
      ['XA-KIM-THANH', 'XA-LAI-KHE', third].includes(o.organisationCode),
    );
    expect(ours.map((o: any) => [o.organisationCode, o.tasks, !!o.plan]).sort()).toEqual(
      [
        ['XA-KIM-THANH', ['I.1', 'I.3'], true],
        ['XA-LAI-KHE', ['I.1', 'I.2', 'I.3'], false],
        [third, ['I.1', 'I.3'], false],
      ].sort(),
    );
    expect(report.implementation.find((o: any) => o.organisationCode === 'XA-KIM-THANH')).toMatchObject({
      plan: { id: child.body.id, number: child.body.number, status: 'launched' },
      planTasks: 1,
      planTasksDone: 1,
      indicators: [{ code: 'CT01', numerator: 9, denominator: 10, percent: 90 }],
    });
    // A group of coordinators is written as its label and size, not as every commune's name.
    const rows = report.groups[0].tasks;
    expect(rows.find((t: { code: string }) => t.code === 'I.3')).toMatchObject({
      coordinatingUnits: [],
      coordinatingUnitNames: [`các xã, phường (${party.units.length} đơn vị)`],
    });
    expect(rows.find((t: { code: string }) => t.code === 'I.1').coordinatingUnits).toEqual([
      'XA-LAI-KHE',
      third,
    ]);
    const text = await docxText(`/plans/${cityId}/reports/consolidated?format=docx`, cityOwner);
    expect(text).toContain(`1/${report.implementation.length} đơn vị đã ban hành kế hoạch triển khai`);
    expect(text).toContain('TÌNH HÌNH TRIỂN KHAI CỦA CẤP DƯỚI');
    expect(text).toContain('CT01: 9/10 = 90,00 %');
    // The other commune reads nothing of Kim Thành's plan through the city's.
    expect((await call('GET', `/plans/${child.body.id}`, { token: await login('lk.owner') })).status).toBe(
      404,
    );
  });
});
