import { call, launched, login } from './support/client';
import { smallPlan } from './support/fixtures';

describe('finding plans, and where a plan stands', () => {
  it('finds plans by words of their number, title or issuer, with or without Vietnamese marks', async () => {
    const owner = await login('owner');
    const stamp = Date.now().toString(36);
    const wanted = smallPlan({ title: `Kế hoạch đẩy mạnh chuyển đổi số ở thôn Đồng Tâm ${stamp}` });
    const other = smallPlan({ title: `Kế hoạch phát triển du lịch ${stamp}` });
    for (const body of [wanted, other])
      expect((await call('POST', '/plans', { token: owner, body })).status).toBe(201);

    const search = async (q: string) =>
      (await call('GET', `/plans?q=${encodeURIComponent(q)}&limit=50`, { token: owner })).body;
    for (const q of [`dong tam ${stamp}`, `ĐỒNG TÂM ${stamp}`, `chuyen doi so ${stamp}`]) {
      const found = await search(q);
      expect([q, found.total, found.items.map((p: any) => p.number)]).toEqual([q, 1, [wanted.number]]);
    }
    expect((await search(stamp)).total).toBe(2);
    expect((await search(wanted.number)).items[0].number).toBe(wanted.number);
    // LIKE's wildcards are searched as written, not as wildcards.
    expect((await search(`%${stamp}`)).total).toBe(0);
    expect((await search(`_${stamp}`)).total).toBe(0);

    const tooLong = await call('GET', `/plans?q=${'a'.repeat(201)}`, { token: owner });
    expect(tooLong.status).toBe(400);
    expect(tooLong.body.message).toContain('“q”');
  });

  it("shows a plan's tasks and reports by unit and its indicators against their targets", async () => {
    const owner = await login('owner');
    const plan = (await call('POST', '/plans', { token: owner, body: smallPlan() })).body;
    await launched(plan.id, owner);
    const empty = (await call('GET', `/plans/${plan.id}/overview`, { token: owner })).body;
    expect(empty.indicators[0]).toMatchObject({ code: 'CT01', targetPercent: 80, percent: null, met: null });

    await call('POST', `/plans/${plan.id}/indicator-values`, {
      token: await login('vhxh'),
      body: { indicatorCode: 'CT01', period: '2026', numerator: 9, denominator: 10 },
    });
    const overview = (await call('GET', `/plans/${plan.id}/overview`, { token: await login('council2') }))
      .body;
    expect(overview.units.map((u: any) => [u.unitCode, u.tasks.not_started])).toEqual([
      ['TTVH', 1],
      ['VHXH', 1],
    ]);
    expect(overview.indicators[0]).toMatchObject({
      percent: 90,
      met: true,
      units: [{ unitCode: 'VHXH', percent: 90, met: true, period: '2026' }],
    });

    // One unit does not read every unit's figures.
    expect((await call('GET', `/plans/${plan.id}/overview`, { token: await login('ttvh') })).status).toBe(
      403,
    );
  });

  it('names each refused field in Vietnamese, and writes nothing', async () => {
    const owner = await login('owner');
    const body = smallPlan({
      title: '',
      signer: 42 as never,
      phases: [{ ...smallPlan().phases[0], review: 'x' as never }],
    });
    const refused = await call('POST', '/plans', { token: owner, body });
    expect(refused.status).toBe(400);
    expect(refused.body.details).toEqual(
      expect.arrayContaining([
        { field: 'title', problems: ['không được để trống'] },
        { field: 'signer', problems: expect.arrayContaining(['phải là chuỗi ký tự']) },
        { field: 'phases.0.review', problems: ['phải là một trong các giá trị: preliminary, final'] },
      ]),
    );
    expect(refused.body.message).toMatch(/^Dữ liệu không hợp lệ ở trường “\w+”: /);
    expect(
      (await call('GET', `/plans?q=${encodeURIComponent(body.number)}`, { token: owner })).body.total,
    ).toBe(0);
  });
});
