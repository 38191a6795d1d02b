import { call, login } from '../support/client';
import { choose, logIn, newSession, screenshot, sharedBrowser } from '../support/browser';

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
    await owner.getByRole('button', { name: 'Thêm', exact: true }).click();
    await owner.getByRole('cell', { name: code, exact: true }).waitFor();
    await screenshot(owner, 'don-vi');
    expect((await call('GET', `/units/${code}`, { token: await login('owner') })).body.kind).toBe('thon');

    const standing = await (await newSession(browser())).newPage();
    await logIn(standing, 'vhxh');
    await standing.getByRole('link', { name: 'Đơn vị', exact: true }).click();
    await standing.getByRole('button', { name: `Thôn Đồng Tâm ${code}` }).click();
    await choose(standing, 'Loại vướng mắc', 'Có khiếu nại');
    await standing.getByLabel('Lý do').fill('Khiếu nại về kết quả bình xét chưa được giải quyết');
    await standing.getByRole('button', { name: 'Ghi nhận vướng mắc' }).click();
    await standing.getByText('Khiếu nại về kết quả bình xét chưa được giải quyết').first().waitFor();
    await screenshot(standing, 'don-vi-vuong-mac');
    await standing.getByRole('button', { name: 'Gỡ bỏ' }).click();
    await standing.getByText(/đã gỡ/).waitFor();
    const [restriction] = (await call('GET', `/units/${code}/restrictions`, { token: await login('vhxh') }))
      .body;
    expect(restriction).toMatchObject({ kind: 'complaint', active: false });
  });
});
