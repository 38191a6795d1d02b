import { call, login } from '../support/client';
import { choose, logIn, newSession, PHONE, screenshot, sharedBrowser, typeDate } from '../support/browser';

const browser = sharedBrowser();

describe('people and accounts, in the browser', () => {
  it('an admin opens an account with a role; its person signs in, sets a password of their own, and works', async () => {
    const username = `cuong.${Date.now().toString(36)}`;
    const admin = await (await newSession(browser())).newPage();
    await logIn(admin, 'lk.quantri');
    await admin.getByRole('link', { name: 'Người dùng', exact: true }).click();
    await admin.getByRole('heading', { name: 'Người dùng và vai trò' }).waitFor();
    // What the commune is known by, as the demo set it: new plans start from it.
    await admin.getByText('Thông tin cơ quan ban hành – Xã Lai Khê').waitFor();
    expect(await admin.getByLabel('Cơ quan ban hành văn bản').inputValue()).toBe(
      'Ủy ban nhân dân xã Lai Khê',
    );
    await admin.getByRole('button', { name: 'Lưu thông tin cơ quan' }).click();
    await admin.getByText('Đã lưu thông tin cơ quan').waitFor();
    await admin.getByRole('button', { name: 'Thêm người dùng' }).click();
    await admin.getByLabel('Họ và tên').fill('Phạm Văn Cường');
    await admin.getByLabel('Chức vụ').fill('Trưởng thôn An Thái');
    await choose(admin, 'Đơn vị công tác', 'Thôn An Thái');
    await admin.getByLabel('Tên đăng nhập').fill(username);
    // Too short: the API's refusal shows at the field, and nothing is created.
    await admin.getByLabel(/Mật khẩu ban đầu/).fill('123');
    await choose(admin, 'Vai trò', 'Đơn vị');
    await choose(admin, 'Đơn vị của vai trò', 'Thôn An Thái');
    await admin.getByRole('button', { name: 'Thêm', exact: true }).click();
    await admin.getByText('password phải có ít nhất 8 ký tự').waitFor();
    await admin.getByLabel(/Mật khẩu ban đầu/).fill('cap-lan-dau-2026');
    await admin.getByRole('button', { name: 'Thêm', exact: true }).click();
    await admin.getByText(username).waitFor();
    await admin.getByText('Chờ đổi mật khẩu').first().waitFor();
    await screenshot(admin, 'nguoi-dung');

    // The person, on a phone: signs in with the first password, must change it, then sees the tasks.
    const person = await (await newSession(browser(), PHONE)).newPage();
    await logIn(person, username, 'cap-lan-dau-2026');
    await person.getByRole('heading', { name: 'Đổi mật khẩu' }).waitFor();
    await person.getByLabel('Mật khẩu được cấp').fill('cap-lan-dau-2026');
    await person.getByLabel('Mật khẩu mới', { exact: true }).fill('cua-rieng-cuong-1');
    await person.getByLabel('Nhập lại mật khẩu mới').fill('cua-rieng-cuong-1');
    await screenshot(person, 'doi-mat-khau');
    await person.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await person.getByRole('link', { name: 'Nhiệm vụ của tôi' }).waitFor();
    await person.getByTestId('person').getByText('Phạm Văn Cường').waitFor();
    expect(
      (await call('POST', '/auth/login', { body: { username, password: 'cua-rieng-cuong-1' } })).status,
    ).toBe(200);

    // The admin revokes the role: the person's next request is refused.
    await admin.reload();
    await admin
      .getByLabel(/Thu hồi Đơn vị/)
      .first()
      .click();
    await admin.getByText(/thu hồi \d\d\/\d\d\/\d{4}/).waitFor();
    // With no role left, the person cannot even sign in.
    const refused = await call('POST', '/auth/login', { body: { username, password: 'cua-rieng-cuong-1' } });
    expect(refused).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    const people = (
      await call('GET', '/organisations/XA-LAI-KHE/people', { token: await login('lk.quantri') })
    ).body as Array<{ accounts: Array<{ id: string; grants: Array<{ revokedOn: string | null }> }> }>;
    const account = people.flatMap((p) => p.accounts).find((a) => a.id === username)!;
    expect(account.grants[0].revokedOn).not.toBeNull();

    // He moves to the commune's cultural centre from 01/07/2026: his former post stays on record.
    await admin
      .getByRole('row', { name: new RegExp(username) })
      .getByRole('button', { name: 'Chuyển công tác' })
      .click();
    await choose(admin, 'Đơn vị công tác mới', 'Trung tâm Văn hóa');
    await admin.getByLabel('Chức vụ mới').fill('Viên chức Trung tâm');
    await typeDate(admin, 'Từ ngày', '01/07/2026');
    await admin.getByRole('dialog').getByRole('button', { name: 'Ghi nhận' }).click();
    await admin
      .getByRole('row', { name: new RegExp(username) })
      .getByText('Trước 01/07/2026: Trưởng thôn An Thái · Thôn An Thái')
      .waitFor();
    await screenshot(admin, 'nguoi-dung-chuyen-cong-tac');
  });

  it('an admin checks a sheet (errors by row and column), then imports it and follows its progress', async () => {
    const tag = Date.now().toString(36).slice(-5).toUpperCase();
    const header = 'Mã đơn vị,Tên đơn vị,Loại đơn vị,Mã đơn vị cấp trên';
    const bad = `${header}\nLK-T${tag},Thôn Tân ${tag},thon,XA-LAI-KHE\nlk sai,Thôn Sai,lang,XA-LAI-KHE\n`;
    const good = `${header}\nLK-T${tag},Thôn Tân ${tag},thon,XA-LAI-KHE\nLK-U${tag},Thôn Úc ${tag},thon,XA-LAI-KHE\n`;
    const admin = await (await newSession(browser())).newPage();
    await logIn(admin, 'lk.quantri');
    await admin.getByRole('link', { name: 'Người dùng', exact: true }).click();
    const file = admin.locator('input[type=file]');
    await file.setInputFiles({ name: 'thon-loi.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
    await admin.getByText(/Tệp có 2 lỗi/).waitFor();
    await admin.getByRole('row', { name: /3 Mã đơn vị/ }).waitFor();
    await admin.getByRole('row', { name: /3 Loại đơn vị/ }).waitFor();
    await screenshot(admin, 'nhap-tep-loi');
    await file.setInputFiles({ name: 'thon.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
    await admin.getByRole('button', { name: 'Nhập 2 dòng' }).click();
    await admin.getByText('Đã nhập xong 2 dòng, 2 dòng có thay đổi').waitFor();
    await screenshot(admin, 'nhap-tep-xong');
    const unit = await call('GET', `/units/LK-U${tag}`, { token: await login('lk.quantri') });
    expect(unit.body).toMatchObject({ name: `Thôn Úc ${tag}`, parentCode: 'XA-LAI-KHE' });
  });
});
