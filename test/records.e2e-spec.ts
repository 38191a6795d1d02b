import { apiUrl, call, eventCount, login } from './support/client';

/**
 * Records over the years (hồ sơ thành tích), brought in from paper by the standing agency: the
 * titles a person received and how they were rated each year, kept once, never overwritten.
 */
describe('an organisation’s records over the years', () => {
  it('keeps a person’s titles and yearly ratings; a repeat changes nothing, a different fact is refused', async () => {
    const admin = await login('quantri');
    const added = await call('POST', '/organisations/XA-KIM-THANH/people', {
      token: admin,
      body: { fullName: 'Hoàng Thị Hồ Sơ', position: 'Chuyên viên', unitCode: 'TTVH' },
    });
    expect(added.status).toBe(201);
    const personId: string = added.body.person.id;
    const standing = await login('vhxh');
    const subject = { kind: 'person', personId };
    const route = '/organisations/XA-KIM-THANH/records';

    const title = {
      subject,
      year: 2025,
      form: 'Lao động tiên tiến',
      decisionNumber: '125/QĐ-UBND',
      decidedOn: '2025-12-20',
      issuer: 'Ủy ban nhân dân xã Kim Thành',
    };
    const recorded = await call('POST', `${route}/titles`, { token: standing, body: title });
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({ year: 2025, form: 'Lao động tiên tiến', source: 'imported' });
    for (const [year, rating] of [
      [2024, 'hoan_thanh'],
      [2025, 'hoan_thanh_tot'],
    ] as const)
      expect(
        (await call('POST', `${route}/ratings`, { token: standing, body: { subject, year, rating } })).status,
      ).toBe(201);

    const before = await eventCount();
    expect((await call('POST', `${route}/titles`, { token: standing, body: title })).status).toBe(201);
    const other = await call('POST', `${route}/titles`, {
      token: standing,
      body: { ...title, decisionNumber: '9/QĐ-UBND' },
    });
    expect(other.status).toBe(409);
    expect(other.body).toMatchObject({ code: 'RECORD_CONFLICT', details: { field: 'form' } });
    const rerated = await call('POST', `${route}/ratings`, {
      token: standing,
      body: { subject, year: 2025, rating: 'hoan_thanh_xuat_sac' },
    });
    expect(rerated.body).toMatchObject({ code: 'RECORD_CONFLICT', details: { field: 'rating' } });
    expect(rerated.body.message).toContain('Hoàn thành tốt nhiệm vụ');
    const ahead = await call('POST', `${route}/ratings`, {
      token: standing,
      body: { subject, year: 2099, rating: 'hoan_thanh' },
    });
    expect(ahead.body).toMatchObject({ details: { field: 'year' } });
    const stranger = await call('POST', `${route}/ratings`, {
      token: standing,
      body: { subject: { kind: 'collective', unitCode: 'LK-TTVH' }, year: 2025, rating: 'hoan_thanh' },
    });
    expect(stranger.status).toBe(404);
    expect(stranger.body.details).toMatchObject({ field: 'subject.unitCode' });
    const inside = await call('POST', '/organisations/TTVH/records/ratings', {
      token: standing,
      body: { subject: { kind: 'collective', unitCode: 'TTVH' }, year: 2025, rating: 'hoan_thanh' },
    });
    expect(inside.body).toMatchObject({ code: 'NOT_AN_ORGANISATION', details: { field: 'code' } });
    expect(await eventCount()).toBe(before);

    const record = (await call('GET', `${route}?person=${personId}`, { token: await login('council2') }))
      .body;
    expect(
      record.titles.map((t: { form: string; decisionNumber: string }) => `${t.form} ${t.decisionNumber}`),
    ).toEqual(['Lao động tiên tiến 125/QĐ-UBND']);
    expect(record.ratings.map((r: { year: number; label: string }) => `${r.year}: ${r.label}`)).toEqual([
      '2025: Hoàn thành tốt nhiệm vụ',
      '2024: Hoàn thành nhiệm vụ',
    ]);
    // Another commune's standing agency sees none of it; a unit's member may not write it.
    expect((await call('GET', `${route}?person=${personId}`, { token: await login('lk.vhxh') })).status).toBe(
      404,
    );
    expect(
      (
        await call('POST', `${route}/ratings`, {
          token: await login('ttvh'),
          body: { subject, year: 2023, rating: 'hoan_thanh' },
        })
      ).status,
    ).toBe(403);
  });

  it('brings a sheet of history in: checked first, every error by row and column, then imported once', async () => {
    const admin = await login('quantri');
    const name = `Lê Văn Nhập ${Date.now().toString(36)}`;
    const added = await call('POST', '/organisations/XA-KIM-THANH/people', {
      token: admin,
      body: { fullName: name, position: 'Cán bộ', unitCode: 'VP' },
    });
    const personId: string = added.body.person.id;
    const standing = await login('vhxh');
    const header =
      'Họ và tên,Mã đơn vị,Năm,Xếp loại,"Danh hiệu, hình thức khen thưởng",Số quyết định,Ngày quyết định,Cơ quan quyết định';
    const upload = async (csv: string, dryRun: boolean) => {
      const form = new FormData();
      form.append('file', new Blob([csv], { type: 'text/csv' }), 'ho-so.csv');
      const response = await fetch(
        `${apiUrl()}/organisations/XA-KIM-THANH/records/import${dryRun ? '?dryRun=true' : ''}`,
        { method: 'POST', headers: { authorization: `Bearer ${standing}` }, body: form },
      );
      return { status: response.status, body: (await response.json()) as any };
    };
    const before = await eventCount();
    const bad = await upload(
      [header, `${name},VP,2024,Giỏi,,,,`, `${name},LK-TTVH,2024,Hoàn thành nhiệm vụ,,,,`].join('\n'),
      false,
    );
    expect(bad.body).toMatchObject({ imported: false, total: 2 });
    expect(bad.body.errors.map((e: { row: number; column: string }) => `${e.row} ${e.column}`)).toEqual([
      '2 Xếp loại',
      '3 Mã đơn vị',
      '3 Họ và tên', // nor is the person in a unit not the commune's
    ]);
    expect(await eventCount()).toBe(before);

    const good = [
      header,
      `${name},VP,2023,Hoàn thành tốt nhiệm vụ,,,,`,
      `${name},VP,2024,Hoàn thành xuất sắc nhiệm vụ,Lao động tiên tiến,88/QĐ-UBND,18/12/2024,Ủy ban nhân dân xã Kim Thành`,
      `,VP,2024,Hoàn thành tốt nhiệm vụ,Tập thể lao động tiên tiến,89/QĐ-UBND,18/12/2024,Ủy ban nhân dân xã Kim Thành`,
    ].join('\n');
    const preview = await upload(good, true);
    expect(preview.body).toMatchObject({ imported: false, errors: [], ratings: 3, titles: 2 });
    expect(await eventCount()).toBe(before);
    expect((await upload(good, false)).body).toMatchObject({ imported: true, errors: [] });
    const written = await eventCount();
    expect(written - before).toBe(5);
    expect((await upload(good, false)).body).toMatchObject({ imported: true });
    expect(await eventCount()).toBe(written);

    const record = (
      await call('GET', `/organisations/XA-KIM-THANH/records?person=${personId}`, { token: standing })
    ).body;
    expect(record.ratings.map((r: { year: number; rating: string }) => `${r.year} ${r.rating}`)).toEqual([
      '2024 hoan_thanh_xuat_sac',
      '2023 hoan_thanh_tot',
    ]);
    expect(record.titles).toEqual([
      expect.objectContaining({ form: 'Lao động tiên tiến', decidedOn: '2024-12-18', source: 'imported' }),
    ]);
    const subjects = (await call('GET', '/organisations/XA-KIM-THANH/records/subjects', { token: standing }))
      .body;
    expect(subjects.people).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: personId, unitCode: 'VP' })]),
    );
    const units = subjects.units.map((u: { code: string }) => u.code);
    expect(units).toEqual(expect.arrayContaining(['XA-KIM-THANH', 'VP']));
    expect(units).not.toContain('LK-TTVH');
    const office = (await call('GET', '/organisations/XA-KIM-THANH/records?unit=VP', { token: standing }))
      .body;
    expect(office.titles.map((t: { decisionNumber: string }) => t.decisionNumber)).toContain('89/QĐ-UBND');
  });
});
