import { logIn, newSession, screenshot, sharedBrowser } from '../support/browser';

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
});
