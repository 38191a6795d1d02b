import { call, login } from '../support/client';
import { logIn, newSession, screenshot, sharedBrowser, typeDate } from '../support/browser';

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

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải lịch sử (CSV)' }).click(),
    ]);
    expect(csv.suggestedFilename()).toMatch(/^lich-su-863-KH-UBND\.csv$/);
    const chunks: Buffer[] = [];
    for await (const chunk of await csv.createReadStream()) chunks.push(chunk as Buffer);
    expect(Buffer.concat(chunks).toString('utf8')).toContain('DecisionSigned');
  });

  it('shows plan 863 as it stood at a chosen moment, and the writes the API refused', async () => {
    // A refusal of our own, so the log has one whatever ran before.
    const refused = await call('POST', '/units', {
      token: await login('thonkx'),
      body: { code: 'THU', name: 'Thử', kind: 'thon' },
    });
    expect(refused.status).toBe(403);

    const page = await (await newSession(browser())).newPage();
    await logIn(page, 'auditor');
    await page.getByRole('heading', { name: 'Kiểm toán' }).waitFor();
    await page.goto(`/kiem-toan?ke-hoach=${process.env.THIDUA_DEMO_PLAN_ID}`);
    await page.getByRole('cell', { name: 'PlanLaunched' }).waitFor();
    const now = new Intl.DateTimeFormat('vi-VN', {
      day: '2-digit',
      month: '2-digit',
      year: 'numeric',
      hour: '2-digit',
      minute: '2-digit',
      hour12: false,
    }).formatToParts(new Date());
    const part = (type: string) => now.find((p) => p.type === type)!.value;
    await typeDate(
      page,
      'Thời điểm',
      `${part('day')}/${part('month')}/${part('year')} ${part('hour')}:${part('minute')}`,
    );
    await page.getByRole('button', { name: 'Xem trạng thái' }).click();
    await page.getByText('Số sự kiện đã áp dụng').waitFor();
    await page.getByRole('cell', { name: 'I.1', exact: true }).first().waitFor();

    await page
      .getByRole('row', { name: /thonkx.*POST \/units.*403/ })
      .first()
      .waitFor();
    await screenshot(page, 'kiem-toan-thoi-diem-va-tu-choi');
  });
});
