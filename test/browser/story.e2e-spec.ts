import JSZip from 'jszip';
import type { Download, Page } from 'playwright-core';
import { demoDossier } from '@demo';
import { call, eventually, login } from '../support/client';
import { choose, logIn, newSession, screenshot, sharedBrowser, typeDate } from '../support/browser';

const browser = sharedBrowser();

const docxText = async (file: Download): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of await file.createReadStream()) chunks.push(chunk as Buffer);
  return (await JSZip.loadAsync(Buffer.concat(chunks))).file('word/document.xml')!.async('string');
};

async function signedIn(username: string): Promise<Page> {
  const page = await (await newSession(browser())).newPage();
  await logIn(page, username);
  await page.getByRole('button', { name: 'Đăng xuất' }).waitFor();
  return page;
}

/**
 * The whole demo as people walk it, in the browser: the owner drafts a plan in the editor and
 * launches it; a unit updates its task, uploads evidence and submits a report; the owner
 * downloads the consolidated report; the standing agency closes the review and accepts a
 * nomination; the council votes, its chair closes; the chairman signs and downloads the
 * certificate; the auditor finds it all in the plan's history and verifies the store.
 */
describe('the demo story, in the browser', () => {
  it('goes from a plan drafted in the editor to a signed, audited reward', async () => {
    const stamp = Date.now().toString(36);
    const number = `${stamp}/KH-UBND`;
    const taskTitle = `Số hóa hồ sơ một cửa của xã (${stamp})`;

    // 1. The owner drafts the plan in the editor. The commune's own rules apply (same issuer).
    const owner = await signedIn('owner');
    await owner.getByRole('button', { name: 'Soạn kế hoạch mới' }).click();
    await owner.getByLabel('Số kế hoạch').fill(number);
    await owner.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân xã Kim Thành');
    await typeDate(owner, 'Ngày ban hành', '31/12/2026');
    await owner.getByLabel('Tên kế hoạch (trích yếu)').fill(`Kế hoạch thử toàn trình ${stamp}`);
    await owner.getByLabel('Người ký').fill('Nguyễn Văn Thử');
    await choose(owner, 'Cơ quan thường trực', 'VHXH');
    // A mistake: the plan ends before it starts.
    await typeDate(owner, 'Bắt đầu', '01/01/2026');
    await typeDate(owner, 'Kết thúc', '31/12/2025');
    await owner.locator('#legalBasis_0').fill('Luật Thi đua, khen thưởng số 06/2022/QH15');
    await owner.locator('#phases_0_name').fill('Giai đoạn 1');
    await typeDate(owner, '#phases_0_startsOn', '01/01/2026');
    await typeDate(owner, '#phases_0_endsOn', '31/12/2026');
    await owner.locator('#taskGroups_0_title').fill('Chuyển đổi số');
    await owner.locator('#taskGroups_0_tasks_0_title').fill(taskTitle);
    await choose(owner, '#taskGroups_0_tasks_0_leadUnit', 'TTVH');
    await choose(owner, '#taskGroups_0_tasks_0_coordinatingUnits', 'VP');
    await owner.getByRole('button', { name: 'Thêm hình thức khen thưởng' }).click();
    await choose(owner, '#rewards_0_occasion', 'Tổng kết');
    await choose(owner, '#rewards_0_form', 'Giấy khen của Chủ tịch UBND xã');
    await owner.locator('#rewards_0_awardedBy').fill('Chủ tịch UBND xã');
    await owner.getByRole('button', { name: 'Tạo dự thảo' }).click();

    // The API's refusal stands next to the field it names; corrected, the draft is saved.
    const endsOn = owner.locator('.ant-form-item').filter({ has: owner.locator('#endsOn') });
    await endsOn.getByText('Ngày kết thúc kế hoạch phải sau ngày bắt đầu').waitFor();
    expect(await owner.locator('.ant-form-item-explain-error').count()).toBe(1);
    await screenshot(owner, 'ke-hoach-soan-loi-truong');
    await typeDate(owner, 'Kết thúc', '31/12/2027');
    await owner.getByRole('button', { name: 'Tạo dự thảo' }).click();
    await owner.getByText(`Kế hoạch số ${number}`).waitFor();
    const planId = owner.url().split('/').at(-1)!;

    // 2. …and launches it after a confirmation.
    await owner.getByRole('button', { name: 'Phát động kế hoạch' }).click();
    await owner.getByRole('button', { name: 'Phát động', exact: true }).click();
    await owner.getByText('Đã phát động').first().waitFor();
    await eventually(async () =>
      (await call('GET', `/plans/${planId}`, { token: await login('owner') })).body.tasksIssuedAt
        ? true
        : undefined,
    );

    // 3. The owner asks the units for a report by a date.
    await owner.reload();
    await owner.getByRole('tab', { name: 'Yêu cầu báo cáo' }).click();
    await owner.getByRole('button', { name: 'Tạo yêu cầu báo cáo' }).click();
    await owner.getByLabel('Số văn bản').fill(`${stamp}/UBND-VHXH`);
    await owner.getByLabel('Nội dung yêu cầu').fill('Báo cáo kết quả số hóa hồ sơ');
    await typeDate(owner, 'Hạn gửi báo cáo (hết ngày)', '31/12/2099');
    await owner.getByRole('button', { name: 'Gửi yêu cầu' }).click();
    const requestLink = owner.getByRole('link', { name: /Báo cáo kết quả số hóa hồ sơ/ });
    await requestLink.waitFor();
    const requestPage = (await requestLink.getAttribute('href'))!;
    await screenshot(owner, 'ke-hoach-yeu-cau-bao-cao');

    // 4. The unit updates its task, uploads evidence and submits its report.
    const unit = await signedIn('ttvh');
    await unit.getByRole('link', { name: new RegExp(taskTitle.replace(/[()]/g, '\\$&')) }).click();
    await unit.getByLabel('Trạng thái').click();
    await unit.getByTitle('Đã thực hiện').click();
    const result = `Đã số hóa 1.250 hồ sơ (${stamp})`;
    await unit.getByLabel('Kết quả thực hiện').fill(result);
    await unit.getByRole('button', { name: 'Lưu tiến độ' }).click();
    await unit.getByText('Đã cập nhật tiến độ').waitFor();
    await unit.locator('input[type=file]').setInputFiles({
      name: 'bien-ban-so-hoa.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Biên bản nghiệm thu số hóa hồ sơ\n', 'utf8'),
    });
    await unit.getByText('Đã tải lên bien-ban-so-hoa.txt').waitFor();
    // Its report requests, then this one (by its address: the shared test database gives the
    // unit many more requests, due earlier, than one page shows).
    await unit.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await unit.getByRole('heading', { name: 'Báo cáo của đơn vị' }).waitFor();
    await screenshot(unit, 'bao-cao-cua-don-vi');
    await unit.goto(requestPage);
    await unit.getByRole('button', { name: 'Gửi báo cáo' }).waitFor();
    await unit.getByRole('button', { name: 'Gửi báo cáo' }).click();
    await unit.getByText('Đã gửi báo cáo', { exact: true }).waitFor();
    await unit.getByRole('row', { name: /TTVH.*Đúng hạn/ }).waitFor();
    await screenshot(unit, 'bao-cao-don-vi-gui');
    // …and records an initiative of its own in the plan.
    await unit.getByRole('link', { name: 'Báo cáo', exact: true }).click();
    await choose(unit, 'Kế hoạch', number);
    await unit.getByLabel('Tên sáng kiến').fill(`Tra cứu hồ sơ bằng mã QR (${stamp})`);
    await unit.getByLabel('Tác giả').fill('Trần Văn Bình');
    await typeDate(unit, 'Ngày được công nhận', '15/11/2026');
    await unit.getByLabel('Mô tả').fill('Mỗi hồ sơ số hóa có mã QR để người dân tra cứu');
    await unit.getByRole('button', { name: 'Ghi nhận' }).click();
    await unit.getByText(`Tra cứu hồ sơ bằng mã QR (${stamp})`).waitFor();

    // 5. The owner reads the unit's report, sees it on the dashboard and downloads the consolidated report.
    await owner.goto(requestPage);
    await owner
      .getByRole('row', { name: /TTVH.*Đúng hạn/ })
      .first()
      .waitFor();
    await owner.getByRole('cell', { name: 'TTVH', exact: true }).last().waitFor();
    await owner.goto(`/ke-hoach/${planId}`);
    await owner.reload();
    await owner.getByRole('tab', { name: 'Tổng quan' }).click();
    await owner.getByRole('img', { name: 'Biểu đồ nhiệm vụ chủ trì theo đơn vị và thời hạn' }).waitFor();
    await screenshot(owner, 'ke-hoach-tong-quan');
    await owner.getByRole('tab', { name: 'Báo cáo tổng hợp' }).click();
    await owner.getByRole('cell', { name: taskTitle }).waitFor();
    await screenshot(owner, 'ke-hoach-bao-cao-tong-hop');
    const [report] = await Promise.all([
      owner.waitForEvent('download'),
      owner.getByRole('button', { name: 'Tải báo cáo Word (DOCX)' }).click(),
    ]);
    expect(await docxText(report)).toContain(taskTitle);

    // 6. The owner opens the phase's review; the standing agency remarks and closes it.
    await owner.getByRole('tab', { name: 'Đánh giá' }).click();
    await choose(owner, 'Đánh giá cho', 'Giai đoạn 1');
    await owner.getByRole('button', { name: 'Mở đợt đánh giá' }).click();
    await owner.waitForURL('**/danh-gia/*');
    const reviewId = owner.url().split('/').at(-1)!;
    const standing = await signedIn('vhxh');
    await standing.goto(`/danh-gia/${reviewId}`);
    await standing.getByRole('cell', { name: 'Trung tâm Văn hóa, Thể thao – Truyền thông' }).waitFor();
    await standing.getByLabel('Nhận xét').fill('Trung tâm hoàn thành đúng hạn, cần nhân rộng');
    await standing.getByRole('button', { name: 'Thêm nhận xét' }).click();
    await standing.getByText('Trung tâm hoàn thành đúng hạn, cần nhân rộng').waitFor();
    await standing.getByRole('button', { name: 'Chốt kết quả đánh giá' }).click();
    await standing.getByRole('button', { name: 'Chốt', exact: true }).click();
    await standing.getByText('Đã chốt', { exact: true }).first().waitFor();
    await screenshot(standing, 'danh-gia');

    // 7. The standing agency proposes a Giấy khen for a person of the Trung tâm, uploads the
    // dossier the form requires and sends it…
    const name = `Nguyễn Thị Toàn Trình ${stamp}`;
    await standing.getByLabel('Cá nhân').check();
    await choose(standing, 'Đơn vị', 'Trung tâm Văn hóa');
    await standing.getByLabel('Họ và tên').fill(name);
    await standing.getByLabel('Chức vụ').fill('Viên chức Trung tâm');
    await choose(standing, 'Hình thức khen thưởng', 'Giấy khen của Chủ tịch UBND xã');
    await standing.getByLabel('Thành tích').fill('Hoàn thành xuất sắc nhiệm vụ số hóa hồ sơ một cửa');
    await standing.getByRole('button', { name: 'Lập hồ sơ đề nghị' }).click();
    await standing.waitForURL('**/khen-thuong/*');
    const nominationId = standing.url().split('/').at(-1)!;
    const kinds = (await call('GET', '/plans/vocabulary', { token: await login('vhxh') })).body.dossierKinds;
    for (const doc of demoDossier) {
      await choose(standing, 'Loại tài liệu', kinds.find((k: any) => k.value === doc.kind).label);
      await standing.locator('input[type=file]').setInputFiles({
        name: doc.fileName,
        mimeType: 'text/plain',
        buffer: Buffer.from(doc.text, 'utf8'),
      });
      await standing.getByText(`Đã tải lên ${doc.fileName}`).waitFor();
    }
    await screenshot(standing, 'khen-thuong-lap-ho-so');
    await standing.getByRole('button', { name: 'Gửi hồ sơ tới cơ quan thường trực' }).click();
    await standing.getByText('Cơ quan thường trực đang thẩm định').first().waitFor();
    const nomination = { id: nominationId };

    // …then finds it in its inbox and accepts it for the council.
    await standing.getByRole('link', { name: /Việc đang chờ/ }).click();
    await standing.getByRole('link', { name: new RegExp(name) }).waitFor();
    await screenshot(standing, 'hop-thu');
    await standing.getByRole('link', { name: new RegExp(name) }).click();
    await standing.getByRole('button', { name: 'Chấp nhận, trình Hội đồng' }).click();
    await standing.getByText('Hội đồng đang bỏ phiếu').waitFor();

    // 8. Eight of the nine council members vote in the browser (80 % must take part); the chair closes.
    for (const member of [
      'council1',
      'council2',
      'council3',
      'council4',
      'council5',
      'council6',
      'council7',
      'council8',
    ]) {
      const page = await signedIn(member);
      await page.goto(`/khen-thuong/${nomination.id}`);
      await page.getByRole('button', { name: 'Đồng ý', exact: true }).click();
      await page.getByText('Đã ghi phiếu của bạn').waitFor();
      if (member !== 'council1') await page.context().close();
      else await screenshot(page, 'khen-thuong-hoi-dong');
    }
    const chair = await signedIn('council1');
    await chair.goto(`/khen-thuong/${nomination.id}`);
    await chair.getByRole('button', { name: 'Kết thúc bỏ phiếu' }).click();
    await chair.getByText('Đã kết thúc bỏ phiếu').waitFor();
    await eventually(async () =>
      (await call('GET', `/nominations/${nomination.id}`, { token: await login('chairman') })).body.status ===
      'awaiting_decision'
        ? true
        : undefined,
    );

    // 9. The chairman signs and downloads the certificate.
    const chairman = await signedIn('chairman');
    await chairman.getByRole('link', { name: 'Quyết định khen thưởng' }).click();
    await chairman.getByRole('link', { name }).click();
    await chairman.getByRole('button', { name: 'Ký quyết định' }).click();
    await chairman.getByText('Đã ký quyết định khen thưởng').waitFor();
    const [certificate] = await Promise.all([
      chairman.waitForEvent('download'),
      chairman.getByRole('button', { name: 'Tải giấy khen (DOCX)' }).click(),
    ]);
    expect(await docxText(certificate)).toContain(name);
    await chairman.getByRole('link', { name: 'Quyết định khen thưởng' }).click();
    await chairman.getByRole('row', { name: new RegExp(`${name}.*QĐ-UBND`) }).waitFor();
    await screenshot(chairman, 'quyet-dinh');

    // 10. The auditor finds those steps in the plan's history and verifies the store.
    const auditor = await signedIn('auditor');
    await auditor.goto(`/kiem-toan?ke-hoach=${planId}`);
    for (const type of ['PlanDrafted', 'PlanLaunched', 'ReportSubmitted', 'ReviewClosed'])
      await auditor.getByRole('cell', { name: type, exact: true }).first().waitFor();
    await auditor
      .getByRole('row', { name: /ttvh.*TaskProgressRecorded/ })
      .first()
      .waitFor();
    await auditor.getByRole('button', { name: 'Kiểm tra ngay' }).click();
    await auditor.getByText('Dữ liệu nguyên vẹn').waitFor();
    await screenshot(auditor, 'kiem-toan-toan-trinh');
  }, 300_000);
});
