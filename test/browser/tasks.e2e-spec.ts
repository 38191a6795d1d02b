import type { Page } from 'playwright-core';
import { call, login } from '../support/client';
import { sharedBrowser, logIn, newSession, PHONE, screenshot } from '../support/browser';

/** A unit of the demo that leads a task of plan 863 no other test changes, and that task. */
async function leadTask(username: string): Promise<{ taskId: string; code: string }> {
  const tasks = (await call('GET', '/me/tasks?limit=100', { token: await login(username) })).body.items;
  const lead = tasks.find((t: any) => t.role === 'lead');
  if (!lead) throw new Error(`${username} leads no task`);
  return { taskId: lead.taskId, code: lead.taskCode };
}

const browser = sharedBrowser();

const noSidewaysScroll = async (page: Page) =>
  expect(await page.evaluate('document.documentElement.scrollWidth - window.innerWidth')).toBeLessThanOrEqual(
    0,
  );

describe("a unit's tasks, in the browser", () => {
  it('starts a unit at its tasks; the lead updates a task (a field error shown, then corrected) and uploads evidence', async () => {
    const { taskId, code } = await leadTask('kt');
    const page = await (await newSession(browser())).newPage();
    await logIn(page, 'kt');
    await page.getByRole('heading', { name: 'Nhiệm vụ của tôi' }).waitFor();
    await page.getByRole('link', { name: new RegExp(`^${code.replace('.', '\\.')}\\. `) }).click();
    await page.waitForURL(`**/nhiem-vu/${taskId}`);
    await screenshot(page, 'nhiem-vu-chi-tiet');

    // Done without a result: the API refuses and names the field; the page shows it there.
    await page.getByLabel('Trạng thái').click();
    await page.getByTitle('Đã thực hiện').click();
    await page.getByLabel('Kết quả thực hiện').fill('');
    await page.getByRole('button', { name: 'Lưu tiến độ' }).click();
    await page.getByText('Nhiệm vụ đã thực hiện phải có kết quả thực hiện').waitFor();
    await screenshot(page, 'nhiem-vu-loi-truong');

    const result = `Đã hoàn thành rà soát hộ kinh doanh (${Date.now()})`;
    await page.getByLabel('Kết quả thực hiện').fill(result);
    await page.getByRole('button', { name: 'Lưu tiến độ' }).click();
    await page.getByText('Đã cập nhật tiến độ').waitFor();
    await page.getByRole('cell', { name: result }).waitFor();

    await page.locator('input[type=file]').setInputFiles({
      name: 'bien-ban-ra-soat.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Biên bản rà soát hộ kinh doanh trên địa bàn xã\n', 'utf8'),
    });
    await page.getByText('Đã tải lên bien-ban-ra-soat.txt').waitFor();
    await page.getByText('bien-ban-ra-soat.txt').first().waitFor();
    await screenshot(page, 'nhiem-vu-minh-chung');

    const stored = (await call('GET', `/tasks/${taskId}`, { token: await login('kt') })).body;
    expect(stored).toMatchObject({ status: 'done', result });
    expect(stored.evidenceCount).toBeGreaterThan(0);
  });

  it("shows another unit's task as a page saying it is not theirs, not a crash", async () => {
    const { taskId } = await leadTask('kt');
    const page = await (await newSession(browser())).newPage();
    await logIn(page, 'thonkl');
    await page.getByRole('heading', { name: 'Nhiệm vụ của tôi' }).waitFor();
    await page.goto(`/nhiem-vu/${taskId}`);
    await page.getByText('Không có quyền xem nhiệm vụ này').waitFor();
    await screenshot(page, 'nhiem-vu-khong-co-quyen');
  });

  it('fits a village head’s phone: my tasks, nearest deadlines first, without sideways scrolling', async () => {
    const page = await (await newSession(browser(), PHONE)).newPage();
    await logIn(page, 'thonkl');
    await page.getByRole('heading', { name: 'Nhiệm vụ của tôi' }).waitFor();
    await page.getByText('Kế hoạch 863/KH-UBND').first().waitFor();
    await noSidewaysScroll(page);
    await screenshot(page, 'nhiem-vu-dien-thoai');
  });
});
