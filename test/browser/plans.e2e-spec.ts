import JSZip from 'jszip';
import { call, login } from '../support/client';
import { smallPlan } from '../support/fixtures';
import { sharedBrowser, logIn, newSession, screenshot } from '../support/browser';

const browser = sharedBrowser();

describe("a plan's page, in the browser", () => {
  it('launches a draft after a confirmation, and shows its tasks by lead unit and status', async () => {
    // The newest plan, so it heads the list however many plans other tests made.
    const body = smallPlan({
      issuedOn: '2026-12-31',
      title: 'Kế hoạch thử giao diện: phát động qua trình duyệt',
    });
    const draft = (await call('POST', '/plans', { token: await login('owner'), body })).body;
    const page = await (await newSession(browser())).newPage();
    await logIn(page, 'owner');
    // Found by words of its title typed without their marks.
    await page.getByLabel('Tìm kế hoạch').fill('phat dong qua trinh duyet');
    await page.getByLabel('Tìm kế hoạch').press('Enter');
    await page
      .getByRole('row', { name: new RegExp(draft.number) })
      .getByRole('link')
      .click();
    await page.getByText(`Kế hoạch số ${draft.number}`).waitFor();
    await page.getByRole('cell', { name: 'Dự thảo' }).or(page.getByText('Dự thảo')).first().waitFor();
    await screenshot(page, 'ke-hoach-du-thao');

    await page.getByRole('button', { name: 'Phát động kế hoạch' }).click();
    await page.getByText('Sau khi phát động, nhiệm vụ được giao').waitFor();
    await page.getByRole('button', { name: 'Phát động', exact: true }).click();
    await page.getByText('Đã phát động').first().waitFor();
    expect((await call('GET', `/plans/${draft.id}`, { token: await login('owner') })).body.status).toBe(
      'launched',
    );
  });

  it('downloads the consolidated report as Word, with the plan’s tasks in it', async () => {
    const planId = process.env.THIDUA_DEMO_PLAN_ID!;
    const page = await (await newSession(browser())).newPage();
    await logIn(page, 'owner');
    await page.getByRole('heading', { name: 'Kế hoạch' }).waitFor();
    await page.goto(`/ke-hoach/${planId}`);
    await page.getByRole('img', { name: 'Biểu đồ nhiệm vụ chủ trì theo đơn vị và thời hạn' }).waitFor();
    await screenshot(page, 'ke-hoach-tong-quan-863');
    await page.getByRole('tab', { name: 'Nhiệm vụ' }).click();
    await page.getByRole('cell', { name: 'II.4', exact: true }).waitFor();
    await screenshot(page, 'ke-hoach-chi-tiet');
    await page.getByRole('tab', { name: 'Báo cáo tổng hợp' }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Tải báo cáo Word (DOCX)' }).click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/^bao-cao-tong-hop-863-KH-UBND.*\.docx$/);
    const zip = await JSZip.loadAsync(
      await file.createReadStream().then(async (stream) => {
        const chunks: Buffer[] = [];
        for await (const chunk of stream) chunks.push(chunk as Buffer);
        return Buffer.concat(chunks);
      }),
    );
    const text = await zip.file('word/document.xml')!.async('string');
    expect(text).toContain('Phát triển kinh tế số, thanh toán không dùng tiền mặt');
  });
});
