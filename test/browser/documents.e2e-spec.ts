import { call, launched, login } from '../support/client';
import { smallPlan } from '../support/fixtures';
import { choose, logIn, newSession, screenshot, sharedBrowser, step } from '../support/browser';

const browser = sharedBrowser();

describe('a document answering a request, in the browser', () => {
  it('is drafted by the standing agency, previewed as it will print, and signed by the chairman', async () => {
    const owner = await login('owner');
    const drafted = await call('POST', '/plans', { token: owner, body: smallPlan() });
    const planId: string = drafted.body.id;
    await launched(planId, owner);
    const number = `${planId.slice(0, 6)}/UBND-TH`;
    const request = await call('POST', `/plans/${planId}/report-requests`, {
      token: owner,
      body: {
        number,
        sender: 'Ủy ban nhân dân thành phố Hải Phòng',
        issuedOn: '2026-11-02',
        subject: 'Báo cáo kết quả chuyển đổi số năm 2026',
        period: '2026',
        dueDate: '2099-12-31',
        units: ['TTVH'],
      },
    });
    expect(request.status).toBe(201);

    const standing = await (await newSession(browser())).newPage();
    await logIn(standing, 'vhxh');
    await standing.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
    await standing.goto(`/ke-hoach/${planId}`);
    await standing.getByRole('tab', { name: 'Văn bản' }).click();
    await step(standing, 'van-ban-soan', async () => {
      await standing.getByRole('button', { name: 'Soạn văn bản' }).click();
      await choose(standing, 'Trả lời yêu cầu báo cáo', number);
      await standing.getByText('Công văn', { exact: true }).click();
      await standing.getByLabel('Trích yếu (sau “V/v”)').fill('báo cáo kết quả chuyển đổi số năm 2026');
      const to = standing.getByLabel('Kính gửi');
      await to.fill('Ủy ban nhân dân thành phố Hải Phòng');
      await to.press('Enter');
      await standing
        .getByLabel('Kết quả thực hiện')
        .fill('Năm 2026, xã đã hoàn thành các nhiệm vụ chuyển đổi số.');
      await standing.getByRole('button', { name: 'Lưu dự thảo' }).click();
      await standing.getByText('Đã lưu dự thảo văn bản').waitFor();
    });

    // The preview reads as the document will print: number left blank, addressee, citation, signature.
    const page = standing.getByLabel('Xem trước văn bản');
    await page.getByText('V/v báo cáo kết quả chuyển đổi số năm 2026').waitFor();
    await page.getByText('Kính gửi: Ủy ban nhân dân thành phố Hải Phòng.').waitFor();
    await page
      .getByText(`Thực hiện văn bản số ${number} ngày 02/11/2026 của Ủy ban nhân dân thành phố Hải Phòng`)
      .waitFor();
    await page.getByText('TM. ỦY BAN NHÂN DÂN').waitFor();
    await page.getByText(/^Số: … \//).waitFor();
    await screenshot(standing, 'van-ban-xem-truoc');

    const chairman = await (await newSession(browser())).newPage();
    await logIn(chairman, 'chairman');
    await chairman.waitForURL((url) => !url.pathname.startsWith('/dang-nhap'));
    // The chairman finds it among what awaits signature, and opens it from there.
    await chairman.goto('/hop-thu');
    await chairman
      .getByRole('link', { name: 'Công văn: báo cáo kết quả chuyển đổi số năm 2026' })
      .first()
      .click();
    await chairman.waitForURL('**/van-ban/**');
    await step(chairman, 'van-ban-ban-hanh', async () => {
      await chairman.getByRole('button', { name: 'Ký và ban hành' }).click();
      await chairman.getByRole('button', { name: 'Ban hành', exact: true }).click();
      await chairman.getByText(/Đã ban hành văn bản số \d+\/UBND-/).waitFor();
    });
    await chairman.getByText(/Mã kiểm tra \(SHA-256\) của tệp: [0-9a-f]{64}/).waitFor();
    await screenshot(chairman, 'van-ban-da-ban-hanh');

    const [issued] = (await call('GET', `/plans/${planId}/report-documents`, { token: owner })).body.items;
    expect(issued).toMatchObject({ status: 'issued', form: 'cong_van', signature: { mode: 'head' } });
  });
});
