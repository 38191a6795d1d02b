import { call, login } from '../support/client';
import { choose, logIn, newSession, screenshot, sharedBrowser, step } from '../support/browser';

const browser = sharedBrowser();

describe('the unit directory, in the browser', () => {
  it('lets the owner add a unit (a bad code refused at its field), and the standing agency bar it from rewards', async () => {
    const code = `T${Date.now().toString(36).toUpperCase()}`.slice(0, 12);
    const owner = await (await newSession(browser())).newPage();
    await logIn(owner, 'owner');
    await owner.getByRole('link', { name: 'Đơn vị', exact: true }).click();
    await owner.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await owner.getByLabel('Mã đơn vị', { exact: true }).fill('thôn mới');
    await owner.getByLabel('Tên đơn vị').fill(`Thôn Đồng Tâm ${code}`);
    await choose(owner, 'Loại đơn vị', 'Thôn');
    await owner.getByRole('button', { name: 'Thêm', exact: true }).click();
    await owner.getByText('code phải là mã đơn vị').waitFor();
    await owner.getByLabel('Mã đơn vị', { exact: true }).fill(code);
    await step(owner, 'don-vi-them-lai', async () => {
      await owner.getByRole('dialog').getByRole('button', { name: 'Thêm', exact: true }).click();
      await owner.getByRole('cell', { name: code, exact: true }).waitFor();
    });
    await screenshot(owner, 'don-vi');
    expect((await call('GET', `/units/${code}`, { token: await login('owner') })).body.kind).toBe('thon');

    // The village is renamed from a day: the tree shows its former name, and finds it by it.
    await owner.getByRole('button', { name: `Thay đổi Thôn Đồng Tâm ${code}` }).click();
    await owner.getByLabel('Tên mới').fill(`Thôn Đồng Tâm Mới ${code}`);
    await owner.getByRole('button', { name: 'Ghi nhận', exact: true }).click();
    await owner.getByText(`Tên cũ: Thôn Đồng Tâm ${code}`).waitFor();
    await owner.getByLabel('Tìm đơn vị').fill(`thon dong tam ${code.toLowerCase()}`);
    await owner.getByLabel('Tìm đơn vị').press('Enter');
    await owner.getByRole('button', { name: `Thôn Đồng Tâm Mới ${code}`, exact: true }).waitFor();
    // Only the path down to it stays: the commune, and the village.
    await owner.getByRole('button', { name: 'Xã Kim Thành', exact: true }).waitFor();
    expect(await owner.getByRole('button', { name: 'Thôn Kim Lương', exact: true }).count()).toBe(0);
    await screenshot(owner, 'don-vi-doi-ten');

    const standing = await (await newSession(browser())).newPage();
    await logIn(standing, 'vhxh');
    await standing.getByRole('link', { name: 'Đơn vị', exact: true }).click();
    await standing.getByRole('button', { name: `Thôn Đồng Tâm Mới ${code}`, exact: true }).click();
    await choose(standing, 'Loại vướng mắc', 'Có khiếu nại');
    await standing.getByLabel('Lý do').fill('Khiếu nại về kết quả bình xét chưa được giải quyết');
    await standing.getByRole('button', { name: 'Ghi nhận vướng mắc' }).click();
    // The recorded restriction in the list (not the reason still typed in the form).
    await standing.locator('.ant-list-item', { hasText: 'Khiếu nại về kết quả bình xét' }).waitFor();
    await screenshot(standing, 'don-vi-vuong-mac');
    await standing.getByRole('button', { name: 'Gỡ bỏ' }).click();
    await standing.getByText(/đã gỡ/).waitFor();
    const [restriction] = (await call('GET', `/units/${code}/restrictions`, { token: await login('vhxh') }))
      .body;
    expect(restriction).toMatchObject({ kind: 'complaint', active: false });
    // Only owners and admins change the directory.
    expect(await standing.getByRole('button', { name: 'Thay đổi', exact: false }).count()).toBe(0);
  });

  it('lets the admin add a unit kind, which the unit form then offers', async () => {
    const kind = `htx_${Date.now().toString(36)}`;
    const admin = await (await newSession(browser())).newPage();
    await logIn(admin, 'admin');
    await admin.getByRole('link', { name: 'Đơn vị', exact: true }).click();
    await admin.getByLabel('Mã loại').fill(kind);
    await admin.getByLabel('Tên loại').fill(`Hợp tác xã ${kind}`);
    await admin.getByRole('button', { name: 'Thêm loại' }).click();
    await admin.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await choose(admin, 'Loại đơn vị', `Hợp tác xã ${kind}`);
    await screenshot(admin, 'don-vi-loai-moi');
    const kinds = (await call('GET', '/unit-kinds', { token: await login('admin') })).body;
    expect(kinds).toContainEqual(expect.objectContaining({ code: kind, level: 'internal', defined: true }));
  });
});
