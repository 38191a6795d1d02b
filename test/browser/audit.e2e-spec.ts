import { logIn, newSession, screenshot, sharedBrowser } from '../support/browser';

const browser = sharedBrowser();

describe('the auditor, in the browser', () => {
  it('verifies the store, and finds the chairman’s signature in plan 863’s history by filtering', async () => {
    const page = await (await newSession(browser())).newPage();
    await logIn(page, 'auditor');
    await page.getByRole('heading', { name: 'Kiểm toán' }).waitFor();

    await page.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    await page.getByText('Dữ liệu nguyên vẹn').waitFor();

    // Opened by its address, as a link from elsewhere would: the plan is chosen and named.
    await page.goto(`/kiem-toan?ke-hoach=${process.env.THIDUA_DEMO_PLAN_ID}`);
    await page
      .getByText(/^863\/KH-UBND – /)
      .first()
      .waitFor();
    await page.getByRole('cell', { name: 'PlanLaunched' }).waitFor();
    await page.getByLabel('Loại sự kiện').click();
    await page.locator('.ant-select-item-option[title="DecisionSigned"]').click();
    await page.getByRole('row', { name: /chairman.*DecisionSigned/ }).waitFor();
    await screenshot(page, 'kiem-toan');
  });
});
