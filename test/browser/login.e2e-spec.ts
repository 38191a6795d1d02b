import { call, login } from '../support/client';
import { smallPlan } from '../support/fixtures';
import { sharedBrowser, logIn, newSession, PHONE, screenshot } from '../support/browser';

const browser = sharedBrowser();

describe('signing in, in the browser', () => {
  it('says in Vietnamese why a login failed, and stays on the login page', async () => {
    const page = await (await newSession(browser())).newPage();
    await logIn(page, 'owner', 'sai-mat-khau');
    await page.getByRole('alert').getByText('Tên đăng nhập hoặc mật khẩu không đúng').waitFor();
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
    await screenshot(page, 'dang-nhap-that-bai');
  });

  it('shows who is working (person, role, unit) and the plans, survives a reload, and signs out', async () => {
    // The newest plan heads the list however many plans other suites made.
    const owner = await login('owner');
    const body = smallPlan({ issuedOn: '2026-12-31', title: 'Kế hoạch thử giao diện: danh sách' });
    const plan = (await call('POST', '/plans', { token: owner, body })).body;
    await call('POST', `/plans/${plan.id}/launch`, { token: owner });
    const number = new RegExp(plan.number.replace('/', '\\/'));
    const page = await (await newSession(browser())).newPage();
    await logIn(page, 'vhxh');
    await page.getByRole('heading', { name: 'Kế hoạch' }).waitFor();
    const person = page.getByTestId('person');
    await expect(person.textContent()).resolves.toContain('Cơ quan thường trực');
    await expect(person.textContent()).resolves.toContain('Phòng Văn hóa – Xã hội');
    await page.getByRole('row', { name: new RegExp(`${number.source}.*Đã phát động`) }).waitFor();
    await screenshot(page, 'ke-hoach');

    // A deep link reloaded is the same page, not the API's 404.
    await page.reload();
    await page.getByRole('cell', { name: number }).waitFor();

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/dang-nhap');
  });

  it('sends a visitor without a session to the login page, and back where they were going after it', async () => {
    const page = await (await newSession(browser())).newPage();
    await page.goto('/ke-hoach');
    await page.getByRole('button', { name: 'Đăng nhập' }).waitFor();
    await logIn(page, 'owner');
    await page.getByRole('heading', { name: 'Kế hoạch' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/ke-hoach');
  });

  it('answers an unknown UI address with a page saying so, and a way back', async () => {
    const page = await (await newSession(browser())).newPage();
    await logIn(page, 'owner');
    await page.getByRole('heading', { name: 'Kế hoạch' }).waitFor();
    await page.goto('/ke-hoach/mot/trang-khong-co');
    await page.getByText('Không tìm thấy trang').waitFor();
    await page.getByRole('button', { name: 'Về danh sách kế hoạch' }).click();
    await page.getByRole('heading', { name: 'Kế hoạch' }).waitFor();
    await screenshot(page, 'khong-tim-thay');
  });

  it('fits a phone: the login form and the header wrap, nothing scrolls sideways', async () => {
    const page = await (await newSession(browser(), PHONE)).newPage();
    await page.goto('/dang-nhap');
    await screenshot(page, 'dang-nhap-dien-thoai');
    await logIn(page, 'vhxh');
    await page.getByRole('heading', { name: 'Kế hoạch' }).waitFor();
    // Runs in the page: the browser's globals, not Node's.
    const overflow = await page.evaluate('document.documentElement.scrollWidth - window.innerWidth');
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, 'ke-hoach-dien-thoai');
  });
});
