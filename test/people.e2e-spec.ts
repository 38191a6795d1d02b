import { call, eventCount, launched, login, sql } from './support/client';
import { smallPlan } from './support/fixtures';

const tag = Date.now().toString(36);

async function passwordLogin(username: string, password: string) {
  return call('POST', '/auth/login', { body: { username, password } });
}

describe('people, accounts and roles of an organisation', () => {
  it('an admin opens an account; its person must change the first password, then acts; a revoked role stops on the next request', async () => {
    const admin = await login('lk.quantri');
    const username = `an.${tag}`;
    const created = await call('POST', '/organisations/XA-LAI-KHE/people', {
      token: admin,
      body: {
        fullName: 'Trần Thị An',
        position: 'Trưởng thôn',
        unitCode: 'LK-THONAT',
        account: { username, password: 'cap-lan-dau-1' },
        grants: [{ role: 'unit', unitCode: 'LK-THONAT' }],
      },
    });
    expect(created.status).toBe(201);
    expect(created.body.accounts[0]).toMatchObject({ id: username, mustChangePassword: true, active: true });
    // The same call again changes nothing.
    const before = await eventCount();
    const again = await call('POST', '/organisations/XA-LAI-KHE/people', {
      token: admin,
      body: {
        fullName: 'Trần Thị An',
        position: 'Trưởng thôn',
        unitCode: 'LK-THONAT',
        account: { username, password: 'cap-lan-dau-1' },
        grants: [{ role: 'unit', unitCode: 'LK-THONAT' }],
      },
    });
    expect(again.status).toBe(201);
    expect(await eventCount()).toBe(before);

    const first = await passwordLogin(username, 'cap-lan-dau-1');
    expect(first.body).toMatchObject({ mustChangePassword: true, role: 'unit', unitCode: 'LK-THONAT' });
    const token = first.body.accessToken;
    expect((await call('GET', '/me/tasks', { token })).body.code).toBe('PASSWORD_CHANGE_REQUIRED');
    const weak = await call('POST', '/auth/password', {
      token,
      body: { currentPassword: 'cap-lan-dau-1', newPassword: 'ngan' },
    });
    expect(weak).toMatchObject({ status: 400, body: { details: [{ field: 'newPassword' }] } });
    const wrong = await call('POST', '/auth/password', {
      token,
      body: { currentPassword: 'sai-mat-khau', newPassword: 'cua-rieng-toi-2' },
    });
    expect(wrong).toMatchObject({ status: 422, body: { details: { field: 'currentPassword' } } });
    expect(
      (
        await call('POST', '/auth/password', {
          token,
          body: { currentPassword: 'cap-lan-dau-1', newPassword: 'cua-rieng-toi-2' },
        })
      ).status,
    ).toBe(204);
    expect((await passwordLogin(username, 'cap-lan-dau-1')).status).toBe(401);
    expect((await call('GET', '/me/tasks', { token })).status).toBe(200);
    expect((await call('GET', '/me', { token })).body).toMatchObject({
      displayName: 'Trần Thị An',
      organisationName: 'Xã Lai Khê',
      mustChangePassword: false,
    });

    // Revoked today: the very next request in that role is refused.
    const grantId = created.body.accounts[0].grants[0].id;
    expect(
      (await call('POST', `/grants/${grantId}/revoke`, { token: admin, body: { reason: 'Thôi giữ chức' } }))
        .status,
    ).toBe(200);
    expect((await call('GET', '/me/tasks', { token })).status).toBe(403);

    // Every change is an event of the commune's people stream, by whom it was made.
    const events = await sql<{ type: string; actor: string }>(
      `SELECT type, metadata->'actor'->>'username' AS actor FROM events
        WHERE stream_id = 'people-XA-LAI-KHE' AND (data->>'username' = $1 OR data->>'grantId' = $2)
        ORDER BY position`,
      [username, grantId],
    );
    expect(events.map((e) => e.type)).toEqual([
      'AccountOpened',
      'RoleGranted',
      'PasswordChanged',
      'RoleRevoked',
    ]);
    expect(events.map((e) => e.actor)).toEqual(['lk.quantri', 'lk.quantri', username, 'lk.quantri']);
  });

  it('a disabled account stops at once, and a reset password must be changed again', async () => {
    const admin = await login('lk.quantri');
    const username = `binh.${tag}`;
    await call('POST', '/organisations/XA-LAI-KHE/people', {
      token: admin,
      body: {
        fullName: 'Lê Văn Bình',
        account: { username, password: 'cap-lan-dau-1' },
        grants: [{ role: 'council', councilPost: 'member' }],
      },
    });
    const token = (await passwordLogin(username, 'cap-lan-dau-1')).body.accessToken;
    await call('POST', '/auth/password', {
      token,
      body: { currentPassword: 'cap-lan-dau-1', newPassword: 'rieng-tu-999' },
    });
    expect((await call('GET', '/me/inbox', { token })).status).toBe(200);
    await call('POST', `/accounts/${username}/disable`, { token: admin, body: { reason: 'Nghỉ hưu' } });
    expect((await call('GET', '/me/inbox', { token })).status).toBe(401);
    expect((await passwordLogin(username, 'rieng-tu-999')).status).toBe(401);
    await call('POST', `/accounts/${username}/enable`, { token: admin });
    await call('POST', `/accounts/${username}/password-reset`, {
      token: admin,
      body: { password: 'dat-lai-7777' },
    });
    const reset = await passwordLogin(username, 'dat-lai-7777');
    expect(reset.body.mustChangePassword).toBe(true);
  });

  it('refuses bad input by field, a user name of another organisation, and admins of other communes', async () => {
    const admin = await login('lk.quantri');
    const before = await eventCount();
    const bad = await call('POST', '/organisations/XA-LAI-KHE/people', {
      token: admin,
      body: { fullName: '', account: { username: 'Có Dấu', password: '1' }, grants: [{ role: 'vua' }] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.details.map((d: { field: string }) => d.field).sort()).toEqual(
      ['account.password', 'account.username', 'fullName', 'grants.0.role'].sort(),
    );
    const foreignUnit = await call('POST', '/organisations/XA-LAI-KHE/people', {
      token: admin,
      body: { fullName: 'Người nhầm xã', unitCode: 'THONKL' },
    });
    expect(foreignUnit).toMatchObject({ status: 422, body: { details: { field: 'unitCode' } } });
    const taken = await call('POST', '/organisations/XA-LAI-KHE/people', {
      token: admin,
      body: { fullName: 'Trùng tên đăng nhập', account: { username: 'owner', password: 'mat-khau-dai' } },
    });
    expect(taken).toMatchObject({ status: 409, body: { details: { field: 'account.username' } } });
    // Kim Thành's admin does not see Lai Khê's people, nor act on its accounts.
    const other = await login('quantri');
    expect((await call('GET', '/organisations/XA-LAI-KHE/people', { token: other })).status).toBe(404);
    expect(
      (
        await call('POST', `/accounts/an.${tag}/password-reset`, {
          token: other,
          body: { password: 'x'.repeat(10) },
        })
      ).status,
    ).toBe(404);
    expect(await eventCount()).toBe(before);
    // The city's admin serves its communes.
    const city = await login('hp.quantri');
    expect((await call('GET', '/organisations/XA-LAI-KHE/people', { token: city })).status).toBe(200);
  });

  it('gathers in one inbox what awaits a person in each of the roles they hold', async () => {
    // A plan with an open review (the standing agency's) and a report request to TTVH (the unit's).
    const owner = await login('owner');
    const plan = (await call('POST', '/plans', { token: owner, body: smallPlan() })).body;
    await launched(plan.id, owner);
    const review = (
      await call('POST', `/plans/${plan.id}/reviews`, { token: owner, body: { phaseCode: 'GD1' } })
    ).body;
    const request = (
      await call('POST', `/plans/${plan.id}/report-requests`, {
        token: owner,
        body: {
          number: `${tag}/UBND-VHXH`,
          issuedOn: new Date().toISOString().slice(0, 10),
          subject: 'Báo cáo nhanh kết quả tháng',
          // Due a month from now: a request is issued at the moment it is sent.
          dueDate: new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10),
          units: ['TTVH'],
        },
      })
    ).body;

    expect(request).toHaveProperty('id');
    const username = `hai.vai.${tag}`;
    await call('POST', '/organisations/XA-KIM-THANH/people', {
      token: await login('quantri'),
      body: {
        fullName: 'Vũ Thị Hai Vai',
        position: 'Giám đốc Trung tâm, kiêm công chức Văn hóa – Xã hội',
        unitCode: 'TTVH',
        account: { username, password: 'cap-lan-dau-1' },
        grants: [
          { role: 'unit', unitCode: 'TTVH' },
          { role: 'standing', unitCode: 'VHXH' },
        ],
      },
    });
    const token = (await passwordLogin(username, 'cap-lan-dau-1')).body.accessToken;
    await call('POST', '/auth/password', {
      token,
      body: { currentPassword: 'cap-lan-dau-1', newPassword: 'hai-vai-mot-nguoi' },
    });
    const links = ((await call('GET', '/me/inbox', { token })).body as Array<{ link: string }>).map(
      (i) => i.link,
    );
    expect(links).toContain(`/reviews/${review.id}`);
    expect(links).toContain(`/report-requests/${request.id}`);
  });

  it('transfers a person to another unit from a day, keeping the former post; never back in time', async () => {
    const admin = await login('quantri');
    const { body: created } = await call('POST', '/organisations/XA-KIM-THANH/people', {
      token: admin,
      body: {
        fullName: `Lý Thị Chuyển ${Date.now().toString(36)}`,
        position: 'Cán bộ văn hóa',
        unitCode: 'TTVH',
      },
    });
    const route = `/people/${created.person.id}/post`;
    const moved = await call('POST', route, {
      token: admin,
      body: { unitCode: 'VHXH', position: 'Chuyên viên', on: '2026-07-01' },
    });
    expect(moved.status).toBe(200);
    expect(moved.body.person).toMatchObject({
      unitCode: 'VHXH',
      position: 'Chuyên viên',
      formerPosts: [{ unitCode: 'TTVH', position: 'Cán bộ văn hóa', until: '2026-07-01' }],
    });
    const before = await eventCount();
    const backwards = await call('POST', route, {
      token: admin,
      body: { unitCode: 'THONKL', on: '2026-06-01' },
    });
    expect(backwards.status).toBe(422);
    expect(backwards.body.details.field).toBe('on');
    const elsewhere = await call('POST', route, {
      token: admin,
      body: { unitCode: 'LK-THONAT', on: '2026-08-01' },
    });
    expect(elsewhere.status).toBe(422);
    expect(elsewhere.body.details.field).toBe('unitCode');
    expect(
      (await call('POST', route, { token: await login('lk.quantri'), body: { on: '2026-08-01' } })).status,
    ).toBe(404);
    expect(await eventCount()).toBe(before);
  });
});
