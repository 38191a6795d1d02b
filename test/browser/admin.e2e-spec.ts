import { call, eventually, login } from '../support/client';
import { logIn, newSession, screenshot, sharedBrowser, typeDate } from '../support/browser';

const browser = sharedBrowser();

describe('the admin, in the browser', () => {
  it('reads the reward rules in force and the versions published over the national default', async () => {
    const page = await (await newSession(browser())).newPage();
    await logIn(page, 'admin');
    await page.getByRole('link', { name: 'Quy tắc khen thưởng' }).click();
    await page.getByRole('heading', { name: 'Bộ quy tắc khen thưởng' }).waitFor();
    await page.getByText('Mặc định toàn quốc', { exact: true }).waitFor();
    // The demo commune publishes its own version (posting of 0 days).
    await page.getByRole('row', { name: /UY-BAN-NHAN-DAN-XA-KIM-THANH/ }).waitFor();
    await screenshot(page, 'quan-tri-bo-quy-tac');
  });

  it('is in the admin’s menu only', async () => {
    const page = await (await newSession(browser())).newPage();
    await logIn(page, 'owner');
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).waitFor();
    expect(await page.getByRole('link', { name: 'Quy tắc khen thưởng' }).count()).toBe(0);
  });

  it('publishes a rule-set version for a jurisdiction, and makes an audit checkpoint', async () => {
    const jurisdiction = `T${Date.now().toString(36).toUpperCase()}`;
    const page = await (await newSession(browser())).newPage();
    await logIn(page, 'admin');
    await page.getByRole('link', { name: 'Quy tắc khen thưởng' }).click();
    await page.getByLabel('Phạm vi áp dụng (mã)').fill(jurisdiction);
    await typeDate(page, 'Hiệu lực từ ngày', '01/01/2027');
    await page.getByLabel('Tên quy chế').fill('Quy chế thi đua thử nghiệm');
    await page.getByLabel('Công khai (ngày làm việc)').fill('5');
    await page.getByRole('button', { name: 'Ban hành', exact: true }).click();
    await page.getByRole('row', { name: new RegExp(`${jurisdiction}.*Công khai`) }).waitFor();
    const inForce = await call('GET', `/rule-sets/in-force?jurisdiction=${jurisdiction}&on=2027-06-30`, {
      token: await login('admin'),
    });
    expect(inForce.body.postingWorkingDays).toBe(5);

    await page.getByRole('link', { name: 'Kiểm toán' }).click();
    const before = (await call('GET', '/audit/checkpoints', { token: await login('admin') })).body.length;
    await page.getByRole('button', { name: 'Tạo mốc mới' }).click();
    const made = await eventually(async () => {
      const all = (await call('GET', '/audit/checkpoints', { token: await login('admin') })).body;
      return all.length === before + 1 ? all[0] : undefined;
    });
    await page.getByText(made.hash).waitFor();
    await screenshot(page, 'kiem-toan-moc');
  });
});
