import { call, eventCount, login } from './support/client';
import { smallPlan } from './support/fixtures';

/** Codes of this run, so reruns against the same database never collide. */
const tag = Date.now().toString(36).toUpperCase();
const code = (name: string) => `${name}-${tag}`.slice(0, 32);

describe('the unit directory as data with history', () => {
  it('serves the kinds of every level, and takes a new kind from an admin only', async () => {
    const owner = await login('owner');
    const kinds = (await call('GET', '/unit-kinds', { token: owner })).body as Array<{
      code: string;
      label: string;
      level: string;
    }>;
    expect(kinds.find((k) => k.code === 'phuong')).toMatchObject({ label: 'Phường', level: 'commune' });
    expect(kinds.find((k) => k.code === 'so_ban_nganh')).toMatchObject({ level: 'department' });
    expect(kinds.find((k) => k.code === 'thanh_pho')).toMatchObject({ level: 'province' });

    const kind = { code: `htx_${tag.toLowerCase()}`, label: 'Hợp tác xã', level: 'internal' };
    const before = await eventCount();
    expect((await call('POST', '/unit-kinds', { token: owner, body: kind })).status).toBe(403);
    const bad = await call('POST', '/unit-kinds', {
      token: await login('admin'),
      body: { ...kind, level: 'x' },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details[0].field).toBe('level');
    expect(await eventCount()).toBe(before);

    const admin = await login('admin');
    expect((await call('POST', '/unit-kinds', { token: admin, body: kind })).body).toMatchObject({
      ...kind,
      defined: true,
    });
    const unit = { code: code('HTX'), name: 'Hợp tác xã Nông nghiệp', kind: kind.code };
    expect((await call('POST', '/units', { token: owner, body: unit })).body.kindLabel).toBe('Hợp tác xã');

    // A plan's indicator may target the new kind; an unknown kind is refused at its field.
    const vocabulary = (await call('GET', '/plans/vocabulary', { token: owner })).body;
    expect(vocabulary.unitKinds).toContainEqual({ value: kind.code, label: 'Hợp tác xã' });
    const plan = smallPlan();
    plan.indicators[0].unitKinds = [kind.code, 'khong_co'];
    const refused = await call('POST', '/plans', { token: owner, body: plan });
    expect(refused.status).toBe(422);
    expect(refused.body).toMatchObject({
      code: 'UNKNOWN_UNIT_KIND',
      details: { field: 'indicators.0.unitKinds.1' },
    });
  });

  it('registers a ward and a quarter; renames, merges and dissolves keep the history', async () => {
    const owner = await login('owner');
    const on = '2025-07-01';
    const [a, b, quarter] = [code('PHUONG-A'), code('PHUONG-B'), code('TDP-1')];
    for (const body of [
      { code: a, name: 'Phường A', kind: 'phuong' },
      { code: b, name: 'Phường B', kind: 'phuong', validFrom: '2020-01-01' },
      { code: quarter, name: 'Tổ dân phố số 1', kind: 'to_dan_pho', parentCode: a },
    ])
      expect((await call('POST', '/units', { token: owner, body })).status).toBe(201);

    const renamed = await call('POST', `/units/${b}/rename`, {
      token: owner,
      body: { name: 'Phường Hải An', on },
    });
    expect(renamed.body).toMatchObject({
      name: 'Phường Hải An',
      formerNames: [{ name: 'Phường B', until: on }],
    });

    const merged = await call('POST', `/units/${a}/merge`, { token: owner, body: { into: b, on } });
    expect(merged.body).toMatchObject({ endedOn: on, mergedInto: b });
    const moved = (await call('GET', `/units/${quarter}`, { token: owner })).body;
    expect(moved).toMatchObject({ parentCode: b, formerParents: [{ parentCode: a, until: on }] });

    // A merged unit takes no new work and no further changes; a repeat of the merge changes nothing.
    const before = await eventCount();
    expect((await call('POST', `/units/${a}/merge`, { token: owner, body: { into: b, on } })).status).toBe(
      200,
    );
    const renameEnded = await call('POST', `/units/${a}/rename`, { token: owner, body: { name: 'X', on } });
    expect(renameEnded).toMatchObject({ status: 409, body: { code: 'UNIT_ENDED' } });
    const plan = smallPlan();
    plan.taskGroups[0].tasks[0].leadUnit = a;
    const assigned = await call('POST', '/plans', { token: owner, body: plan });
    expect(assigned).toMatchObject({ status: 422, body: { code: 'UNKNOWN_UNIT' } });
    const cycle = await call('POST', `/units/${b}/move`, { token: owner, body: { parentCode: quarter, on } });
    expect(cycle).toMatchObject({
      status: 422,
      body: { code: 'UNIT_CYCLE', details: { field: 'parentCode' } },
    });
    expect(await eventCount()).toBe(before);

    expect((await call('POST', `/units/${b}/dissolve`, { token: owner, body: { on } })).body.code).toBe(
      'UNIT_HAS_UNITS',
    );
    const dissolved = await call('POST', `/units/${quarter}/dissolve`, { token: owner, body: { on } });
    expect(dissolved.body).toMatchObject({ endedOn: on, mergedInto: null });
    const unknown = await call('POST', `/units/KHONG-CO-${tag}/rename`, {
      token: owner,
      body: { name: 'X', on },
    });
    expect(unknown.status).toBe(404);
    const badDate = await call('POST', `/units/${b}/rename`, {
      token: owner,
      body: { name: 'X', on: '01/07/2025' },
    });
    expect(badDate).toMatchObject({ status: 400, body: { details: [{ field: 'on' }] } });
  });
});
